/**
 * Ledger lines (SHEET.ledger, as the script writes them) and survey sheets for a generated workbook, for
 * tests and the bench of onEdit with the forms in use. Lines come in arrival order: whatever the test lists.
 */
import { LEDGER_HEADER, SHEET, SURVEY_HEADER } from '../../src/core/layout';
import type { WorkbookData } from '../../src/core/workbook';

export type LedgerField = keyof typeof LEDGER_HEADER;
export type LedgerLine = Partial<Record<LedgerField, unknown>>;

/** One answer: response `n` of unit `unit` for row `rowId` (round 12, checked ok); `extra` overrides. */
export function answer(n: number, rowId: string, unit: string, extra: LedgerLine = {}): LedgerLine {
  return {
    key: `resp-${n}`,
    sheet: 'การตอบแบบฟอร์ม 1',
    row: String(n + 1),
    timestamp: `2024-06-28 09:${String(n % 60).padStart(2, '0')}:00`,
    rowId,
    round: '12',
    unit,
    done: `กิจกรรมที่ ${n} ของ ${unit}`,
    dates: '2024-06-28',
    quantity: '1',
    quantityWord: 'ครั้ง',
    evidence: `https://example.go.th/form/${n}`,
    status: 'ดำเนินการแล้วเสร็จ',
    check: 'ใช้ได้',
    reasons: '',
    exclude: '',
    fingerprint: `fp${n}`,
    editUrl: '',
    ...extra,
  };
}

/** The ledger sheet's values: header, then one line per answer in the order given. */
export function ledgerValues(lines: readonly LedgerLine[]): unknown[][] {
  const fields = Object.keys(LEDGER_HEADER) as LedgerField[];
  return [fields.map((f) => LEDGER_HEADER[f]), ...lines.map((l) => fields.map((f) => l[f] ?? ''))];
}

/** `count` answers in arrival order over rows G-1..G-`rows` (generate-workbook's ids) and units U1..U12. */
export function scatteredAnswers(count: number, rows: number, seed = 1, from = 1): LedgerLine[] {
  let a = seed >>> 0;
  const next = () => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return a / 4294967296;
  };
  return Array.from({ length: count }, (_, i) =>
    answer(from + i, `G-${1 + Math.floor(next() * rows)}`, `U${1 + Math.floor(next() * 12)}`),
  );
}

/** A survey tab of `respondents` Likert answers (no timestamp: every answer counts). */
export function surveyTab(respondents: number): unknown[][] {
  return [['ความพึงพอใจ', 'ความเข้าใจ'], ...Array.from({ length: respondents }, (_, i) => [1 + (i % 5), 5 - (i % 3)])];
}

/** The ledger, the survey mapping (`links`: row id → tab) and the tabs, added to `data`. */
export function withForms(
  data: WorkbookData,
  lines: readonly LedgerLine[],
  links: readonly { rowId: string; sheet: string; respondents: number }[] = [],
): WorkbookData {
  const out: WorkbookData = { ...data, [SHEET.ledger]: { values: ledgerValues(lines) } };
  out[SHEET.surveys] = {
    values: [Object.values(SURVEY_HEADER), ...links.map((l) => [l.rowId, l.sheet, '', `แบบประเมิน ${l.sheet}`])],
  };
  for (const l of links) out[l.sheet] = { values: surveyTab(l.respondents) };
  return out;
}
