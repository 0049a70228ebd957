/**
 * One progress-form answer, as the responses sheet holds it, parsed and checked (../schema.ts) into the
 * normalised fields the ledger keeps. Nothing is ever dropped: a field that fails keeps the text typed,
 * and the reason is recorded.
 *
 * - An error makes the answer unusable in the report (unknown row or unit, no round, nothing done);
 *   staff see it flagged in the ledger and the findings.
 * - A warning keeps it in the report, flagged (an unreadable date, a date outside the round,
 *   a quantity that is not a number, a link that is not https, an unknown status).
 */
import { quoteStart } from '../findings';
import { object, required, text, type Output } from '../schema';
import { STATUS_VALUES } from '../layout';
import type { Config, Unit } from '../schemas';
import {
  compareDates,
  formatThaiDateShort,
  isoDate,
  parseThaiDate,
  roundPeriod,
  toArabicDigits,
  toThaiDigits,
  type Round,
} from '../thai';
import { describeNotesTh, hasNotes } from '../text-clean';
import { linkLines, listLines, readCell } from '../workbook';
import { idFromLabel, QUESTION, roundFromAnswer, unitFromAnswer, type QuestionKey } from './questions';

/** The cells of one answer, by question, exactly as getValues() returned them. */
export type RawAnswer = Partial<Record<QuestionKey, unknown>>;

export type Check = 'ok' | 'warning' | 'invalid';

export interface Answer {
  rowId: string;
  round: Round | null;
  /** Unit code when the unit is known, else what was answered. */
  unit: string;
  done: string;
  /** ISO days when readable, else the text typed. */
  dates: string[];
  quantity: number | null;
  quantityWord: string;
  evidence: string[];
  status: string;
  check: Check;
  reasons: string[];
}

/** What an answer is checked against: the workbook as it is now. */
export interface AnswerContext {
  units: readonly Unit[];
  rowIds: ReadonlySet<string>;
  /** Current dropdown labels (whitespace-collapsed) → row id, for an answer whose bracketed id was lost. */
  labels?: ReadonlyMap<string, string>;
  config: Config | null;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const fail = (message: string) => ({ ok: false, message }) as const;
const ok = <T>(value: T) => ({ ok: true, value }) as const;

/** The schema of an answer (schema.ts), with the workbook it is checked against. Input: each cell's text. */
export function answerSchema(ctx: AnswerContext) {
  return object({
    rowId: text().then((typed) => {
      const s = collapse(typed);
      if (s === '') return fail('ไม่ได้เลือกมาตรการ/ค่าเป้าหมาย');
      const id = idFromLabel(s) ?? ctx.labels?.get(s) ?? s;
      if (!ctx.rowIds.has(id)) {
        return fail(`ไม่พบแถวรหัส "${id}" ในชีตมาตรการแล้ว (แถวถูกลบหรือเปลี่ยนรหัส) — ให้หน่วยงานส่งคำตอบใหม่ หรือคืนรหัสแถวเดิม`);
      }
      return ok(id);
    }),
    round: text().then((s) => {
      const round = roundFromAnswer(s);
      if (round === null)
        return fail(s === '' ? 'ไม่ได้เลือกรอบรายงาน' : `รอบรายงาน "${quoteStart(s)}" ต้องเป็นรอบ ๖ หรือ ๑๒ เดือน`);
      return ok(round);
    }),
    unit: text().then((s) => {
      const unit = unitFromAnswer(s, ctx.units);
      if (!unit) {
        return fail(
          s === ''
            ? 'ไม่ได้เลือกหน่วยงาน'
            : `ไม่พบหน่วยงาน "${quoteStart(s)}" ในชีตหน่วยงาน — ตรวจสอบชื่อ/รหัสหน่วยงาน แล้วสั่งดึงคำตอบใหม่`,
        );
      }
      return ok(unit.code);
    }),
    done: required('ไม่ได้กรอกสิ่งที่ดำเนินการ'),
    dates: text().map(listLines),
    quantity: text()
      .map((s) => toArabicDigits(s).replace(/,/g, '').trim())
      .check(
        (s) => s === '' || (/^\d+(\.\d+)?$/.test(s) && Number.isFinite(Number(s))),
        'จำนวนที่ทำได้ต้องเป็นตัวเลข เช่น ๒ (ไม่นำไปรวมยอด)',
      )
      .map((s) => (s === '' ? null : Number(s))),
    quantityWord: text().map(collapse),
    evidence: text().map(linkLines),
    status: text().map(collapse),
  });
}

type Parsed = Output<ReturnType<typeof answerSchema>['shape']>;
type Field = keyof Parsed;

/**
 * One schema per context: building it costs more than parsing one answer, and a
 * rebuild parses every response against the same workbook.
 */
const schemas = new WeakMap<AnswerContext, ReturnType<typeof answerSchema>>();
function schemaFor(ctx: AnswerContext): ReturnType<typeof answerSchema> {
  let schema = schemas.get(ctx);
  if (!schema) schemas.set(ctx, (schema = answerSchema(ctx)));
  return schema;
}

const FIELD_QUESTION: Record<Field, QuestionKey> = {
  rowId: 'row',
  round: 'round',
  unit: 'unit',
  done: 'done',
  dates: 'dates',
  quantity: 'quantity',
  quantityWord: 'quantityWord',
  evidence: 'evidence',
  status: 'status',
};

/**
 * Parses one answer field by field, so a bad field never hides the good ones: a field that fails
 * keeps its text (the row id keeps the id it named) and adds its reason.
 */
export function normaliseAnswer(raw: RawAnswer, ctx: AnswerContext): Answer {
  const schema = schemaFor(ctx);
  const errors: string[] = [];
  const warnings: string[] = [];
  // The cleaning boundary (text-clean.ts): a field whose text was cleaned is used cleaned, with a warning;
  // a formula's error value pasted into the responses tab is no answer at all.
  const cells = new Map<Field, string>();
  for (const f of Object.keys(FIELD_QUESTION) as Field[]) {
    const cell = readCell(raw[FIELD_QUESTION[f]]);
    cells.set(f, cell.text);
    if (cell.error) errors.push(`คำถาม "${QUESTION[FIELD_QUESTION[f]]}" มีค่าผิดพลาดจากสูตร "${cell.error}"`);
    else if (hasNotes(cell.notes))
      warnings.push(`คำถาม "${QUESTION[FIELD_QUESTION[f]]}": ${describeNotesTh(cell.notes)}`);
  }
  const text = (f: Field) => cells.get(f) ?? '';
  const field = <F extends Field, T>(f: F, fallback: (s: string) => T, reasons = errors): Parsed[F] | T => {
    const result = schema.shape[f].parse(text(f));
    if (result.ok) return result.value as Parsed[F];
    reasons.push(result.message);
    return fallback(text(f));
  };
  const rowId = field('rowId', (s) => idFromLabel(s) ?? ctx.labels?.get(collapse(s)) ?? collapse(s));
  const round = field('round', () => null);
  const unit = field('unit', (s) => s);
  const done = field('done', (s) => s);
  // A quantity that is not a number is left out of the sums, with a warning: the entry itself still counts.
  const quantity = field('quantity', () => null, warnings);
  const quantityWord = field('quantityWord', (s) => s);
  const evidence = field('evidence', linkLines);
  const status = field('status', collapse);

  // Dates: each readable one becomes an ISO day; an unreadable one is kept as typed, with a warning.
  const dates = field('dates', listLines).map((typed) => {
    const date = parseThaiDate(typed);
    if (!date) {
      warnings.push(`อ่านวันที่ "${quoteStart(typed)}" ไม่ได้ — ใช้รูปแบบ ๒๘/๒/๒๕๖๗ หรือ ๒๘ ก.พ. ๒๕๖๗`);
      return typed;
    }
    const config = ctx.config;
    if (config && round !== null) {
      const { start, end } = roundPeriod(config.fiscalYear, round);
      if (compareDates(date, start) < 0 || compareDates(date, end) > 0)
        warnings.push(
          `วันที่ ${formatThaiDateShort(date)} อยู่นอกช่วงรอบ ${toThaiDigits(String(round))} เดือน ` +
            `(${formatThaiDateShort(start)} – ${formatThaiDateShort(end)})`,
        );
    }
    return isoDate(date);
  });
  for (const link of evidence) {
    if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(link))
      warnings.push(`"${link.slice(0, 60)}" ไม่ใช่ลิงก์ https:// — จะแสดงเป็นข้อความ`);
    else if (/^http:\/\//i.test(link)) warnings.push(`ลิงก์ "${link.slice(0, 60)}" ไม่ใช่ https`);
  }
  if (status !== '' && !(STATUS_VALUES as readonly string[]).includes(status))
    warnings.push(`สถานะ "${quoteStart(status)}" ไม่อยู่ในรายการ`);

  const check: Check = errors.length > 0 ? 'invalid' : warnings.length > 0 ? 'warning' : 'ok';
  return {
    rowId,
    round,
    unit,
    done,
    dates,
    quantity,
    quantityWord,
    evidence,
    status,
    check,
    reasons: [...errors, ...warnings],
  };
}
