/**
 * ReportModel -> Google Docs API batchUpdate requests. Pure: no Apps Script or Node API, so it runs in both.
 * Only types come from googleapis (`import type`): nothing of it is bundled.
 *
 * Target: a freshly created document (documents.create), whose body is a section break [0,1) and one empty
 * paragraph [1,2). The rules relied on are quoted from the Docs API reference and the "Working with tables"
 * guide next to the code that uses them.
 *
 * Calls: the whole body goes in ONE ordered list of requests, cut into batches only if a batch would pass the
 * limits (docs-batching.ts); for any report that fits in a Google Doc that is one batch. The footer needs a
 * second call: createFooter's reply carries the new footer's id, and text can only be inserted into the
 * footer by that id (Location.segmentId). So a report is 2 batchUpdate calls, whatever its number of rows.
 */
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import type { Cell, ReportModel, Run } from '../core/report-model';
import { applyDigitStyle, roundLine } from '../core/thai';
import { DEFAULT_BATCH_LIMITS, splitIntoBatches, type BatchLimits } from './docs-batching';
import { blockStyleRequests, blockText, type BlockMetrics } from './docs-extra-blocks'; // [publish] summary, problems, sign-off
import { footerLineRequests, insertable, pt, tableGeometryRequests } from './docs-common';

type Request = docs_v1.Schema$Request;

/** A4 landscape in points (210 x 297 mm), margins as the seed's PDF: narrow sides, a little more top and bottom. */
export const PAGE = {
  widthPt: 841.89,
  heightPt: 595.28,
  marginLeftPt: 36,
  marginRightPt: 36,
  marginTopPt: 42,
  marginBottomPt: 42,
} as const;

/**
 * Sizes that read like the seed's TH Sarabun New 16 pt: Sarabun's glyphs are about 1.4 times larger at the
 * same nominal size, so the table is set at 11 pt and the title block at 14-16 pt.
 */
export const FONT_SIZE_PT = { table: 11, title: 16, agency: 15, normal: 14, footer: 9 } as const;

/**
 * A Google Doc holds about 1.02 million characters (Google Drive help, "Files you can store in Google Drive").
 * Past it the Docs API refuses the insertions, so the caller checks stats.characters before creating anything.
 */
export const DOCS_MAX_CHARACTERS = 1_020_000;

/** [publish] Sizes of the paragraphs outside the table (docs-extra-blocks.ts). */
export const BLOCK_METRICS: BlockMetrics = {
  normalPt: FONT_SIZE_PT.normal,
  tablePt: FONT_SIZE_PT.table,
  indentPt: 18,
  rightHalfPt: Math.floor((PAGE.widthPt - PAGE.marginLeftPt - PAGE.marginRightPt) / 2),
};

export const COLUMNS = 6;
export const HEADER_ROWS = 2;
/** Light grey behind the two header rows (#e8e8e8). */
export const HEADER_BACKGROUND = { red: 0.91, green: 0.91, blue: 0.91 } as const;
const TITLE_SPACE_BELOW_PT = 10;

export interface DocsRenderOptions {
  /**
   * The footer line. Default: the title, fiscal year and round. `null`: no footer.
   * The Docs API cannot insert a page-number field (AutoText is read-only in the API; there is no request that
   * creates it), so page numbers come from a template Doc made in Docs (see templateFooterId).
   */
  footerText?: string | null;
  /**
   * The document is a copy of a template whose default footer already exists (holding its page number):
   * no createFooter (it would fail), and the footer line goes above what the template's footer holds.
   */
  footerExists?: boolean;
  limits?: Partial<BatchLimits>;
}

export interface DocsRenderPlan {
  /** The body, in order: send batches[0], batches[1], ... Batch 0 begins with createFooter when there is a footer. */
  batches: Request[][];
  /** The same requests, flat. */
  requests: Request[];
  /** Whether a last call (footerRequests) writes the footer line. */
  hasFooter: boolean;
  /** Whether batches[0][0] is a createFooter whose reply gives the id footerRequests needs. */
  createsFooter: boolean;
  /** The last call: fills the footer (created by batches[0][0], or the template's). Empty when there is no footer. */
  footerRequests(footerId: string): Request[];
  stats: {
    /** batches.length + 1 when there is a footer. */
    batchUpdateCalls: number;
    requests: number;
    bytesPerBatch: number[];
    tableRows: number;
    /** Index where the table starts. */
    tableStartIndex: number;
    /** The body's end index after all insertions (one past its last newline). */
    bodyEndIndex: number;
    /** Characters inserted (Docs counts UTF-16 code units; a Google Doc holds at most about 1.02 million). */
    characters: number;
  };
}

/** One cell's content, ready to insert: its text and the ranges (relative to the cell start) to style. */
interface CellContent {
  text: string;
  bold: Array<[number, number]>;
  links: Array<{ start: number; end: number; url: string }>;
  center: boolean;
}

const EMPTY: CellContent = { text: '', bold: [], links: [], center: false };

/**
 * Paragraph index of cell (r, c) of an empty table starting at `tableStart` with `columns` columns, before any
 * text is added ("Working with tables": S + 3 + r(2C + 1) + 2c).
 */
export function cellParagraphIndex(tableStart: number, row: number, column: number, columns = COLUMNS): number {
  return tableStart + 3 + row * (2 * columns + 1) + 2 * column;
}

export function buildDocsRequests(model: ReportModel, options: DocsRenderOptions = {}): DocsRenderPlan {
  const limits: BatchLimits = { ...DEFAULT_BATCH_LIMITS, ...options.limits };
  const font = model.font || 'Sarabun';
  const footerText =
    options.footerText === undefined
      ? applyDigitStyle(
          `${model.title} ประจำปีงบประมาณ พ.ศ. ${model.fiscalYear} ${roundLine(model.round, model.digitStyle)}`,
          model.digitStyle,
        )
      : options.footerText;
  const hasFooter = footerText !== null && footerText !== '';
  const createsFooter = hasFooter && !options.footerExists;

  const requests: Request[] = [];

  // createFooter first, so its reply is replies[0] of the first call.
  // No sectionBreakLocation: "If this is unset ... the footer applies to the document style."
  if (createsFooter) requests.push({ createFooter: { type: 'DEFAULT' } });

  requests.push({
    updateDocumentStyle: {
      documentStyle: {
        pageSize: { width: pt(PAGE.widthPt), height: pt(PAGE.heightPt) },
        marginLeft: pt(PAGE.marginLeftPt),
        marginRight: pt(PAGE.marginRightPt),
        marginTop: pt(PAGE.marginTopPt),
        marginBottom: pt(PAGE.marginBottomPt),
      },
      fields: 'pageSize,marginLeft,marginRight,marginTop,marginBottom',
    },
  });

  // --- Title block: one insertText into the empty paragraph at index 1 (the body starts after the section break).
  const titleTexts = model.titleLines.map((l) => l.text);
  const titleText = titleTexts.join('\n');
  // [publish] The summary follows the title in the same insertText: its paragraphs start after the title's.
  const summaryText = blockText(model.summary);
  const preText = summaryText === '' ? titleText : `${titleText}\n${summaryText}`;
  if (preText !== '') requests.push({ insertText: { location: { index: 1 }, text: insertable(preText) } });
  const titleStarts: number[] = [];
  let at = 1;
  for (const t of titleTexts) {
    titleStarts.push(at);
    at += t.length + 1;
  }
  // The last title paragraph's newline (the document's original one) is at titleEnd.
  const titleEnd = 1 + titleText.length;

  // --- The table. "A newline character will be inserted before the inserted table, therefore the table start
  // index will be at the specified location index + 1. The table must be inserted inside the bounds of an
  // existing Paragraph." Inserting at titleEnd ends the last title line with that newline and leaves the
  // document's original newline as the paragraph after the table.
  const rows = HEADER_ROWS + model.body.length;
  const preEnd = 1 + preText.length; // [publish] the newline of the last paragraph before the table
  const tableStart = preEnd + 1;
  requests.push({ insertTable: { rows, columns: COLUMNS, location: { index: preEnd } } });

  // --- Cells, from the last to the first: text inserted in a later cell never moves an earlier cell, so every
  // cell's paragraph stays at cellParagraphIndex(). Each cell's styles follow its insertion, at indexes valid at
  // that moment; the styled text keeps its style when earlier insertions later shift it.
  let characters = preText.length;
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = COLUMNS - 1; c >= 0; c--) {
      const content = cellContent(model, r, c);
      if (content.text === '') continue;
      characters += content.text.length;
      const at0 = cellParagraphIndex(tableStart, r, c);
      requests.push({ insertText: { location: { index: at0 }, text: insertable(content.text) } });
      for (const [s, e] of content.bold) {
        requests.push({
          updateTextStyle: {
            range: { startIndex: at0 + s, endIndex: at0 + e },
            textStyle: { bold: true },
            fields: 'bold',
          },
        });
      }
      // "When setting a link, the text foreground color will be updated to the default link color and the text
      // will be underlined" (TextStyle.link): the link looks like one without further styling.
      for (const l of content.links) {
        requests.push({
          updateTextStyle: {
            range: { startIndex: at0 + l.start, endIndex: at0 + l.end },
            textStyle: { link: { url: l.url } },
            fields: 'link',
          },
        });
      }
      if (content.center) {
        requests.push({
          updateParagraphStyle: {
            range: { startIndex: at0, endIndex: at0 + content.text.length },
            paragraphStyle: { alignment: 'CENTER' },
            fields: 'alignment',
          },
        });
      }
    }
  }

  // The table's end index: its start slot, per row a row slot and per cell a cell slot and the cell's newline,
  // then its end slot ("Work with tables": an empty 2x2 table at S ends at S + 12), plus the characters inserted.
  const tableEnd = tableStart + 1 + rows * (2 * COLUMNS + 1) + 1 + (characters - preText.length);
  // [publish] Problems, suggestions and sign-off go into the empty paragraph after the table (at tableEnd),
  // once every cell is in: the indexes are final. Its newline ends their last paragraph.
  const closingText = blockText(model.closing);
  if (closingText !== '') {
    requests.push({ insertText: { location: { index: tableEnd }, text: insertable(closingText) } });
    requests.push(...blockStyleRequests(model.closing, tableEnd, font, BLOCK_METRICS));
    characters += closingText.length;
  }
  const bodyEnd = tableEnd + closingText.length + 1; // the paragraph after the table

  // --- Font, size and spacing for everything at once. A range may cover paragraphs inside a table
  // ("The range overlapping the paragraphs to style"); bold and links set above are other fields, kept.
  // The ranges end with the table; the empty paragraph after it is left alone.
  requests.push({
    updateTextStyle: {
      range: { startIndex: 1, endIndex: tableEnd },
      textStyle: { weightedFontFamily: { fontFamily: font, weight: 400 }, fontSize: pt(FONT_SIZE_PT.table) },
      fields: 'weightedFontFamily,fontSize',
    },
  });
  requests.push({
    updateParagraphStyle: {
      range: { startIndex: 1, endIndex: tableEnd },
      paragraphStyle: { lineSpacing: 100, spaceAbove: pt(0), spaceBelow: pt(0) },
      fields: 'lineSpacing,spaceAbove,spaceBelow',
    },
  });

  // --- Title block: centred; the title and fiscal-year lines and the agency line bold and larger.
  if (titleTexts.length > 0) {
    requests.push({
      updateParagraphStyle: {
        range: { startIndex: 1, endIndex: titleEnd + 1 },
        paragraphStyle: { alignment: 'CENTER' },
        fields: 'alignment',
      },
    });
    const lastStart = titleStarts[titleStarts.length - 1];
    requests.push({
      updateParagraphStyle: {
        range: { startIndex: lastStart, endIndex: titleEnd + 1 },
        paragraphStyle: { spaceBelow: pt(TITLE_SPACE_BELOW_PT) },
        fields: 'spaceBelow',
      },
    });
  }
  model.titleLines.forEach((line, i) => {
    if (line.text === '') return; // style ranges must not be empty
    const size =
      line.emphasis === 'title'
        ? FONT_SIZE_PT.title
        : line.emphasis === 'agency'
          ? FONT_SIZE_PT.agency
          : FONT_SIZE_PT.normal;
    requests.push({
      updateTextStyle: {
        range: { startIndex: titleStarts[i], endIndex: titleStarts[i] + line.text.length },
        textStyle: { bold: line.emphasis !== 'normal', fontSize: pt(size) },
        fields: 'bold,fontSize',
      },
    });
  });

  // [publish] The summary's styles, after the ranges above that cover it.
  if (summaryText !== '') requests.push(...blockStyleRequests(model.summary, titleEnd + 1, font, BLOCK_METRICS));

  // --- Table geometry and cell styles. The table start index is unchanged: nothing was inserted before it.
  const tableStartLocation = { index: tableStart };
  requests.push(...tableGeometryRequests(tableStart, columnWidthsPt(model.columnWeights)));
  requests.push({
    updateTableCellStyle: {
      tableRange: {
        tableCellLocation: { tableStartLocation, rowIndex: 0, columnIndex: 0 },
        rowSpan: HEADER_ROWS,
        columnSpan: COLUMNS,
      },
      tableCellStyle: {
        backgroundColor: { color: { rgbColor: { ...HEADER_BACKGROUND } } },
        contentAlignment: 'MIDDLE',
      },
      fields: 'backgroundColor,contentAlignment',
    },
  });

  // --- Merges last, after all text is in. "Any text in the cells being merged will be concatenated and stored
  // in the head cell": covered cells were left empty, so the head keeps exactly its own text.
  for (const m of mergeRanges(model)) {
    requests.push({
      mergeTableCells: {
        tableRange: {
          tableCellLocation: { tableStartLocation, rowIndex: m.row, columnIndex: m.column },
          rowSpan: m.rowSpan,
          columnSpan: m.columnSpan,
        },
      },
    });
  }

  // Both header rows repeat at the top of every page.
  requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: HEADER_ROWS } });

  const { batches, bytes } = splitIntoBatches(requests, limits);

  const footerRequests = (footerId: string): Request[] => {
    if (!hasFooter || footerText === null) return [];
    return footerLineRequests(footerId, footerText, font, FONT_SIZE_PT.footer, createsFooter);
  };

  return {
    batches,
    requests,
    hasFooter,
    createsFooter,
    footerRequests,
    stats: {
      batchUpdateCalls: batches.length + (hasFooter ? 1 : 0),
      requests: requests.length + (hasFooter ? 3 : 0),
      bytesPerBatch: bytes,
      tableRows: rows,
      tableStartIndex: tableStart,
      bodyEndIndex: bodyEnd,
      characters,
    },
  };
}

/** The footer id from the reply to the batch that held createFooter. */
export function footerIdFromReplies(
  replies: readonly docs_v1.Schema$Response[] | null | undefined,
): string | undefined {
  for (const reply of replies ?? []) {
    const id = reply?.createFooter?.footerId;
    if (id) return id;
  }
  return undefined;
}

/** Column widths in points: the weights shared out over the usable width (page minus side margins). */
export function columnWidthsPt(weights: readonly number[]): number[] {
  const usable = PAGE.widthPt - PAGE.marginLeftPt - PAGE.marginRightPt;
  const total = weights.reduce((a, b) => a + b, 0);
  // Rounded down to 0.01 pt so the table never exceeds the usable width.
  return weights.map((w) => Math.floor(((usable * w) / total) * 100) / 100);
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

function cellContent(model: ReportModel, r: number, c: number): CellContent {
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
