import PDFDocument from 'pdfkit';
import { pdfBuffer } from './pdf-buffer';

/** A one-page PDF with a title (pdfkit), so demo downloads open in any viewer. */
export function titlePagePdf(title: string) {
  const doc = new PDFDocument({ size: 'A4', margin: 72, info: { Title: title } });
  doc.font('Helvetica-Bold').fontSize(18).text(title);
  return pdfBuffer(doc);
}
