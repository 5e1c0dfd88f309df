import Markdown from 'react-markdown';

/**
 * A restricted page's text, written by staff in Markdown. Raw HTML in it is never
 * rendered: react-markdown shows it as text unless a plugin opts in (none does), and its
 * default URL check removes unsafe link protocols (javascript:).
 */
// the page's title is its h1: the text's headings start one level below
const HEADINGS = { h1: 'h2', h2: 'h3', h3: 'h4', h4: 'h5' } as const;

export function PageBody({ markdown }: { markdown: string }) {
  return (
    <div className="flex flex-col gap-3 [&_a]:text-blue-800 [&_a]:underline [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">
      <Markdown components={HEADINGS}>{markdown}</Markdown>
    </div>
  );
}
