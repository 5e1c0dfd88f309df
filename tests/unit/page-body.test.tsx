import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PageBody } from '@/components/portal/page-body';

// Restricted pages (issue 10, seed 003): staff write Markdown; clients never get staff-written HTML or script.
describe('a restricted page’s text', () => {
  it('renders Markdown', () => {
    const html = renderToStaticMarkup(
      <PageBody markdown={'# Welcome\n\nSee the **video** and [the notes](https://example.com/n).\n\n- one\n- two'} />,
    );
    expect(html).toContain('<h2>Welcome</h2>');
    expect(html).toContain('<strong>video</strong>');
    expect(html).toContain('<a href="https://example.com/n">the notes</a>');
    expect(html).toContain('<li>one</li>');
  });

  it('shows raw HTML as text and drops script links', () => {
    const html = renderToStaticMarkup(
      <PageBody
        markdown={'<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))'}
      />,
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('javascript:');
  });
});
