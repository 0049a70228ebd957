/**
 * Pieces of the .docx shared by the report (docx-report.ts, docx-report-table.ts) and the measures plan
 * (plan-docx.ts): units, the page, the title lines, runs and the table frame. Node only, like them.
 */
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  LineRuleType,
  Paragraph,
  TableLayoutType,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Run, TitleLine } from '../core/report-model';
import { CELL_PADDING_PT } from './docs-common';
import { FONT_SIZE_PT, HEADER_BACKGROUND } from './docs-page';

/** Twentieths of a point. */
export const twip = (pt: number) => Math.round(pt * 20);
/** Half points, for w:sz and w:szCs. */
export const half = (pt: number) => Math.round(pt * 2);

/** A4 portrait in twips: docx swaps them for a landscape page. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;
export const TITLE_SPACE_BELOW_PT = 10;

export type FontSizes = Record<keyof typeof FONT_SIZE_PT, number>;

/**
 * A Thai line is taller than its point size: room above and below for stacked vowel and tone marks. Every
 * paragraph gets at least this line height: fonts with small line metrics (Laksaman, which LibreOffice uses for
 * TH Sarabun New; Loma for Sarabun) otherwise set lines that overlap. A minimum never shrinks a roomier font.
 */
export const minLineSpacing = (sizePt: number) => ({ line: twip(sizePt * 1.2), lineRule: LineRuleType.AT_LEAST });

/** Colours as the Docs API's rgbColor (0..1) become hex for Word. */
export const HEADER_FILL = [HEADER_BACKGROUND.red, HEADER_BACKGROUND.green, HEADER_BACKGROUND.blue]
  .map((v) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0'),
  )
  .join('');

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** A fixed-width table of these column widths (twips), thin borders everywhere, the Docs tables' cell padding. */
export function tableFrame(widths: number[]) {
  return {
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    margins: {
      top: twip(CELL_PADDING_PT.vertical),
      bottom: twip(CELL_PADDING_PT.vertical),
      left: twip(CELL_PADDING_PT.horizontal),
      right: twip(CELL_PADDING_PT.horizontal),
      marginUnitType: WidthType.DXA,
    },
  };
}

/**
 * Latin and complex-script size and bold together: Thai takes the complex-script ones. Without a size, the run
 * takes the document default (the table's size).
 */
export function runOptions(run: { text: string; bold?: boolean }, sizePt?: number): IRunOptions {
  return {
    text: run.text,
    ...(sizePt === undefined ? {} : { size: half(sizePt), sizeComplexScript: half(sizePt) }),
    ...(run.bold ? { bold: true, boldComplexScript: true } : {}),
  };
}

/** A run, or a live link styled as one. */
export function runChild(run: Run): ParagraphChild {
  if (!run.link) return new TextRun(runOptions(run));
  return new ExternalHyperlink({
    link: run.link,
    children: [new TextRun({ ...runOptions(run), style: 'Hyperlink' })],
  });
}

/** A title line: centred, bold unless normal, the title and agency lines larger; space below the last one. */
export function titleParagraph(line: TitleLine, last: boolean, sizes: FontSizes = FONT_SIZE_PT): Paragraph {
  const size = line.emphasis === 'title' ? sizes.title : line.emphasis === 'agency' ? sizes.agency : sizes.normal;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...minLineSpacing(size), ...(last ? { after: twip(TITLE_SPACE_BELOW_PT) } : {}) },
    children: [new TextRun(runOptions({ text: line.text, bold: line.emphasis !== 'normal' }, size))],
  });
}

/** Document options that carry these fonts inside the .docx (the report's and the plan's: docx-fonts.ts). */
export function embeddedFontsOption(fonts: readonly { name: string; regular: Uint8Array; bold: Uint8Array }[] = []) {
  if (fonts.length === 0) return {};
  return { fonts: fonts.map((f) => ({ name: f.name, data: Buffer.from(f.regular), bold: Buffer.from(f.bold) })) };
}
