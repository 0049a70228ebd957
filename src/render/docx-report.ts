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
import { AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ReportModel } from '../core/report-model';
import { applyDigitStyle, roundLine } from '../core/thai';
import { checkDocxPackage } from './docx-check';
import {
  A4_TWIPS,
  embeddedFontsOption,
  half,
  minLineSpacing,
  titleParagraph,
  twip,
  type FontSizes,
} from './docx-common';
import { docxBlockParagraphs } from './docx-extra-blocks';
import { reportTable } from './docx-report-table';
import { FONT_SIZE_PT, PAGE } from './docs-page';

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

const FOOTER_DISTANCE_PT = 18;

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
    ...embeddedFontsOption(options.embedFonts),
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
