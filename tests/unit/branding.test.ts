import { wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { brandColors, initials } from '@/lib/format/contrast';
import { ZSlug } from '@/lib/business/schemas';

describe('brand colours', () => {
  it.each([
    '#0f766e',
    '#1d4ed8',
    '#ffeb3b',
    '#777777',
    '#808080',
    '#ff0000',
    '#00ff00',
    '#ffffff',
    '#000000',
    '#f59e0b',
  ])('text on %s reaches WCAG AA 4.5:1', (accent) => {
    const { accent: bg, onAccent } = brandColors(accent);
    expect(wcagContrast(bg, onAccent)).toBeGreaterThanOrEqual(4.5);
  });

  it('falls back to the default accent for an invalid colour', () => {
    expect(brandColors('javascript:alert(1)').accent).toBe('#4f46e5');
    expect(brandColors(null).accent).toBe('#4f46e5');
  });

  it('makes initials for the logo fallback', () => {
    expect(initials('Studio Demo')).toBe('SD');
    expect(initials('acme')).toBe('A');
  });
});

describe('portal slug', () => {
  it.each(['demo', 'acme-physio', 'a1'])('accepts %s', (slug) => expect(ZSlug.safeParse(slug).success).toBe(true));
  it.each(['DEMO', '-demo', 'demo-', 'de mo', 'dëmo', '../admin', 'demo%00', 'x'.repeat(64), ''])(
    'refuses %j',
    (slug) => expect(ZSlug.safeParse(slug).success).toBe(false),
  );
});
