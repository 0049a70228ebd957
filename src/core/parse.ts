import type { ObjectSchema, Output, Shape } from './schema';
import type { Finding } from './findings';
import { CONFIG_LABEL, HEADING_HEADER, MEASURE_HEADER, OPTIONAL_CONFIG_KEYS, SHEET, UNIT_HEADER } from './layout';
import {
  configSchema,
  headingSchema,
  measureSchema,
  unitSchema,
  type Config,
  type Heading,
  type MeasureFields,
  type Unit,
} from './schemas';
import { cellReadingFinding, readTable, type Table, type TableRow } from './sheet-table';
import { cellText, normaliseHeader, readCell, type WorkbookData } from './workbook';

/** A parsed row keeps where it came from, so findings can point at its cells. */
export interface Located<T> {
  row: number;
  value: T;
}

export interface MeasureRow extends MeasureFields {
  /** 1-based sheet row. */
  row: number;
}

export interface ParsedWorkbook {
  config: Config | null;
  /** 1-based rows of the config sheet for each label, for findings. */
  configRows: Partial<Record<keyof typeof CONFIG_LABEL, number>>;
  units: Located<Unit>[];
  headings: Located<Heading>[];
  measures: MeasureRow[];
  /** Columns of each sheet found by header, for findings. */
  columns: {
    units: Table<keyof typeof UNIT_HEADER>['columns'];
    headings: Table<keyof typeof HEADING_HEADER>['columns'];
    measures: Table<keyof typeof MEASURE_HEADER>['columns'];
  };
  findings: Finding[];
}

/** The measures columns whose links are used (the readers need links of these columns only). */
export const LINKED_MEASURE_COLUMNS = [
  'output',
  'outcome',
  'result',
  'evidence',
] as const satisfies readonly (keyof typeof MEASURE_HEADER)[];

export const DEFAULT_CONFIG_VALUES: Record<keyof typeof CONFIG_LABEL, string> = {
  agencyName: '',
  compiledBy: '',
  fiscalYear: '',
  round: '12',
  digitStyle: 'ไทย',
  font: 'Sarabun',
  reportFolder: '',
  reportTemplate: '',
  // [publish]
  problems: '',
  suggestions: '',
  reporter: '',
  reporterPosition: '',
  approver: '',
  approverPosition: '',
  oitCode: '',
  shareWithLink: '',
  // [plan]
  assessedYear: '',
  overallScore: '',
  targetScore: '',
  level: '',
};

export function parseWorkbook(data: WorkbookData): ParsedWorkbook {
  const findings: Finding[] = [];
  const { config, configRows } = parseConfig(data, findings);

  const unitTable = readTable(SHEET.units, data[SHEET.units], UNIT_HEADER, ['code', 'name']);
  const headingTable = readTable(SHEET.headings, data[SHEET.headings], HEADING_HEADER, ['code', 'tool', 'text']);
  const measureTable = readTable(SHEET.measures, data[SHEET.measures], MEASURE_HEADER, [
    'rowId',
    'heading',
    'issueNo',
    'issueTitle',
    'measureNo',
    'measureText',
    'targets',
    'output',
    'outcome',
    'result',
    'units',
  ]);
  findings.push(...unitTable.findings, ...headingTable.findings, ...measureTable.findings);

  const units = parseRows(unitTable, unitSchema, UNIT_HEADER, findings);
  const headings = parseRows(headingTable, headingSchema, HEADING_HEADER, findings);
  const measures = parseRows(measureTable, measureSchema, MEASURE_HEADER, findings, (row) => {
    // A linked evidence cell (=HYPERLINK or Insert > Link): its URL is the evidence and the label
    // ("หลักฐาน") is not a link; URL lines typed beside it are kept.
    const link = row.link.evidence;
    if (link && !row.text.evidence.includes(link)) {
      const typedUrls = row.text.evidence.split('\n').filter((line) => /^\s*https?:/i.test(line));
      row.text.evidence = [...typedUrls, link].join('\n');
    }
    for (const key of LINKED_MEASURE_COLUMNS) {
      if (key === 'evidence') continue;
      const l = row.link[key];
      if (l && !row.text[key].includes(l)) row.text[key] = `${row.text[key]}\n${l}`.trim();
    }
    const targets = withoutListMarkers(row.text.targets);
    if (targets !== row.text.targets) {
      row.text.targets = targets;
      findings.push({
        severity: 'warning',
        rule: 'target-numbered',
        sheet: SHEET.measures,
        row: row.row,
        column: measureTable.columns.targets ?? 0,
        header: MEASURE_HEADER.targets,
        messageTh:
          'ค่าเป้าหมายมีเลขข้อหรือสัญลักษณ์หัวข้อนำหน้า (เช่น "1." หรือ "•") — รายงานใส่เลขข้อให้เอง จึงไม่พิมพ์ซ้ำ ' +
          '(ข้อความในเซลล์ไม่ถูกเปลี่ยน; ลบออกได้)',
        messageEn: 'Targets carry their own list numbers or bullets; the report numbers them, so they are left out.',
      });
    }
  }).map(({ row, value }) => ({ ...value, row }));

  return {
    config,
    configRows,
    units,
    headings,
    measures,
    columns: { units: unitTable.columns, headings: headingTable.columns, measures: measureTable.columns },
    findings,
  };
}

/**
 * A list number or bullet at the start of a line ("1. ", "2.", "๑) ", "(1) ", "• ", "- "), as targets pasted from
 * last year's Word or PDF report carry them: the report numbers targets itself ("1. 1. จัดอบรม" otherwise). A
 * number that belongs to the text stays: "100 คน", "1.5 ล้านบาท", and a lone "-".
 */
const LIST_MARKER =
  /^([ \t]*)(?:[๐-๙\d]{1,2}[.)](?![๐-๙\d])|\([๐-๙\d]{1,2}\)|[•·▪◦‣∙●○■□➢❖✓✔*\-–—](?=[ \t]))[ \t]*(?=\S)/gm;

function withoutListMarkers(text: string): string {
  return text.replace(LIST_MARKER, '$1');
}

/** The config sheet alone (its findings pushed to `findings`): for readers that need a setting, not the workbook. */
export function parseConfig(
  data: WorkbookData,
  findings: Finding[],
): { config: Config | null; configRows: ParsedWorkbook['configRows'] } {
  const sheet = data[SHEET.config];
  const configRows: ParsedWorkbook['configRows'] = {};
  const values = { ...DEFAULT_CONFIG_VALUES };
  const erroneous = new Set<keyof typeof CONFIG_LABEL>();
  if (!sheet) {
    findings.push({
      severity: 'error',
      rule: 'sheet-missing',
      sheet: SHEET.config,
      row: 0,
      column: 0,
      header: '',
      messageTh: `ไม่พบชีต "${SHEET.config}" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อสร้างชีตนี้ใหม่ แล้วกรอกชื่อหน่วยงานและปีงบประมาณ`,
      messageEn: `Sheet "${SHEET.config}" is missing; run set-up to recreate it.`,
    });
    return { config: null, configRows };
  }
  const byLabel = new Map(
    (Object.keys(CONFIG_LABEL) as (keyof typeof CONFIG_LABEL)[]).map((k) => [normaliseHeader(CONFIG_LABEL[k]), k]),
  );
  sheet.values.forEach((line, r) => {
    if (!Array.isArray(line)) return;
    const key = byLabel.get(normaliseHeader(line[0]));
    if (key === undefined || configRows[key] !== undefined) return;
    configRows[key] = r + 1;
    const cell = readCell(line[1]);
    const at = { sheet: SHEET.config, row: r + 1, column: 2, header: CONFIG_LABEL[key] };
    if (cell.error) erroneous.add(key);
    const found = cellReadingFinding(cell, at);
    if (found) findings.push(found);
    const text = cell.text;
    const optional = OPTIONAL_CONFIG_KEYS.includes(key);
    if (text !== '' || optional) values[key] = text;
    // A linked cell (a Drive folder or Doc pasted as a link): the link is the value.
    const link = sheet.links?.[r]?.[1];
    if ((key === 'reportFolder' || key === 'reportTemplate') && link) values[key] = cellText(link) || text;
  });
  if (erroneous.size > 0) return { config: null, configRows };
  const parsed = configSchema.safeParse(values);
  if (parsed.success) return { config: parsed.data as Config, configRows };
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof typeof CONFIG_LABEL;
    const row = configRows[key] ?? 0;
    findings.push({
      severity: 'error',
      rule: 'config-invalid',
      sheet: SHEET.config,
      row,
      column: row ? 2 : 0,
      header: CONFIG_LABEL[key],
      messageTh: row ? issue.message : `ไม่พบบรรทัด "${CONFIG_LABEL[key]}" ในชีต "${SHEET.config}" — ${issue.message}`,
      messageEn: `Config "${String(key)}": ${issue.message}`,
    });
  }
  return { config: null, configRows };
}

function parseRows<K extends string, S extends Shape>(
  table: Table<K>,
  schema: ObjectSchema<S>,
  headers: Record<K, string>,
  findings: Finding[],
  prepare?: (row: TableRow<K>) => void,
): Located<Output<S>>[] {
  const out: Located<Output<S>>[] = [];
  for (const row of table.rows) {
    prepare?.(row);
    const parsed = schema.safeParse(row.text);
    if (parsed.success) {
      out.push({ row: row.row, value: parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as K;
      if (table.columns[key] === undefined) continue; // already reported as a missing header
      if (row.errors[key] !== undefined) continue; // already reported: the cell shows a formula error
      findings.push({
        severity: 'error',
        rule: 'cell-invalid',
        sheet: table.sheet,
        row: row.row,
        column: table.columns[key] ?? 0,
        header: headers[key],
        messageTh: issue.message,
        messageEn: `${String(key)}: ${issue.message}`,
      });
    }
  }
  return out;
}
