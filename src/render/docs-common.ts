/**
 * Pieces of Docs requests shared by the report (docs-requests.ts) and the measures plan (plan-docs-requests.ts):
 * the text check before an insertText, points, and the footer line. Pure.
 */
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';

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

/** Cell padding of every table we write, in points (the report's and the plan's tables look alike). */
export const CELL_PADDING_PT = { vertical: 2, horizontal: 4 } as const;

/**
 * A table's fixed column widths and its cells' padding: one request per column, then one for every cell
 * ("When specified [tableStartLocation], the updates are applied to all the cells in the table.").
 */
export function tableGeometryRequests(tableStart: number, widthsPt: readonly number[]): docs_v1.Schema$Request[] {
  const tableStartLocation = { index: tableStart };
  return [
    ...widthsPt.map((width, c) => ({
      updateTableColumnProperties: {
        tableStartLocation,
        columnIndices: [c],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(width) },
        fields: 'widthType,width',
      },
    })),
    {
      updateTableCellStyle: {
        tableStartLocation,
        tableCellStyle: {
          paddingTop: pt(CELL_PADDING_PT.vertical),
          paddingBottom: pt(CELL_PADDING_PT.vertical),
          paddingLeft: pt(CELL_PADDING_PT.horizontal),
          paddingRight: pt(CELL_PADDING_PT.horizontal),
        },
        fields: 'paddingTop,paddingBottom,paddingLeft,paddingRight',
      },
    },
  ];
}
