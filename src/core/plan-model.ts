/**
 * [plan] The measures plan (การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร / มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน
 * หน่วยงาน), the first of the year's two documents, as blocks any renderer draws: the title block as the
 * report's, then 1. last year's result (a table of the 10 indicators, the overall score and level, a bar chart of
 * the scores against the target), 2. the analysis (indicators below target, weakest first, with the issues that
 * address each), 3. the measures table. Digits in the configured style.
 */
import {
  COVERED,
  textCell,
  type BlockCell,
  type BlockDocument,
  type ChartData,
  type DocBlock,
  type TableBlock,
} from './doc-blocks';
import type { BlockParagraph, TitleLine } from './report-model';
import type { Config } from './schemas';
import type { PlanValidation } from './plan-validation';
import { budgetText, formatBaht, measuresTable } from './plan-table';
import { parseBudget } from './plan-validation';
import { signatureBlock } from './sign-off';
import { applyDigitStyle } from './thai';

export const PLAN_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
export const PLAN_SUBTITLE = 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร';
export const SCORES_HEADER = ['ตัวชี้วัดที่', 'ชื่อตัวชี้วัด', 'แบบวัด', 'คะแนน', 'ผลเทียบกับคะแนนเป้าหมาย'] as const;
export const BELOW_TARGET = 'ต่ำกว่าเป้าหมาย';
export const MEETS_TARGET = 'ผ่านเป้าหมาย';
export const NO_ISSUE_TEXT = 'ยังไม่มีประเด็นการพัฒนาที่แก้ไขตัวชี้วัดนี้ — ควรกำหนดมาตรการเพิ่มเติม';
/** The chart as shown in both documents (points): the usable width of the page is about 770 pt. */
export const CHART_SIZE_PT = { width: 540, height: 270 } as const;

export interface PlanModel extends BlockDocument {
  fiscalYear: number;
  chart: ChartData;
  stats: {
    belowTarget: number[];
    unaddressed: number[];
    issues: number;
    measures: number;
    rows: number;
    budgetBaht: number;
  };
}

const score2 = (n: number) => n.toFixed(2);

export function buildPlanModel(plan: PlanValidation, config: Config): PlanModel {
  const style = config.digitStyle;
  const d = (s: string) => applyDigitStyle(s, style);
  const { workbook, inputs, headingIndicator } = plan;
  const year = inputs.assessedYear ?? config.fiscalYear - 1;
  const target = inputs.target;
  const targetText = d(Number.isInteger(target) ? String(target) : score2(target));

  const compiled = config.compiledBy
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const titleLines: TitleLine[] = [
    { text: PLAN_TITLE, emphasis: 'title' },
    { text: d(`${PLAN_SUBTITLE} ประจำปีงบประมาณ พ.ศ. ${config.fiscalYear}`), emphasis: 'title' },
    ...config.agencyName
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((text) => ({ text: d(text), emphasis: 'agency' as const })),
    ...compiled.map((line, i) => ({ text: d(i === 0 ? `รวบรวมข้อมูลโดย ${line}` : line), emphasis: 'normal' as const })),
  ];

  const heading = (text: string): BlockParagraph => ({ text: d(text), bold: true, size: 'normal', spaceAbovePt: 12 });
  const line = (text: string, extra: Partial<BlockParagraph> = {}): BlockParagraph => ({ text: d(text), ...extra });

  // 1. Last year's result.
  const scoreRows: BlockCell[][] = [SCORES_HEADER.map((h) => textCell(h, { header: true, bold: true, center: true }))];
  for (const ind of inputs.indicators) {
    scoreRows.push([
      textCell(d(String(ind.no)), { center: true }),
      textCell(d(ind.name)),
      textCell(ind.tool, { center: true }),
      textCell(d(score2(ind.score)), { center: true }),
      textCell(ind.score < target ? BELOW_TARGET : MEETS_TARGET, { center: true }),
    ]);
  }
  const overall = inputs.overall;
  scoreRows.push([
    textCell(d(`คะแนนรวม (ระดับ ${inputs.level || '-'})`), { bold: true, columnSpan: 3 }),
    COVERED,
    COVERED,
    textCell(overall === null ? '-' : d(score2(overall)), { bold: true, center: true }),
    textCell(overall === null ? '' : overall < target ? BELOW_TARGET : MEETS_TARGET, { bold: true, center: true }),
  ]);
  const scoresTable: TableBlock = {
    kind: 'table',
    columnWeights: [11, 38, 11, 12, 28],
    widthShare: 0.72,
    headerRows: 1,
    rows: scoreRows,
  };

  const chart: ChartData = {
    title: d(`คะแนนรายตัวชี้วัด ITA ปี พ.ศ. ${year} เทียบกับคะแนนเป้าหมาย ${target}`),
    bars: inputs.indicators.map((i) => ({ label: d(`${i.no}. ${i.name}`), score: i.score, below: i.score < target })),
    target,
    digitStyle: style,
    font: config.font,
    scoreLabel: 'คะแนน',
    targetLabel: d(`คะแนนเป้าหมาย ${targetText}`),
  };

  // 2. The analysis: below target, weakest first, each with the issues of the headings mapped to it.
  const below = inputs.indicators.filter((i) => i.score < target).sort((a, b) => a.score - b.score || a.no - b.no);
  const issuesOf = (no: number) => {
    const seen = new Map<number, string>();
    for (const r of workbook.measures)
      if (headingIndicator.get(r.heading) === no && !seen.has(r.issueNo)) seen.set(r.issueNo, r.issueTitle);
    return [...seen].sort(([a], [b]) => a - b);
  };
  const analysis: BlockParagraph[] = [heading('๒. การวิเคราะห์ผลการประเมิน')];
  const unaddressed: number[] = [];
  if (below.length === 0)
    analysis.push(line(`ทุกตัวชี้วัดได้คะแนนไม่ต่ำกว่าคะแนนเป้าหมาย (${targetText} คะแนน)`, { spaceAbovePt: 4 }));
  else {
    analysis.push(
      line(
        `ตัวชี้วัดที่ได้คะแนนต่ำกว่าคะแนนเป้าหมาย (${targetText} คะแนน) มี ${below.length} ตัวชี้วัด เรียงจากคะแนนน้อยที่สุด และประเด็นการพัฒนาที่กำหนดเพื่อแก้ไข ดังนี้`,
        { spaceAbovePt: 4 },
      ),
    );
    below.forEach((ind, k) => {
      analysis.push(
        line(
          `(${k + 1}) ตัวชี้วัดที่ ${ind.no} ${ind.name} (${ind.tool}) ได้ ${score2(ind.score)} คะแนน ต่ำกว่าเป้าหมาย ${score2(target - ind.score)} คะแนน`,
          { bold: true, spaceAbovePt: 4 },
        ),
      );
      const issues = issuesOf(ind.no);
      if (issues.length === 0) {
        unaddressed.push(ind.no);
        analysis.push(line(NO_ISSUE_TEXT, { indent: true }));
      }
      for (const [no, title] of issues) analysis.push(line(`ประเด็นการพัฒนาที่ ${no} ${title}`, { indent: true }));
    });
  }
  const met = inputs.indicators.filter((i) => i.score >= target);
  if (met.length > 0 && below.length > 0)
    analysis.push(
      line(`ตัวชี้วัดที่ได้คะแนนตามเป้าหมายแล้ว: ${met.map((i) => `${i.no} ${i.name}`).join(', ')} — รักษามาตรฐานต่อไป`, {
        spaceAbovePt: 4,
      }),
    );

  // 3. The measures.
  let budgetBaht = 0;
  for (const r of workbook.measures) {
    const b = parseBudget(r.budget);
    if (typeof b === 'number') budgetBaht += b;
  }
  const overallText =
    overall === null
      ? ''
      : ` ได้คะแนนรวม ${score2(overall)} คะแนน อยู่ในระดับ ${inputs.level} (คะแนนเป้าหมาย ${targetText} คะแนน)`;
  const blocks: DocBlock[] = [
    {
      kind: 'paragraphs',
      paragraphs: [
        heading(`๑. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. ${year}`),
        line(`หน่วยงาน${overallText}`, { spaceAbovePt: 4 }),
      ],
    },
    scoresTable,
    { kind: 'chart', widthPt: CHART_SIZE_PT.width, heightPt: CHART_SIZE_PT.height, chart },
    {
      kind: 'paragraphs',
      paragraphs: [
        line(`แผนภูมิ: ${chart.title}`, { align: 'CENTER' }),
        ...analysis,
        heading(`๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${config.fiscalYear}`),
      ],
    },
    measuresTable(workbook, style),
    {
      kind: 'paragraphs',
      paragraphs: [
        line(`รวมงบประมาณ ${budgetBaht > 0 ? `${formatBaht(budgetBaht)} บาท` : budgetText('ไม่ใช้งบประมาณ', style)}`, {
          bold: true,
          spaceAbovePt: 6,
        }),
        ...signatureBlock('ผู้อนุมัติ', config.approver, config.approverPosition, style),
      ],
    },
  ];
  const measureKeys = new Set(workbook.measures.map((r) => `${r.issueNo}|${r.measureNo || r.measureText}`));
  return {
    title: PLAN_TITLE,
    fiscalYear: config.fiscalYear,
    digitStyle: style,
    font: config.font,
    titleLines,
    blocks,
    chart,
    stats: {
      belowTarget: below.map((i) => i.no),
      unaddressed,
      issues: new Set(workbook.measures.map((r) => r.issueNo)).size,
      measures: measureKeys.size,
      rows: workbook.measures.length,
      budgetBaht,
    },
  };
}
