/**
 * [publish] The paragraphs outside the table (the summary before it; problems, suggestions and sign-off after
 * it) as Word paragraphs, with the Google Doc's sizes, indents and spacing (docs-extra-blocks.ts). Node only.
 */
import { AlignmentType, ExternalHyperlink, LineRuleType, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { BlockParagraph } from '../core/report-model';
import { findUrls } from '../core/urls';
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
      children: blockRuns(p, size),
    });
  });
}

/** The paragraph's text as runs, each URL in it a live link (problems and suggestions may cite a page). */
function blockRuns(p: BlockParagraph, size: number): ParagraphChild[] {
  const run = (text: string, link?: boolean) =>
    new TextRun({
      text,
      size: half(size),
      sizeComplexScript: half(size),
      ...(p.bold ? { bold: true, boldComplexScript: true } : {}),
      ...(link ? { style: 'Hyperlink' } : {}),
    });
  const out: ParagraphChild[] = [];
  let last = 0;
  for (const u of findUrls(p.text)) {
    if (u.start > last) out.push(run(p.text.slice(last, u.start)));
    out.push(new ExternalHyperlink({ link: u.url, children: [run(u.url, true)] }));
    last = u.end;
  }
  if (last < p.text.length || out.length === 0) out.push(run(p.text.slice(last)));
  return out;
}
