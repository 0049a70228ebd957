import type { Config } from './schemas';
import type { MeasureRow, ParsedWorkbook } from './parse';
import { applyDigitStyle, periodLine, roundLine, type DigitStyle, type Round } from './thai';
import { unitsLabel } from './units';
import { statusSummary, summaryParagraphs } from './report-summary';
import { closingParagraphs } from './sign-off';
import { findUrls, shownIn } from './urls';

/**
 * The report as any renderer draws it (Google Docs requests, .docx, HTML): plain data,
 * digits already in the configured style, links kept as links.
 */
export interface Run {
  text: string;
  bold?: boolean;
  /** Absolute URL; the run's text is shown as a live link. */
  link?: string;
}

export interface Paragraph {
  runs: Run[];
}

export interface Cell {
  paragraphs: Paragraph[];
  /** Rows this cell spans downwards (1 = no merge). Cells covered by a merge have rowSpan 0. */
  rowSpan: number;
}

export type BodyRow =
  { kind: 'section'; text: string } | { kind: 'measure'; rowId: string; cells: [Cell, Cell, Cell, Cell, Cell, Cell] };

export interface TitleLine {
  text: string;
  /** The agency name is set larger, as the seed's heading. */
  emphasis: 'title' | 'agency' | 'normal';
}

/**
 * [publish] A paragraph outside the table (the summary before it, problems and sign-off after it): one run.
 * `size` 'normal' is the title block's normal size; default the table's. `rightHalf`: set in the right half of
 * the page (the sign-off), `indent`: a small left indent (lines under a sub-heading).
 */
export interface BlockParagraph {
  text: string;
  bold?: boolean;
  align?: 'START' | 'CENTER';
  size?: 'normal' | 'table';
  indent?: boolean;
  rightHalf?: boolean;
  spaceAbovePt?: number;
}

export interface ReportModel {
  title: string;
  fiscalYear: number;
  round: Round;
  digitStyle: DigitStyle;
  font: string;
  titleLines: TitleLine[];
  /** Relative widths of the 6 columns, as in the seed. */
  columnWeights: readonly number[];
  /** Header row 1: six cells, the third spanning two columns (its neighbour is null). */
  headerTop: readonly (string | null)[];
  /** Header row 2: ผลผลิต and ผลสัมฤทธิ์ under ผลลัพธ์/ความสำเร็จ. */
  headerBottom: readonly string[];
  body: BodyRow[];
  stats: { sections: number; issues: number; measures: number; rows: number };
  /** [publish] "สรุปผลการดำเนินงาน", printed between the title block and the table. */
  summary: BlockParagraph[];
  /** [publish] Problems, suggestions and sign-off, printed after the table. */
  closing: BlockParagraph[];
}

/**
 * Paragraphs that other sources (form responses, survey aggregates) add to a row's cells.
 * They come after what staff typed in the row, which is never replaced.
 */
export interface RowContribution {
  output?: Paragraph[];
  outcome?: Paragraph[];
  result?: Paragraph[];
}
export type Contributions = ReadonlyMap<string, RowContribution>;

export const REPORT_TITLE = 'รายงานผลตามมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส';
export const TARGET_LABEL = 'ค่าเป้าหมาย:';
export const HEADER_TOP = [
  'ประเด็นการพัฒนา จากการวิเคราะห์ผลการประเมิน',
  'มาตรการ/แนวทางปฏิบัติ',
  'ผลลัพธ์/ความสำเร็จ',
  null,
  'ผลการดำเนินงาน',
  'ผู้รับผิดชอบ',
] as const;
export const HEADER_BOTTOM = ['', '', 'ผลผลิต', 'ผลสัมฤทธิ์', '', ''] as const;
/** Column widths measured off the seed's pages (per cent of the table width). */
export const COLUMN_WEIGHTS = [15, 21, 14, 15, 24, 11] as const;

export function buildReportModel(
  workbook: ParsedWorkbook,
  config: Config,
  contributions: Contributions = new Map(),
  /** [publish] Per row id, the status of its latest usable form answer (report-summary.ts formStatuses). */
  formStatuses: ReadonlyMap<string, string> = new Map(),
): ReportModel {
  const style = config.digitStyle;
  const d = (s: string) => applyDigitStyle(s, style);
  const units = workbook.units.map((u) => u.value);
  const headingText = new Map(workbook.headings.map((h) => [h.value.code, h.value.text]));
  const rows = workbook.measures;

  const compiled = config.compiledBy
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const titleParts: TitleLine[] = [
    { text: REPORT_TITLE, emphasis: 'title' },
    { text: d(`ประจำปีงบประมาณ พ.ศ. ${config.fiscalYear}`), emphasis: 'title' },
    { text: periodLine(config.fiscalYear, config.round, style), emphasis: 'normal' },
    { text: roundLine(config.round, style), emphasis: 'normal' },
    { text: d(config.agencyName), emphasis: 'agency' },
    ...compiled.map((line, i) => ({ text: d(i === 0 ? `รวบรวมข้อมูลโดย ${line}` : line), emphasis: 'normal' as const })),
  ];
  const titleLines = titleParts.flatMap(splitTitleLine);

  // Targets are numbered across all rows of a measure, only when the measure has more than one.
  const measureKey = (r: MeasureRow) => `${r.issueNo}|${r.measureNo || r.measureText}`;
  const targetsPerMeasure = new Map<string, number>();
  for (const r of rows)
    targetsPerMeasure.set(measureKey(r), (targetsPerMeasure.get(measureKey(r)) ?? 0) + r.targets.length);
  const measuresPerIssue = new Map<number, Set<string>>();
  for (const r of rows)
    measuresPerIssue.set(r.issueNo, (measuresPerIssue.get(r.issueNo) ?? new Set()).add(measureKey(r)));

  const body: BodyRow[] = [];
  let section: string | undefined;
  let sections = 0;
  const targetCounter = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.heading !== section) {
      section = row.heading;
      sections++;
      body.push({ kind: 'section', text: d(headingText.get(row.heading) ?? row.heading) });
    }
    const prev = i > 0 && rows[i - 1].heading === row.heading ? rows[i - 1] : undefined;
    const issueContinues = prev !== undefined && prev.issueNo === row.issueNo;
    const measureContinues = issueContinues && measureKey(prev) === measureKey(row);

    let issueSpan = 0;
    if (!issueContinues) {
      issueSpan = 1;
      while (
        i + issueSpan < rows.length &&
        rows[i + issueSpan].issueNo === row.issueNo &&
        rows[i + issueSpan].heading === row.heading
      )
        issueSpan++;
    }

    const key = measureKey(row);
    const numbered = (targetsPerMeasure.get(key) ?? 0) > 1;
    const measureParagraphs: Paragraph[] = [];
    if (!measureContinues) {
      const showNo = (measuresPerIssue.get(row.issueNo)?.size ?? 0) > 1 && row.measureNo !== '';
      measureParagraphs.push(
        ...textParagraphs(showNo ? `${row.measureNo} ${row.measureText}` : row.measureText, style),
      );
    }
    measureParagraphs.push({ runs: [{ text: TARGET_LABEL, bold: true }] });
    for (const target of row.targets) {
      const n = (targetCounter.get(key) ?? 0) + 1;
      targetCounter.set(key, n);
      measureParagraphs.push(...textParagraphs(numbered ? `${n}. ${target}` : target, style));
    }

    const resultParagraphs = textParagraphs(row.result, style);
    const shown = row.result + '\n' + row.output + '\n' + row.outcome;
    const alreadyShown = shownIn(shown); // whole URLs: https://x/ita is not shown by https://x/ita/stat
    // An evidence line as a paragraph of its own: its URL is the link, trailing punctuation stays text.
    for (const link of row.evidence)
      if (!alreadyShown(link)) resultParagraphs.push({ runs: linkRuns(link, style, false) });

    const extra = contributions.get(row.rowId) ?? {};
    const outputParagraphs =
      row.output === '' && extra.output?.length ? [] : textParagraphs(row.output === '' ? '-' : row.output, style);
    outputParagraphs.push(...(extra.output ?? []));
    resultParagraphs.push(...(extra.result ?? []));

    body.push({
      kind: 'measure',
      rowId: row.rowId,
      cells: [
        {
          paragraphs: issueContinues ? [] : textParagraphs(`${row.issueNo}. ${row.issueTitle}`, style),
          rowSpan: issueSpan,
        },
        { paragraphs: measureParagraphs, rowSpan: 1 },
        { paragraphs: outputParagraphs, rowSpan: 1 },
        { paragraphs: [...textParagraphs(row.outcome, style), ...(extra.outcome ?? [])], rowSpan: 1 },
        { paragraphs: resultParagraphs, rowSpan: 1 },
        { paragraphs: textParagraphs(unitsLabel(row.units, units), style), rowSpan: 1 },
      ],
    });
  }

  const issues = new Set(rows.map((r) => r.issueNo)).size;
  const measures = new Set(rows.map(measureKey)).size;
  return {
    title: REPORT_TITLE,
    fiscalYear: config.fiscalYear,
    round: config.round,
    digitStyle: style,
    font: config.font,
    titleLines,
    columnWeights: COLUMN_WEIGHTS,
    headerTop: HEADER_TOP,
    headerBottom: HEADER_BOTTOM,
    body,
    stats: { sections, issues, measures, rows: rows.length },
    summary: summaryParagraphs(statusSummary(workbook, formStatuses), style),
    closing: closingParagraphs(config, style),
  };
}

/** A title line is one paragraph: an agency name typed on two lines gives two lines of the same emphasis. */
function splitTitleLine(line: TitleLine): TitleLine[] {
  if (!line.text.includes('\n')) return [line];
  return line.text
    .split('\n')
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((text) => ({ text, emphasis: line.emphasis }));
}

/**
 * A cell's text as paragraphs: one per line; text written **like this** is bold, a whole line (the unit
 * sub-headings of a compiled result) or a part of one ("**๕. สำนักงาน กสม. ภาคใต้** จัดทำ…", as the seed prints
 * it); marks that do not pair (or wrap a space: `5** และ **`) stay as typed. URLs become links.
 */
export function textParagraphs(text: string, style: DigitStyle): Paragraph[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((line) => {
      const boldLine = /^\*\*(.+)\*\*$/.exec(line);
      if (boldLine && !boldLine[1].includes('**')) return { runs: linkRuns(boldLine[1].trim(), style, true) };
      // A wrapped part starts and ends with a non-space, as in Markdown; split() puts them at the odd indexes.
      const parts = line.split(/\*\*(\S(?:.*?\S)??)\*\*/);
      return { runs: parts.flatMap((part, i) => (part === '' ? [] : linkRuns(part, style, i % 2 === 1))) };
    });
}

function linkRuns(text: string, style: DigitStyle, bold: boolean): Run[] {
  const runs: Run[] = [];
  let last = 0;
  const push = (run: Run) => runs.push(bold ? { ...run, bold: true } : run);
  for (const u of findUrls(text)) {
    if (u.start > last) push({ text: applyDigitStyle(text.slice(last, u.start), style) });
    push({ text: u.url, link: u.url });
    last = u.end;
  }
  if (last < text.length) push({ text: applyDigitStyle(text.slice(last), style) });
  return runs;
}
