/**
 * ReportModel -> Word .docx (the `docx` library). Node only: never imported by src/main.ts.
 *
 * Same layout as the Google Doc built by docs-requests.ts, from the same constants: A4 landscape with the
 * same margins, the title block centred, one table whose two header rows repeat on every page, "ผลลัพธ์/
 * ความสำเร็จ" over two columns, section rows across all six, issue cells merged down their rows, the seed's
 * column widths, live links, and (what a Google Doc cannot get through the API) page numbers in the footer.
 *
 * Thai is a complex script to Word: it is drawn with the run's complex-script font, size and bold (w:cs,
 * w:szCs, w:bCs), not the Latin ones, so every run sets both.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeightRule,
  LineRuleType,
  Packer,
  PageOrientation,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { BodyRow, Cell, ReportModel, Run, TitleLine } from '../core/report-model';
import { applyDigitStyle, roundLine } from '../core/thai';
import { checkDocxPackage } from './docx-check';
import { docxBlockParagraphs } from './docx-extra-blocks';
import { columnWidthsPt, COLUMNS, FONT_SIZE_PT, HEADER_BACKGROUND, PAGE } from './docs-requests';

export interface DocxRenderOptions {
  /** The footer line before the page number. Default: title, fiscal year and round, as the Google Doc's. */
  footerText?: string;
  /** Replaces the configured font (e.g. "TH Sarabun New" for computers without Sarabun). */
  font?: string;
  /** Fonts to carry inside the .docx (src/cli/docx-fonts.ts reads them), so a PC without them shows them too. */
  embedFonts?: readonly EmbeddedFont[];
}

/** A TrueType font's regular and bold faces, embedded as Word's w:embedRegular / w:embedBold. */
export interface EmbeddedFont {
  name: string;
  regular: Uint8Array;
  bold: Uint8Array;
}

/** Twentieths of a point. */
const twip = (pt: number) => Math.round(pt * 20);
/** Half points, for w:sz and w:szCs. */
const half = (pt: number) => Math.round(pt * 2);

/** A4 portrait in twips: docx swaps them for a landscape page. */
const A4_TWIPS = { width: 11906, height: 16838 } as const;
const CELL_MARGIN_PT = { vertical: 2, horizontal: 4 } as const;
const TITLE_SPACE_BELOW_PT = 10;
const FOOTER_DISTANCE_PT = 18;
/** Lines the longest header ("ประเด็นการพัฒนา จากการวิเคราะห์ผลการประเมิน") takes in its column, as in the seed. */
const HEADER_TEXT_LINES = 3;
/**
 * A Thai line is taller than its point size: room above and below for stacked vowel and tone marks. Every
 * paragraph gets at least this line height: fonts with small line metrics (Laksaman, which LibreOffice uses for
 * TH Sarabun New; Loma for Sarabun) otherwise set lines that overlap. A minimum never shrinks a roomier font.
 */
const minLineSpacing = (sizePt: number) => ({ line: twip(sizePt * 1.2), lineRule: LineRuleType.AT_LEAST });
/** What a header line may take at most, to size the header rows (room to spare: LibreOffice cuts, never grows them). */
const lineHeightPt = (sizePt: number) => sizePt * 1.45;

type FontSizes = Record<keyof typeof FONT_SIZE_PT, number>;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** Colours as the Docs API's rgbColor (0..1) become hex for Word. */
const HEADER_FILL = [HEADER_BACKGROUND.red, HEADER_BACKGROUND.green, HEADER_BACKGROUND.blue]
  .map((v) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0'),
  )
  .join('');

/** The .docx bytes, checked part by part (docx-check.ts): throws DocxInvalidError rather than return a broken file. */
export async function renderDocx(model: ReportModel, options: DocxRenderOptions = {}): Promise<Buffer> {
  const bytes = await Packer.toBuffer(buildDocxDocument(model, options));
  checkDocxPackage(bytes);
  return bytes;
}

export function buildDocxDocument(model: ReportModel, options: DocxRenderOptions = {}): Document {
  const font = options.font || model.font || 'Sarabun';
  const fonts = { ascii: font, hAnsi: font, cs: font, eastAsia: font };
  // The Google Doc's sizes, whatever the font. (Scaling them up for the "TH" fonts was tried: with LibreOffice's
  // stand-in for TH Sarabun New it set far fewer words a line than the seed.)
  const sizes: FontSizes = FONT_SIZE_PT;
  const footerText =
    options.footerText ??
    applyDigitStyle(
      `${model.title} ประจำปีงบประมาณ พ.ศ. ${model.fiscalYear} ${roundLine(model.round, model.digitStyle)}`,
      model.digitStyle,
    );

  return new Document({
    creator: 'ita-report',
    ...(options.embedFonts?.length
      ? {
          fonts: options.embedFonts.map((f) => ({
            name: f.name,
            data: Buffer.from(f.regular),
            bold: Buffer.from(f.bold),
          })),
        }
      : {}),
    title: applyDigitStyle(`${model.title} ประจำปีงบประมาณ พ.ศ. ${model.fiscalYear}`, model.digitStyle),
    styles: {
      default: {
        document: {
          // No w:lang: marking the text Thai (w:bidi="th-TH") made LibreOffice set its stand-in font with much looser
          // lines (19 pages for the seed instead of 14). Both programs recognise Thai script without it.
          run: { font: fonts, size: half(sizes.table), sizeComplexScript: half(sizes.table) },
          paragraph: { spacing: { before: 0, after: 0, ...minLineSpacing(sizes.table) } },
        },
        hyperlink: { run: { color: '1155CC', underline: {} } },
      },
      paragraphStyles: [
        {
          id: 'Footer',
          name: 'footer',
          run: { font: fonts, size: half(sizes.footer), sizeComplexScript: half(sizes.footer) },
          paragraph: { alignment: AlignmentType.CENTER, spacing: minLineSpacing(sizes.footer) },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4_TWIPS, orientation: PageOrientation.LANDSCAPE },
            margin: {
              top: twip(PAGE.marginTopPt),
              bottom: twip(PAGE.marginBottomPt),
              left: twip(PAGE.marginLeftPt),
              right: twip(PAGE.marginRightPt),
              header: twip(FOOTER_DISTANCE_PT),
              footer: twip(FOOTER_DISTANCE_PT),
            },
          },
        },
        footers: { default: footer(footerText, sizes) },
        children: [
          ...model.titleLines.map((line, i) => titleParagraph(line, i === model.titleLines.length - 1, sizes)),
          ...docxBlockParagraphs(model.summary), // [publish]
          reportTable(model, sizes),
          ...docxBlockParagraphs(model.closing), // [publish]
        ],
      },
    ],
  });
}

function titleParagraph(line: TitleLine, last: boolean, sizes: FontSizes): Paragraph {
  const size = line.emphasis === 'title' ? sizes.title : line.emphasis === 'agency' ? sizes.agency : sizes.normal;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...minLineSpacing(size), ...(last ? { after: twip(TITLE_SPACE_BELOW_PT) } : {}) },
    children: [new TextRun(runOptions({ text: line.text, bold: line.emphasis !== 'normal' }, size))],
  });
}

/**
 * "<footer text> · หน้า 3 / 17": PAGE and NUMPAGES fields that Word and LibreOffice fill in. The numbers stay
 * Arabic: Word's Thai-digit switch (\* ThaiArabic) comes out as Thai letters (ก, ข, ค) in LibreOffice, and a
 * section's thaiNumbers format reaches PAGE in Word but not NUMPAGES, nor anything in LibreOffice.
 */
function footer(text: string, sizes: FontSizes): Footer {
  const size = { size: half(sizes.footer), sizeComplexScript: half(sizes.footer) };
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        children: [
          new TextRun({ ...size, children: [`${text} · หน้า `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** The table's text takes the document's default size (sizes.table); only the header rows' height needs it here. */
function reportTable(model: ReportModel, sizes: FontSizes): Table {
  // Rounded down to whole twips, so the table never passes the right margin.
  const widths = columnWidthsPt(model.columnWeights).map((w) => Math.floor(w * 20));
  return new Table({
    rows: [...headerRows(model, widths, sizes.table), ...model.body.map((row) => bodyRow(row, widths))],
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
      top: twip(CELL_MARGIN_PT.vertical),
      bottom: twip(CELL_MARGIN_PT.vertical),
      left: twip(CELL_MARGIN_PT.horizontal),
      right: twip(CELL_MARGIN_PT.horizontal),
      marginUnitType: WidthType.DXA,
    },
  });
}

/**
 * The two header rows, repeated on every page (w:tblHeader). A top cell spans two columns when its right
 * neighbour is null, and two rows when nothing is written under it; docx adds the covered (vMerge) cells.
 */
function headerRows(model: ReportModel, widths: number[], sizePt: number): TableRow[] {
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  for (let c = 0; c < COLUMNS; c++) {
    const text = model.headerTop[c];
    if (text === null) continue;
    const columnSpan = c + 1 < COLUMNS && model.headerTop[c + 1] === null ? 2 : 1;
    const below = model.headerBottom.slice(c, c + columnSpan).some((t) => t !== '');
    top.push(headerCell(text, span(widths, c, columnSpan), columnSpan, below ? 1 : 2));
    if (below) for (let k = c; k < c + columnSpan; k++) bottom.push(headerCell(model.headerBottom[k], widths[k], 1, 1));
  }
  // Each row at least half the height of the longest header text: LibreOffice sizes a repeated header from its
  // rows' own heights, so a cell spanning both rows that needs more than they give is cut on pages 2, 3, ...
  const height = {
    value: twip((HEADER_TEXT_LINES * lineHeightPt(sizePt)) / 2 + CELL_MARGIN_PT.vertical * 2),
    rule: HeightRule.ATLEAST,
  };
  return [top, bottom].map((cells) => new TableRow({ children: cells, tableHeader: true, cantSplit: true, height }));
}

function headerCell(text: string, width: number, columnSpan: number, rowSpan: number): TableCell {
  return new TableCell({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(runOptions({ text, bold: true }))] }),
    ],
    width: { size: width, type: WidthType.DXA },
    columnSpan: columnSpan > 1 ? columnSpan : undefined,
    rowSpan: rowSpan > 1 ? rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
  });
}

function bodyRow(row: BodyRow, widths: number[]): TableRow {
  if (row.kind === 'section') {
    return new TableRow({
      cantSplit: true,
      height: { value: 0, rule: HeightRule.AUTO },
      children: [
        new TableCell({
          columnSpan: COLUMNS,
          width: { size: span(widths, 0, COLUMNS), type: WidthType.DXA },
          children: [new Paragraph({ children: [new TextRun(runOptions({ text: row.text, bold: true }))] })],
        }),
      ],
    });
  }
  const cells: TableCell[] = [];
  row.cells.forEach((cell, c) => {
    if (cell.rowSpan === 0) return; // covered by the cell above: docx writes its vMerge "continue" cell
    cells.push(bodyCell(cell, widths[c]));
  });
  return new TableRow({ children: cells });
}

function bodyCell(cell: Cell, width: number): TableCell {
  const paragraphs = cell.paragraphs.map(
    (p) => new Paragraph({ children: p.runs.filter((r) => r.text !== '').map(runChild) }),
  );
  return new TableCell({
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
  });
}

function runChild(run: Run): ParagraphChild {
  if (!run.link) return new TextRun(runOptions(run));
  return new ExternalHyperlink({
    link: run.link,
    children: [new TextRun({ ...runOptions(run), style: 'Hyperlink' })],
  });
}

/**
 * Latin and complex-script size and bold together: Thai takes the complex-script ones. Without a size, the run
 * takes the document default (the table's size).
 */
function runOptions(run: { text: string; bold?: boolean }, sizePt?: number): IRunOptions {
  return {
    text: run.text,
    ...(sizePt === undefined ? {} : { size: half(sizePt), sizeComplexScript: half(sizePt) }),
    ...(run.bold ? { bold: true, boldComplexScript: true } : {}),
  };
}

function span(widths: number[], from: number, count: number): number {
  return widths.slice(from, from + count).reduce((a, b) => a + b, 0);
}
