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
import type { ReportModel } from '../core/report-model';
import { applyDigitStyle, roundLine } from '../core/thai';
import { DEFAULT_BATCH_LIMITS, splitIntoBatches, type BatchLimits } from './docs-batching';
import { blockStyleRequests, blockText } from './docs-extra-blocks'; // [publish] summary, problems, sign-off
import { footerLineRequests, insertable, pt, tableGeometryRequests } from './docs-common';
import { docsFont } from './docs-fonts';
import {
  BLOCK_METRICS,
  cellParagraphIndex,
  COLUMNS,
  columnWidthsPt,
  FONT_SIZE_PT,
  HEADER_BACKGROUND,
  HEADER_ROWS,
  pageStyleRequest,
  titleLineSizePt,
  type DocsRenderOptions,
  type DocsRenderPlan,
} from './docs-page';
import { cellContent, cellRequests, mergeRanges } from './docs-table-content';

// The page, sizes and plan shape (docs-page.ts) and the table's content (docs-table-content.ts), for importers.
export {
  BLOCK_METRICS,
  cellParagraphIndex,
  COLUMNS,
  columnWidthsPt,
  DOCS_MAX_CHARACTERS,
  FONT_SIZE_PT,
  footerIdFromReplies,
  HEADER_BACKGROUND,
  HEADER_ROWS,
  PAGE,
  type DocsRenderOptions,
  type DocsRenderPlan,
} from './docs-page';
export { mergeRanges } from './docs-table-content';

type Request = docs_v1.Schema$Request;

const TITLE_SPACE_BELOW_PT = 10;

export function buildDocsRequests(model: ReportModel, options: DocsRenderOptions = {}): DocsRenderPlan {
  const limits: BatchLimits = { ...DEFAULT_BATCH_LIMITS, ...options.limits };
  const font = docsFont(model.font).font; // a Thai office font Docs lacks: its Google Fonts design
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

  requests.push(pageStyleRequest());

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
      const { insert, styles } = cellRequests(cellParagraphIndex(tableStart, r, c), content);
      requests.push(insert, ...styles);
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
    const size = titleLineSizePt(line.emphasis);
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
