/**
 * A small hand-made report model and helpers for the Docs request tests (test/docs-requests*.test.ts):
 * every index in those tests is worked out by hand from this model.
 */
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import {
  COLUMN_WEIGHTS,
  HEADER_BOTTOM,
  HEADER_TOP,
  REPORT_TITLE,
  type Cell,
  type Paragraph,
  type ReportModel,
} from '../../src/core/report-model';

export type Request = docs_v1.Schema$Request;

export const p = (...runs: Paragraph['runs']): Paragraph => ({ runs });
export const cell = (paragraphs: Paragraph[], rowSpan = 1): Cell => ({ paragraphs, rowSpan });
export const plain = (text: string, rowSpan = 1) => cell([p({ text })], rowSpan);

/**
 * Title "T1" (title), "A" (agency), "n" (normal): "T1\nA\nn" at 1..7, the table at 8.
 * Body: a section "S"; R1 whose issue cell spans R2; R2 (its issue cell covered, holding text that must not show).
 */
export function model(over: Partial<ReportModel> = {}): ReportModel {
  return {
    title: REPORT_TITLE,
    fiscalYear: 2568,
    round: 6,
    digitStyle: 'arabic',
    font: 'Sarabun',
    titleLines: [
      { text: 'T1', emphasis: 'title' },
      { text: 'A', emphasis: 'agency' },
      { text: 'n', emphasis: 'normal' },
    ],
    columnWeights: COLUMN_WEIGHTS,
    headerTop: HEADER_TOP,
    headerBottom: HEADER_BOTTOM,
    body: [
      { kind: 'section', text: 'S' },
      {
        kind: 'measure',
        rowId: 'R1',
        cells: [
          plain('I', 2),
          cell([p({ text: 'M' }), p({ text: 'B', bold: true }), p({ text: 'C', bold: true })]), // "M\nB\nC": bold 2..5, one range
          plain('O'),
          cell([]),
          // "x y\nhttps://a.th\nab": bold 2..3 and 17..19 (two runs of one paragraph joined), link 4..16
          cell([
            p({ text: 'x ' }, { text: 'y', bold: true }),
            p({ text: 'https://a.th', link: 'https://a.th' }),
            p({ text: 'a', bold: true }, { text: '', bold: true }, { text: 'b', bold: true }),
          ]),
          plain('U'),
        ],
      },
      {
        kind: 'measure',
        rowId: 'R2',
        cells: [plain('hidden', 0), plain('M2'), cell([]), cell([]), cell([]), cell([])],
      },
    ],
    stats: { sections: 1, issues: 1, measures: 2, rows: 2 },
    summary: [],
    closing: [],
    ...over,
  };
}

export const of = <K extends keyof Request>(requests: Request[], kind: K) =>
  requests.filter((r) => r[kind]).map((r) => r[kind]!);
export const range = (r: { range?: docs_v1.Schema$Range }) => [r.range!.startIndex, r.range!.endIndex];
/** Paragraph index of cell (r, c) of this model's table (start 8, 6 columns): 8 + 3 + 13r + 2c. */
export const at = (r: number, c: number) => 11 + 13 * r + 2 * c;
export const headerTexts = [
  ...(HEADER_TOP.filter((t) => t !== null) as string[]),
  ...HEADER_BOTTOM.filter((t) => t !== ''),
];
export const cellChars =
  headerTexts.join('').length +
  'S'.length +
  'I'.length +
  'M\nB\nC'.length +
  'O'.length +
  'x y\nhttps://a.th\nab'.length +
  'U'.length +
  'M2'.length;
