/**
 * [plan] A document as a sequence of blocks, for documents other than the report (the measures plan): paragraphs,
 * tables with merged cells and pinned header rows, and a chart image. Plain data; the renderers
 * (src/render/plan-docs-requests.ts, plan-docx.ts) draw the same blocks in a Google Doc and a .docx.
 */
import type { BlockParagraph, Paragraph, TitleLine } from './report-model';
import type { DigitStyle } from './thai';

export interface BlockCell {
  paragraphs: Paragraph[];
  /** Rows and columns this cell spans; a cell covered by another's merge has rowSpan 0 (and stays empty). */
  rowSpan: number;
  columnSpan: number;
  /** Header and section cells: bold, centred header text on the header background. */
  header?: boolean;
  center?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** Relative column widths. */
  columnWeights: readonly number[];
  /** Share of the usable page width the table takes (1 = full width). */
  widthShare: number;
  /** Rows at the top repeated on every page (pinned in the Doc, w:tblHeader in Word). */
  headerRows: number;
  rows: BlockCell[][];
}

export interface ChartData {
  title: string;
  /** One bar per indicator, in indicator order; labels already in the digit style. */
  bars: { label: string; score: number; below: boolean }[];
  target: number;
  digitStyle: DigitStyle;
  font: string;
  scoreLabel: string;
  targetLabel: string;
}

export interface ChartBlock {
  kind: 'chart';
  /** The size the image is shown at, in points. */
  widthPt: number;
  heightPt: number;
  chart: ChartData;
}

export interface ParagraphsBlock {
  kind: 'paragraphs';
  paragraphs: BlockParagraph[];
}

export type DocBlock = ParagraphsBlock | TableBlock | ChartBlock;

export interface BlockDocument {
  title: string;
  digitStyle: DigitStyle;
  font: string;
  titleLines: TitleLine[];
  blocks: DocBlock[];
}

/** A plain cell of one paragraph of text. */
export function textCell(
  text: string,
  options: Partial<Omit<BlockCell, 'paragraphs'>> & { bold?: boolean } = {},
): BlockCell {
  const { bold, ...rest } = options;
  return {
    paragraphs: text === '' ? [] : [{ runs: [{ text, ...(bold ? { bold: true } : {}) }] }],
    rowSpan: 1,
    columnSpan: 1,
    ...rest,
  };
}

/** A cell covered by a merge: empty, so the merge adds nothing to the head cell. */
export const COVERED: BlockCell = Object.freeze({ paragraphs: [], rowSpan: 0, columnSpan: 0 }) as BlockCell;
