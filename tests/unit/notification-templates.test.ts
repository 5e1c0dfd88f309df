import { describe, expect, it } from 'vitest';
import { asTemplateText, fillTemplate, templateProblem, TEMPLATE_KINDS } from '@/lib/notifications/catalog';

const allowed = TEMPLATE_KINDS.appointment_reminder.variables;

describe('notification templates', () => {
  it('refuses an unknown variable, naming it, and broken braces', () => {
    expect(templateProblem('Hi {client_name}, see you {when}', allowed)).toBeNull();
    expect(templateProblem('Hi {client_nam}', allowed)).toEqual({
      ok: false,
      error: 'unknownVariable',
      fields: { variable: 'client_nam' },
    });
    expect(templateProblem('Your code {password}', allowed)).toEqual({
      ok: false,
      error: 'unknownVariable',
      fields: { variable: 'password' },
    });
    expect(templateProblem('Hi {client_name', allowed)).toEqual({ ok: false, error: 'brokenMarkup' });
    expect(templateProblem('Hi client_name}', allowed)).toEqual({ ok: false, error: 'brokenMarkup' });
    expect(templateProblem('Hi {{client_name}}', allowed)).toEqual({ ok: false, error: 'brokenMarkup' });
  });

  it('fills the variables and shows the catalogue text with the variables staff write', () => {
    expect(fillTemplate('Hi {client_name}, {when}', { client_name: 'Anna', when: 'Monday' })).toBe('Hi Anna, Monday');
    expect(asTemplateText('Hello {name}, {business} on {when} at {link}')).toBe(
      'Hello {client_name}, {business_name} on {when} at {portal_url}',
    );
  });
});
