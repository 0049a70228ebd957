/**
 * [publish] The paragraphs outside the table (report-model BlockParagraph: the summary before it, problems,
 * suggestions and sign-off after it) as Docs requests. Each block is inserted as ONE text (paragraphs joined
 * by newlines) by docs-requests.ts, which knows where; this gives the text and the style requests for it once
 * it sits at `start`. Pure, like docs-requests.ts.
 */
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import type { BlockParagraph } from '../core/report-model';
import { findUrls } from '../core/urls';

type Request = docs_v1.Schema$Request;

/** Sizes from docs-requests.ts (BLOCK_METRICS), passed in so this file does not import it back. */
export interface BlockMetrics {
  normalPt: number;
  tablePt: number;
  /** Lines under a sub-heading. */
  indentPt: number;
  /** The sign-off starts at the middle of the usable width and is centred in the right half. */
  rightHalfPt: number;
}

/** The block as inserted: its paragraphs joined by newlines (the paragraph it goes into ends the last one). */
export function blockText(paragraphs: readonly BlockParagraph[]): string {
  return paragraphs.map((p) => p.text).join('\n');
}

export function blockSizePt(p: BlockParagraph, m: BlockMetrics): number {
  return p.size === 'normal' ? m.normalPt : m.tablePt;
}

export function blockIndentPt(p: BlockParagraph, m: BlockMetrics): number {
  return p.rightHalf ? m.rightHalfPt : p.indent ? m.indentPt : 0;
}

/**
 * Whether paragraph i stays on the page of the next: a heading (bold) with what follows it, and a signature block
 * (right half; the next block starts with space above) whole, so a page never ends with "ลงชื่อ … (name)" and
 * puts the position overleaf. The Google Doc (keepWithNext) and the .docx (keepNext) use the same rule.
 */
export function keepsWithNext(paragraphs: readonly BlockParagraph[], i: number): boolean {
  const p = paragraphs[i];
  const next = paragraphs[i + 1];
  return Boolean(p.bold) || (Boolean(p.rightHalf && next?.rightHalf) && next.spaceAbovePt === undefined);
}

/**
 * Font, size, bold, alignment, indent, spacing and keep-with-next of each paragraph of a block inserted at `start`. Every
 * field is set, so nothing is inherited from the paragraph the text went into (the title's centring, say).
 */
export function blockStyleRequests(
  paragraphs: readonly BlockParagraph[],
  start: number,
  font: string,
  m: BlockMetrics,
): Request[] {
  const requests: Request[] = [];
  let at = start;
  paragraphs.forEach((p, i) => {
    const end = at + p.text.length;
    // Style ranges must not be empty: an empty paragraph keeps the style of the one it came from.
    if (p.text !== '') {
      requests.push({
        updateTextStyle: {
          range: { startIndex: at, endIndex: end },
          textStyle: {
            weightedFontFamily: { fontFamily: font, weight: 400 },
            fontSize: pt(blockSizePt(p, m)),
            bold: Boolean(p.bold),
          },
          fields: 'weightedFontFamily,fontSize,bold',
        },
      });
      requests.push({
        updateParagraphStyle: {
          range: { startIndex: at, endIndex: end },
          paragraphStyle: {
            alignment: p.align ?? 'START',
            indentStart: pt(blockIndentPt(p, m)),
            indentFirstLine: pt(blockIndentPt(p, m)),
            lineSpacing: 100,
            spaceAbove: pt(p.spaceAbovePt ?? 0),
            spaceBelow: pt(0),
            keepWithNext: keepsWithNext(paragraphs, i),
          },
          fields: 'alignment,indentStart,indentFirstLine,lineSpacing,spaceAbove,spaceBelow,keepWithNext',
        },
      });
      // A URL staff typed (problems, suggestions) is a live link, as in the table.
      for (const u of findUrls(p.text))
        requests.push({
          updateTextStyle: {
            range: { startIndex: at + u.start, endIndex: at + u.end },
            textStyle: { link: { url: u.url } },
            fields: 'link',
          },
        });
    }
    at = end + 1;
  });
  return requests;
}

function pt(magnitude: number): docs_v1.Schema$Dimension {
  return { magnitude, unit: 'PT' };
}
