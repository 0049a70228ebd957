/**
 * [plan] A BlockDocument (the measures plan) -> Google Docs API batchUpdate requests. Pure, like docs-requests.ts,
 * and drawn with its page, sizes, colours and batching.
 *
 * Everything is appended at the end of the body, block after block: nothing is ever inserted before text already
 * placed, so every index is final when it is computed and each block's styles follow its insertions. A table is
 * inserted at the newline of the paragraph before it ("A newline character will be inserted before the inserted
 * table, therefore the table start index will be at the specified location index + 1"), which ends that paragraph;
 * the table's cells are filled first to last, each at cellParagraphIndex() plus the text put in the cells before it.
 *
 * The chart: the Docs API's insertInlineImage needs an image at a public URL ("The image URL must be publicly
 * accessible", InsertInlineImageRequest.uri), which the chart blob is not. The chart's paragraph holds CHART_MARKER
 * instead; the Apps Script side replaces it with the image blob through DocumentApp (src/gas/plan-chart.ts).
 */
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import type { BlockCell, BlockDocument, TableBlock } from '../core/doc-blocks';
import type { BlockParagraph, TitleLine } from '../core/report-model';
import { splitIntoBatches, DEFAULT_BATCH_LIMITS, type BatchLimits } from './docs-batching';
import { footerLineRequests, insertable, pt, tableGeometryRequests } from './docs-common';
import { blockStyleRequests } from './docs-extra-blocks';
import {
  BLOCK_METRICS,
  cellParagraphIndex,
  FONT_SIZE_PT,
  HEADER_BACKGROUND,
  PAGE,
  type DocsRenderPlan,
} from './docs-requests';
import { EMPTY_BODY_END } from './docs-split';

type Request = docs_v1.Schema$Request;

/** Letters only, so DocumentApp's findText (a regular expression) finds it as typed; never printed in a finished Doc. */
export const CHART_MARKER = 'ITACHARTIMAGEPLACEHOLDER';

export interface PlanDocsOptions {
  footerText?: string | null;
  footerExists?: boolean;
  limits?: Partial<BatchLimits>;
}

/** The usable width shared out by weights, rounded down to 0.01 pt. */
export function tableWidthsPt(table: Pick<TableBlock, 'columnWeights' | 'widthShare'>): number[] {
  const usable = (PAGE.widthPt - PAGE.marginLeftPt - PAGE.marginRightPt) * table.widthShare;
  const total = table.columnWeights.reduce((a, b) => a + b, 0);
  return table.columnWeights.map((w) => Math.floor(((usable * w) / total) * 100) / 100);
}

export function buildPlanDocsRequests(
  doc: BlockDocument,
  options: PlanDocsOptions = {},
): DocsRenderPlan & { chartMarkers: number } {
  const font = doc.font || 'Sarabun';
  const footerText = options.footerText === undefined ? doc.title : options.footerText;
  const hasFooter = footerText !== null && footerText !== '';
  const createsFooter = hasFooter && !options.footerExists;
  const requests: Request[] = [];
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

  /** The newline of the body's last paragraph, and whether that paragraph is empty. */
  let end = EMPTY_BODY_END - 1;
  let lastEmpty = true;
  let characters = 0;
  let tables = 0;
  let tableRows = 0;
  let firstTable = 0;
  let chartMarkers = 0;

  /** Appends paragraphs; returns where the first one starts. */
  const appendText = (texts: string[]): number => {
    const text = texts.join('\n');
    const inserted = lastEmpty ? text : `\n${text}`;
    if (inserted !== '') requests.push({ insertText: { location: { index: end }, text: insertable(inserted) } });
    const start = lastEmpty ? end : end + 1;
    end += inserted.length;
    characters += inserted.length;
    lastEmpty = texts[texts.length - 1] === '';
    return start;
  };

  // --- The title block, as the report's: centred, the title lines and the agency bold and larger.
  const titleStart = appendText(doc.titleLines.map((l) => l.text));
  requests.push(...titleStyles(doc.titleLines, titleStart, font));

  for (const block of doc.blocks) {
    if (block.kind === 'paragraphs') {
      if (block.paragraphs.length === 0) continue;
      const start = appendText(block.paragraphs.map((p) => p.text));
      requests.push(...blockStyleRequests(block.paragraphs, start, font, BLOCK_METRICS));
    } else if (block.kind === 'chart') {
      const marker: BlockParagraph = { text: CHART_MARKER, align: 'CENTER', spaceAbovePt: 6 };
      const start = appendText([marker.text]);
      requests.push(...blockStyleRequests([marker], start, font, BLOCK_METRICS));
      chartMarkers++;
    } else {
      const tableStart = end + 1;
      requests.push({
        insertTable: { rows: block.rows.length, columns: block.rows[0].length, location: { index: end } },
      });
      const before = characters;
      requests.push(...tableRequests(block, tableStart, font, (n) => (characters += n)));
      const tableEnd = tableStart + 1 + block.rows.length * (2 * block.rows[0].length + 1) + 1 + (characters - before);
      characters += 1; // the newline insertTable puts before the table
      if (tables++ === 0) firstTable = tableStart;
      tableRows += block.rows.length;
      end = tableEnd; // the old newline: an empty paragraph after the table
      lastEmpty = true;
    }
  }

  const { batches, bytes } = splitIntoBatches(requests, { ...DEFAULT_BATCH_LIMITS, ...options.limits });
  const footerRequests = (footerId: string): Request[] =>
    hasFooter && footerText !== null
      ? footerLineRequests(footerId, footerText, font, FONT_SIZE_PT.footer, createsFooter)
      : [];
  return {
    batches,
    requests,
    hasFooter,
    createsFooter,
    footerRequests,
    chartMarkers,
    stats: {
      batchUpdateCalls: batches.length + (hasFooter ? 1 : 0),
      requests: requests.length + (hasFooter ? 3 : 0),
      bytesPerBatch: bytes,
      tableRows,
      tableStartIndex: firstTable,
      bodyEndIndex: end + 1,
      characters,
    },
  };
}

function titleStyles(lines: readonly TitleLine[], start: number, font: string): Request[] {
  const requests: Request[] = [];
  let at = start;
  lines.forEach((line, i) => {
    const size =
      line.emphasis === 'title'
        ? FONT_SIZE_PT.title
        : line.emphasis === 'agency'
          ? FONT_SIZE_PT.agency
          : FONT_SIZE_PT.normal;
    if (line.text !== '') {
      const range = { startIndex: at, endIndex: at + line.text.length };
      requests.push({
        updateTextStyle: {
          range,
          textStyle: {
            weightedFontFamily: { fontFamily: font, weight: 400 },
            fontSize: pt(size),
            bold: line.emphasis !== 'normal',
          },
          fields: 'weightedFontFamily,fontSize,bold',
        },
      });
      requests.push({
        updateParagraphStyle: {
          range,
          paragraphStyle: {
            alignment: 'CENTER',
            lineSpacing: 100,
            spaceAbove: pt(0),
            spaceBelow: pt(i === lines.length - 1 ? 10 : 0),
          },
          fields: 'alignment,lineSpacing,spaceAbove,spaceBelow',
        },
      });
    }
    at += line.text.length + 1;
  });
  return requests;
}

/** A cell's text (paragraphs joined by newlines) and its bold and link ranges, relative to the cell. */
function cellText(cell: BlockCell): {
  text: string;
  bold: [number, number][];
  links: { start: number; end: number; url: string }[];
} {
  let text = '';
  const bold: [number, number][] = [];
  const links: { start: number; end: number; url: string }[] = [];
  if (cell.rowSpan === 0) return { text, bold, links }; // covered by a merge: stays empty
  cell.paragraphs.forEach((p, i) => {
    if (i > 0) text += '\n';
    for (const run of p.runs) {
      if (run.text === '') continue;
      const start = text.length;
      text += run.text;
      if (run.bold) bold.push([start, text.length]);
      if (run.link) links.push({ start, end: text.length, url: run.link });
    }
  });
  return { text, bold, links };
}

/** Cell text first to last, then the table's styles at their final indexes, merges and the pinned header rows. */
function tableRequests(table: TableBlock, tableStart: number, font: string, added: (n: number) => void): Request[] {
  const columns = table.rows[0].length;
  const requests: Request[] = [];
  const styles: Request[] = [];
  let shift = 0;
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const { text, bold, links } = cellText(cell);
      if (text === '') return;
      const at = cellParagraphIndex(tableStart, r, c, columns) + shift;
      requests.push({ insertText: { location: { index: at }, text: insertable(text) } });
      for (const [s, e] of bold)
        styles.push({
          updateTextStyle: {
            range: { startIndex: at + s, endIndex: at + e },
            textStyle: { bold: true },
            fields: 'bold',
          },
        });
      for (const l of links)
        styles.push({
          updateTextStyle: {
            range: { startIndex: at + l.start, endIndex: at + l.end },
            textStyle: { link: { url: l.url } },
            fields: 'link',
          },
        });
      if (cell.center || cell.header)
        styles.push({
          updateParagraphStyle: {
            range: { startIndex: at, endIndex: at + text.length },
            paragraphStyle: { alignment: 'CENTER' },
            fields: 'alignment',
          },
        });
      shift += text.length;
    }),
  );
  added(shift);
  const tableEnd = tableStart + 1 + table.rows.length * (2 * columns + 1) + 1 + shift;
  const range = { startIndex: tableStart, endIndex: tableEnd };
  // The cells took the style of the paragraph the table was inserted after (a bold heading, a centred caption):
  // everything is reset first, then bold, links and centring go on top.
  requests.push({
    updateTextStyle: {
      range,
      textStyle: {
        weightedFontFamily: { fontFamily: font, weight: 400 },
        fontSize: pt(FONT_SIZE_PT.table),
        bold: false,
      },
      fields: 'weightedFontFamily,fontSize,bold',
    },
  });
  requests.push({
    updateParagraphStyle: {
      range,
      paragraphStyle: {
        alignment: 'START',
        indentStart: pt(0),
        indentFirstLine: pt(0),
        lineSpacing: 100,
        spaceAbove: pt(0),
        spaceBelow: pt(0),
      },
      fields: 'alignment,indentStart,indentFirstLine,lineSpacing,spaceAbove,spaceBelow',
    },
  });
  requests.push(...styles);
  const tableStartLocation = { index: tableStart };
  requests.push(...tableGeometryRequests(tableStart, tableWidthsPt(table)));
  if (table.headerRows > 0) {
    requests.push({
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: { tableStartLocation, rowIndex: 0, columnIndex: 0 },
          rowSpan: table.headerRows,
          columnSpan: columns,
        },
        tableCellStyle: {
          backgroundColor: { color: { rgbColor: { ...HEADER_BACKGROUND } } },
          contentAlignment: 'MIDDLE',
        },
        fields: 'backgroundColor,contentAlignment',
      },
    });
  }
  // Merges after all text is in: covered cells are empty, so each head cell keeps exactly its own text.
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.rowSpan > 1 || cell.columnSpan > 1)
        requests.push({
          mergeTableCells: {
            tableRange: {
              tableCellLocation: { tableStartLocation, rowIndex: r, columnIndex: c },
              rowSpan: Math.max(cell.rowSpan, 1),
              columnSpan: Math.max(cell.columnSpan, 1),
            },
          },
        });
    }),
  );
  if (table.headerRows > 0)
    requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: table.headerRows } });
  return requests;
}
