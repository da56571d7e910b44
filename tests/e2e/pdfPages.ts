/** A PDF read back with pdf.js: each page's size in points and its text. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push({ width: Math.round(x1 - x0), height: Math.round(y1 - y0), text });
  }
  await doc.cleanup();
  return pages;
}

/** Text without any spacing, for comparing words a PDF may have split into runs. */
export const squeezed = (text: string) => text.replace(/\s+/g, '');
