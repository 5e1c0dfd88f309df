/** web addresses in a message: http(s) only, up to the first space or closing bracket */
const LINK = /\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]/g;

/** A message's text in parts: plain text, and the web addresses in it (made clickable, nothing else). */
export function linkParts(text: string): { text: string; href?: string }[] {
  const parts: { text: string; href?: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], href: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** A message as written: text (never HTML), its line breaks kept, its web addresses as links. */
export function MessageText({ text }: { text: string }) {
  return (
    <p className="break-words whitespace-pre-wrap">
      {linkParts(text).map((part, i) =>
        part.href ? (
          <a
            key={i}
            href={part.href}
            rel="noopener noreferrer nofollow"
            target="_blank"
            className="text-blue-800 underline"
          >
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
