/**
 * A responses tab matched to its form's responses, by timestamp and content, never by position:
 * the tab can be sorted, have rows deleted or inserted, and still every response is counted once.
 * The form is the authority (the latest version of each edited response); the tab is its mirror,
 * and keeps the answers of a question since deleted from the form (its column stays).
 */
import { QUESTIONS } from './questions';
import { cellText } from '../workbook';
import { fingerprintOf, sourceFingerprint, timestampText, type AnswerSource } from './ledger';

/** Reason of a tab row that matches no response of its form (the form is the record: it does not count). */
export function notInFormReason(sheet: string, row: number): string {
  return (
    `แถว ${row} ของชีต "${sheet}" ไม่ตรงกับคำตอบใดในแบบฟอร์ม (คำตอบถูกลบในแบบฟอร์ม สำเนาเก่าของคำตอบที่แก้ไขแล้ว ` +
    'หรือแถวที่พิมพ์เองในชีต) — แบบฟอร์มเป็นหลัก จึงไม่นำเข้ารายงาน: ถ้าต้องใช้ ให้หน่วยงานส่งคำตอบทางแบบฟอร์ม'
  );
}

/** A timestamp → ms at second precision (as the sheet shows it), NaN when it is not one. */
function seconds(stamp: unknown): number {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)$/.exec(timestampText(stamp));
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}

export interface TabMatch {
  /** One source per response: its id, the form's answers (a blank filled from the tab), the tab row it shows at (0: none). */
  responses: AnswerSource[];
  /** Tab rows no response matches (not copies of another): kept under their content key, out of the report. */
  lonely: AnswerSource[];
  /** Responses the tab does not show (its row deleted). */
  notInTab: number;
  /** Tab rows that repeat another (a copied row): not counted again. */
  copies: number;
}

/** The form's answers, with what the form no longer holds (a deleted question) taken from the tab. */
function merged(response: AnswerSource, tab: AnswerSource): AnswerSource {
  const raw = { ...response.raw };
  for (const q of QUESTIONS)
    if (cellText(raw[q.key]) === '' && cellText(tab.raw[q.key]) !== '') raw[q.key] = tab.raw[q.key];
  return { ...response, raw, sheet: tab.sheet, row: tab.row };
}

/**
 * Pairs tab rows with responses: first the same timestamp and answers, then the same timestamp (a tab
 * cell typed over, or a number the sheet reformatted), then a timestamp within a second (rounding), then
 * the same answers at another time.
 */
export function matchTab(tab: readonly AnswerSource[], responses: readonly AnswerSource[]): TabMatch {
  const pairOf = new Array<number>(responses.length).fill(-1);
  const free = new Set(responses.map((_, i) => i));
  const paired = new Set<number>();
  const take = (ti: number, ri: number) => {
    free.delete(ri);
    paired.add(ti);
    pairOf[ri] = ti;
  };
  const prints = responses.map(sourceFingerprint);
  const tabPrints = tab.map(sourceFingerprint);
  // Pass 1 through a map (the usual case, linear); passes 2 and 3 only see what is left.
  const byPrint = new Map<string, number[]>();
  prints.forEach((p, i) => byPrint.set(p, [...(byPrint.get(p) ?? []), i]));
  tabPrints.forEach((p, ti) => {
    const ri = (byPrint.get(p) ?? []).find((i) => free.has(i));
    if (ri !== undefined) take(ti, ri);
  });
  // A row repeating one already paired, with no response of its own left, is a copy: never matched by time.
  const pairedPrints = new Set([...paired].map((ti) => tabPrints[ti]));
  const copy = new Set(tab.map((_, ti) => ti).filter((ti) => !paired.has(ti) && pairedPrints.has(tabPrints[ti])));
  const stamps = responses.map((r) => seconds(r.timestamp));
  const tabStamps = tab.map((t) => seconds(t.timestamp));
  const byTime = (near: number) => (ti: number, ri: number) => Math.abs(stamps[ri] - tabStamps[ti]) <= near;
  // Last, the same answers at another time: should a response keep its first timestamp while the tab shows the edit's.
  const answers = responses.map((r) => fingerprintOf('', r.raw));
  const tabAnswers = tab.map((t) => fingerprintOf('', t.raw));
  const sameAnswers = (ti: number, ri: number) => tabAnswers[ti] === answers[ri];
  for (const same of [byTime(0), byTime(1000), sameAnswers]) {
    tab.forEach((_, ti) => {
      if (paired.has(ti) || copy.has(ti) || free.size === 0) return;
      for (const ri of free) {
        if (!same(ti, ri)) continue;
        take(ti, ri);
        return;
      }
    });
  }
  const out: TabMatch = {
    responses: responses.map((r, i) => (pairOf[i] === -1 ? r : merged(r, tab[pairOf[i]]))),
    lonely: [],
    notInTab: free.size,
    copies: 0,
  };
  const seen = new Set([...out.responses.map(sourceFingerprint), ...prints, ...[...paired].map((ti) => tabPrints[ti])]);
  tab.forEach((t, ti) => {
    if (paired.has(ti)) return;
    if (seen.has(tabPrints[ti])) {
      out.copies++;
      return;
    }
    seen.add(tabPrints[ti]);
    out.lonely.push(t);
  });
  return out;
}
