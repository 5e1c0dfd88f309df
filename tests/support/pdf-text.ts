import { inflateSync } from 'node:zlib';

/**
 * The text pdfkit drew in a PDF with its standard fonts, in drawing order: every content
 * stream inflated, every hex string shown (`<48656c6c6f> Tj`, kerned `[<..> 20 <..>] TJ`)
 * decoded as WinAnsi. Good enough to check that a word is on the page.
 */
export function pdfText(bytes: Buffer) {
  const raw = bytes.toString('latin1');
  let text = '';
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1');
    } catch {
      continue; // not a deflated stream (an image, a font)
    }
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const parts = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]) : [op[2]];
      text += parts.map((hex) => Buffer.from(hex, 'hex').toString('latin1')).join('') + '\n';
    }
  }
  return text;
}
