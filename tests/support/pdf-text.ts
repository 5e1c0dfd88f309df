import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';

/** Runs a poppler tool (Debian's poppler-utils) on a PDF's bytes; its output as text. */
function poppler<T>(bytes: Buffer, run: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'portico-pdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    return run(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as a reader copies it out (pdftotext, in reading order, UTF-8). */
export const pdfText = (bytes: Buffer) =>
  poppler(bytes, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

/** The fonts of a PDF as pdffonts lists them: name, and whether embedded, subset and Unicode-mapped. */
export const pdfFonts = (bytes: Buffer) =>
  poppler(bytes, (file) =>
    execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => {
        const cells = line.trim().split(/\s+/);
        // name … emb sub uni objectId generation
        const [emb, sub, uni] = cells.slice(-5, -2);
        return { name: cells[0], embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
      }),
  );

/** The PDF's PDF/A claim and language, as pdfinfo reads them from its metadata and catalogue. */
export const pdfInfo = (bytes: Buffer) =>
  poppler(bytes, (file) => execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' }));

/** The first page drawn as an image (pdftoppm at 150 dpi): RGBA pixels for a QR code reader. */
export const pdfPageImage = (bytes: Buffer) =>
  poppler(bytes, (file, dir) => {
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'page')]);
    const png = PNG.sync.read(readFileSync(path.join(dir, 'page.png')));
    return { data: new Uint8ClampedArray(png.data), width: png.width, height: png.height };
  });
