import path from 'node:path';
import PDFDocument from 'pdfkit';

// DejaVu Sans (npm dejavu-fonts-ttf, its licence in the package): Latin with every
// extension, Greek and Cyrillic. pdfkit embeds the glyphs a document uses (a subset) as
// Unicode, so "Ștefan Țăranu" or "Łódź ✓" print and copy back exactly.
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const FONT_REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const FONT_BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

/**
 * A new A4 PDF the way every Portico PDF is made: fonts embedded (never the 14 standard
 * ones, which are WinAnsi only), PDF/A-2a with its XMP metadata and colour profile,
 * tagged with the reader's language and the title shown in the viewer's title bar.
 */
export function porticoPdf({
  title,
  author,
  lang,
  margin = 50,
}: {
  title: string;
  author?: string;
  lang: string;
  margin?: number;
}) {
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang,
    displayTitle: true,
    font: FONT_REGULAR,
    info: { Title: title, Author: author ?? title, Subject: title },
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const root = doc.struct('Document');
  doc.addStructure(root);
  /** Text as one tagged element (H1, H2, P…) of the document's structure. */
  const tagged = (type: string, draw: () => void) => {
    const element = doc.struct(type, {}, draw);
    root.add(element);
    element.end();
  };
  /** A drawing with no meaning of its own (the coloured band): an artifact, not content. */
  const artifact = (draw: () => void) => {
    doc.markContent('Artifact', { type: 'Layout' });
    draw();
    doc.endMarkedContent();
  };
  /** An image with its text alternative. */
  const figure = (alt: string, draw: () => void) => {
    const element = doc.struct('Figure', { alt }, draw);
    root.add(element);
    element.end();
  };
  const finish = () => root.end();
  return { doc, tagged, artifact, figure, finish };
}

export type TPorticoPdf = ReturnType<typeof porticoPdf>;
