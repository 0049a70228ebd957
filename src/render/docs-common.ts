/**
 * Pieces of Docs requests shared by the report (docs-requests.ts) and the measures plan (plan-docs-requests.ts):
 * the text check before an insertText, points, and the footer line. Pure.
 */
import type { docs_v1 } from 'googleapis';

type Request = docs_v1.Schema$Request;

/**
 * "Some control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic Multilingual
 * Plane Private Use Area (U+E000-U+F8FF) will be stripped out of the inserted text" (InsertTextRequest.text).
 * Every index here is computed from the text as sent, so such a character would shift every later style:
 * the text-cleaning boundary (core/text-clean.ts) removes them on the way in, and this makes sure of it.
 */
const DOCS_STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/;

export function insertable(text: string): string {
  const m = DOCS_STRIPPED.exec(text);
  if (m) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new Error(
      `Internal: U+${code} reached the Docs requests uncleaned (at ${m.index} of "${text.slice(0, 40)}")`,
    );
  }
  return text;
}

export function pt(magnitude: number): docs_v1.Schema$Dimension {
  return { magnitude, unit: 'PT' };
}

/**
 * The footer line's requests. Header and footer segments start at index 0; a new footer holds one empty
 * paragraph. A template's footer holds its page number: the line goes in a paragraph of its own above it.
 */
export function footerLineRequests(
  footerId: string,
  footerText: string,
  font: string,
  sizePt: number,
  createsFooter: boolean,
): Request[] {
  const text = createsFooter ? footerText : `${footerText}\n`;
  const range = { segmentId: footerId, startIndex: 0, endIndex: footerText.length };
  return [
    { insertText: { location: { segmentId: footerId, index: 0 }, text: insertable(text) } },
    {
      updateTextStyle: {
        range,
        textStyle: { weightedFontFamily: { fontFamily: font, weight: 400 }, fontSize: pt(sizePt) },
        fields: 'weightedFontFamily,fontSize',
      },
    },
    { updateParagraphStyle: { range, paragraphStyle: { alignment: 'CENTER' }, fields: 'alignment' } },
  ];
}
