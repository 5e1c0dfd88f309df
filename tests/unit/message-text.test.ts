import { describe, expect, it } from 'vitest';
import { linkParts } from '@/components/conversations/message-text';

// A message is text: only its web addresses become links, and the punctuation after one stays text.
describe('links in a message', () => {
  it('makes http(s) addresses links and leaves everything else as text, markup included', () => {
    expect(linkParts('See https://example.com/a?b=1. <b>Thanks</b>')).toEqual([
      { text: 'See ' },
      { text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { text: '. <b>Thanks</b>' },
    ]);
  });

  it('makes no link of javascript:, mailto: or a bare domain', () => {
    for (const text of ['javascript:alert(1)', 'mailto:a@b.c', 'example.com', 'ftp://x.y/z'])
      expect(linkParts(text)).toEqual([{ text }]);
  });

  it('ends an address at a closing bracket', () => {
    expect(linkParts('(https://example.com/x)')).toEqual([
      { text: '(' },
      { text: 'https://example.com/x', href: 'https://example.com/x' },
      { text: ')' },
    ]);
  });
});
