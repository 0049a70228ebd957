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
import { docsFont } from './docs-fonts';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import type { BlockDocument } from '../core/doc-blocks';
import type { BlockParagraph, TitleLine } from '../core/report-model';
import { splitIntoBatches, DEFAULT_BATCH_LIMITS, type BatchLimits } from './docs-batching';
import { footerLineRequests, insertable, pt } from './docs-common';
import { blockStyleRequests } from './docs-extra-blocks';
import { BLOCK_METRICS, FONT_SIZE_PT, pageStyleRequest, titleLineSizePt, type DocsRenderPlan } from './docs-page';
import { EMPTY_BODY_END } from './docs-split';
import { tableRequests } from './plan-docs-table';

type Request = docs_v1.Schema$Request;

/** Letters only, so DocumentApp's findText (a regular expression) finds it as typed; never printed in a finished Doc. */
export const CHART_MARKER = 'ITACHARTIMAGEPLACEHOLDER';

export interface PlanDocsOptions {
  footerText?: string | null;
  footerExists?: boolean;
  limits?: Partial<BatchLimits>;
}

export function buildPlanDocsRequests(
  doc: BlockDocument,
  options: PlanDocsOptions = {},
): DocsRenderPlan & { chartMarkers: number } {
  const font = docsFont(doc.font).font; // a Thai office font Docs lacks: its Google Fonts design
  const footerText = options.footerText === undefined ? doc.title : options.footerText;
  const hasFooter = footerText !== null && footerText !== '';
  const createsFooter = hasFooter && !options.footerExists;
  const requests: Request[] = [];
  if (createsFooter) requests.push({ createFooter: { type: 'DEFAULT' } });
  requests.push(pageStyleRequest());

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
    const size = titleLineSizePt(line.emphasis);
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
