/**
 * The Google Doc's page and sizes (shared by the report, the measures plan and the .docx writers), the shape of a
 * render plan (docs-requests.ts builds it, docs-write.ts sends it), and the index rules of an empty table. Pure.
 */
import type { TitleLine } from '../core/report-model';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import { pt } from './docs-common';
import type { BatchLimits } from './docs-batching';
import type { BlockMetrics } from './docs-extra-blocks';

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

/** A title-block line's size by its emphasis: the report's and the plan's title blocks set it alike. */
export function titleLineSizePt(emphasis: TitleLine['emphasis']): number {
  return emphasis === 'title' ? FONT_SIZE_PT.title : emphasis === 'agency' ? FONT_SIZE_PT.agency : FONT_SIZE_PT.normal;
}

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

/** The page size and margins of PAGE: the first request after createFooter, for the report and the plan. */
export function pageStyleRequest(): Request {
  return {
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
  };
}

/**
 * Paragraph index of cell (r, c) of an empty table starting at `tableStart` with `columns` columns, before any
 * text is added ("Working with tables": S + 3 + r(2C + 1) + 2c).
 */
export function cellParagraphIndex(tableStart: number, row: number, column: number, columns = COLUMNS): number {
  return tableStart + 3 + row * (2 * columns + 1) + 2 * column;
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
