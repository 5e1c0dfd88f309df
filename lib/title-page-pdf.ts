import { pdfBuffer } from './pdf-buffer';
import { porticoPdf } from './pdf-document';

/** A one-page PDF with a title (pdfkit), so demo downloads open in any viewer. */
export function titlePagePdf(title: string, lang = 'en') {
  const pdf = porticoPdf({ title, lang, margin: 72 });
  pdf.tagged('H1', () => pdf.doc.font('bold').fontSize(18).text(title));
  pdf.finish();
  return pdfBuffer(pdf.doc);
}
