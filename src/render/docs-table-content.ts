/**
 * The report table's content for the Docs requests: each cell's text with its bold and link ranges, the merges,
 * and the requests that put one cell's text in (also used by the measures plan's tables). Pure.
 */
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import type { Cell, ReportModel, Run } from '../core/report-model';
import { insertable } from './docs-common';
import { COLUMNS, HEADER_ROWS } from './docs-page';

type Request = docs_v1.Schema$Request;

/** One cell's content, ready to insert: its text and the ranges (relative to the cell start) to style. */
export interface CellContent {
  text: string;
  bold: Array<[number, number]>;
  links: Array<{ start: number; end: number; url: string }>;
  center: boolean;
}

export const EMPTY: CellContent = { text: '', bold: [], links: [], center: false };

/**
 * One cell's insertText at `at` and its styles (bold, links, centring) at the indexes the text then has. The
 * styled text keeps its style when later insertions before it shift it.
 */
export function cellRequests(at: number, content: CellContent): { insert: Request; styles: Request[] } {
  const styles: Request[] = [];
  for (const [s, e] of content.bold) {
    styles.push({
      updateTextStyle: {
        range: { startIndex: at + s, endIndex: at + e },
        textStyle: { bold: true },
        fields: 'bold',
      },
    });
  }
  // "When setting a link, the text foreground color will be updated to the default link color and the text
  // will be underlined" (TextStyle.link): the link looks like one without further styling.
  for (const l of content.links) {
    styles.push({
      updateTextStyle: {
        range: { startIndex: at + l.start, endIndex: at + l.end },
        textStyle: { link: { url: l.url } },
        fields: 'link',
      },
    });
  }
  if (content.center) {
    styles.push({
      updateParagraphStyle: {
        range: { startIndex: at, endIndex: at + content.text.length },
        paragraphStyle: { alignment: 'CENTER' },
        fields: 'alignment',
      },
    });
  }
  return { insert: { insertText: { location: { index: at }, text: insertable(content.text) } }, styles };
}

interface MergeRange {
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
}

/** Every merge of the table: header spans, full-width section rows, cells spanning down (rowSpan > 1). */
export function mergeRanges(model: ReportModel): MergeRange[] {
  const merges: MergeRange[] = [];
  for (let c = 0; c < COLUMNS; c++) {
    const top = model.headerTop[c];
    if (top === null) continue; // covered by the column to its left
    const columnSpan = c + 1 < COLUMNS && model.headerTop[c + 1] === null ? 2 : 1;
    const below = model.headerBottom.slice(c, c + columnSpan).some((t) => t !== '');
    if (columnSpan > 1) merges.push({ row: 0, column: c, rowSpan: 1, columnSpan });
    else if (!below) merges.push({ row: 0, column: c, rowSpan: HEADER_ROWS, columnSpan: 1 });
  }
  model.body.forEach((row, i) => {
    const r = HEADER_ROWS + i;
    if (row.kind === 'section') {
      merges.push({ row: r, column: 0, rowSpan: 1, columnSpan: COLUMNS });
      return;
    }
    row.cells.forEach((cell, c) => {
      if (cell.rowSpan > 1) merges.push({ row: r, column: c, rowSpan: cell.rowSpan, columnSpan: 1 });
    });
  });
  return merges;
}

export function cellContent(model: ReportModel, r: number, c: number): CellContent {
  if (r < HEADER_ROWS) {
    const text = (r === 0 ? model.headerTop[c] : model.headerBottom[c]) ?? '';
    return text === '' ? EMPTY : { text, bold: [[0, text.length]], links: [], center: true };
  }
  const row = model.body[r - HEADER_ROWS];
  if (row.kind === 'section') {
    return c === 0 && row.text !== ''
      ? { text: row.text, bold: [[0, row.text.length]], links: [], center: false }
      : EMPTY;
  }
  return fromCell(row.cells[c]);
}

/** A model cell as text (paragraphs joined by newlines) and its bold and link ranges. */
function fromCell(cell: Cell): CellContent {
  if (cell.rowSpan === 0) return EMPTY; // covered by a merge: stays empty so the merge adds nothing
  let text = '';
  const bold: Array<[number, number]> = [];
  const links: CellContent['links'] = [];
  cell.paragraphs.forEach((p, i) => {
    if (i > 0) text += '\n';
    for (const run of p.runs as Run[]) {
      if (run.text === '') continue;
      const start = text.length;
      text += run.text;
      const end = text.length;
      if (run.bold) {
        const last = bold[bold.length - 1];
        // Join with the previous bold range when only this paragraph's newline lies between: one request fewer.
        if (last && (last[1] === start || (last[1] + 1 === start && text[last[1]] === '\n'))) last[1] = end;
        else bold.push([start, end]);
      }
      if (run.link) links.push({ start, end, url: run.link });
    }
  });
  return { text, bold, links, center: false };
}
