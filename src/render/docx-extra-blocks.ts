/**
 * [publish] The paragraphs outside the table (the summary before it; problems, suggestions and sign-off after
 * it) as Word paragraphs, with the Google Doc's sizes, indents and spacing (docs-extra-blocks.ts). Node only.
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun } from 'docx';
import type { BlockParagraph } from '../core/report-model';
import { blockIndentPt, blockSizePt, keepsWithNext } from './docs-extra-blocks';
import { BLOCK_METRICS } from './docs-requests';

const twip = (pt: number) => Math.round(pt * 20);
const half = (pt: number) => Math.round(pt * 2);

/** One Word paragraph per block paragraph; Thai takes the complex-script size and bold (w:szCs, w:bCs). */
export function docxBlockParagraphs(paragraphs: readonly BlockParagraph[]): Paragraph[] {
  return paragraphs.map((p, i) => {
    const size = blockSizePt(p, BLOCK_METRICS);
    const indent = twip(blockIndentPt(p, BLOCK_METRICS));
    const keepNext = keepsWithNext(paragraphs, i); // a heading with what follows, a signature block whole
    return new Paragraph({
      ...(keepNext ? { keepNext: true } : {}),
      alignment: p.align === 'CENTER' ? AlignmentType.CENTER : AlignmentType.LEFT,
      indent: indent > 0 ? { left: indent } : undefined,
      spacing: { before: twip(p.spaceAbovePt ?? 0), after: 0, line: twip(size * 1.2), lineRule: LineRuleType.AT_LEAST },
      children: [
        new TextRun({
          text: p.text,
          size: half(size),
          sizeComplexScript: half(size),
          ...(p.bold ? { bold: true, boldComplexScript: true } : {}),
        }),
      ],
    });
  });
}
