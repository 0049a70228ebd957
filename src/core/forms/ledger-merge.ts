/**
 * What a submission or a reconcile changes in the ledger, by identity (response id, else the content
 * key), never by position. Staff's "ไม่ใช้ในรายงาน" follows the answer, also across a respondent's edit
 * (then flagged for staff); an answer found nowhere any more is kept and flagged, never dropped.
 */
import { cellText } from '../workbook';
import type { Check } from './answer';
import { CONTENT_KEY_PREFIX, isExcludeMark, type LedgerRecord } from './ledger';

/** Reason added when a respondent edits an answer staff excluded: it stays out, staff look again. */
export const EDITED_AFTER_EXCLUDE =
  'ผู้ตอบแก้ไขคำตอบหลังจากถูกตัดออก (ไม่ใช้ในรายงาน) — ตรวจสอบอีกครั้ง: ถ้าจะใช้ ให้ลบเครื่องหมายในคอลัมน์ "ไม่ใช้ในรายงาน" ถ้ายังไม่ใช้ ให้ลบข้อความนี้ออกจากช่องเหตุผล';

/** Reason of a record whose answer is in neither the form nor the responses sheet any more. */
export const NOT_FOUND_AGAIN =
  'ไม่พบคำตอบนี้ในแบบฟอร์มหรือชีตคำตอบแล้ว (ถูกลบ?) — เก็บไว้ไม่ให้คำตอบหาย: ถ้าไม่ใช้ ให้ใส่เครื่องหมายในคอลัมน์ "ไม่ใช้ในรายงาน" หรือลบแถวนี้';

/** Legacy key "<sheet id>:<row>" (a ledger written before response ids). */
export const isLegacyKey = (key: string) => /^\d+:\d+$/.test(key);

/**
 * Adds a reason once. A warning: an "ok" record turns yellow, the answer still counts. An error: the
 * record turns red and stays out of the report, kept for staff to see.
 */
export function flagged(record: LedgerRecord, reason: string, level: 'warning' | 'invalid' = 'warning'): LedgerRecord {
  if (record.reasons.includes(reason)) return record;
  const check: Check = level === 'invalid' || record.check === 'invalid' ? 'invalid' : 'warning';
  return { ...record, check, reasons: [...record.reasons, reason] };
}

/** The next version of a record staff may have excluded: the mark stays; an edit of an excluded answer is flagged. */
function carry(previous: LedgerRecord | undefined, next: LedgerRecord): LedgerRecord {
  if (!previous || (!previous.excluded && previous.excludeCell === undefined)) return next;
  const out = { ...next, excluded: previous.excluded, excludeCell: previous.excludeCell };
  const edited = previous.fingerprint !== next.fingerprint || previous.reasons.includes(EDITED_AFTER_EXCLUDE);
  return previous.excluded && edited ? flagged(out, EDITED_AFTER_EXCLUDE) : out;
}

/**
 * The previous record each fresh record continues: the same key; else an unclaimed one with the same
 * fingerprint (the same submission under another key: content key ↔ response id, a legacy key); else a
 * legacy key naming the tab position the fresh record shows at (`legacy`).
 */
function claims(
  previous: readonly LedgerRecord[],
  fresh: readonly LedgerRecord[],
  legacy?: (r: LedgerRecord) => string,
): (number | undefined)[] {
  const byKey = new Map<string, number>();
  const byPrint = new Map<string, number[]>();
  previous.forEach((r, i) => {
    if (!byKey.has(r.key)) byKey.set(r.key, i);
    byPrint.set(r.fingerprint, [...(byPrint.get(r.fingerprint) ?? []), i]);
  });
  const freshKeys = new Set(fresh.map((f) => f.key));
  const taken = new Set<number>();
  const out: (number | undefined)[] = fresh.map((f) => {
    const i = byKey.get(f.key);
    if (i === undefined || taken.has(i)) return undefined;
    taken.add(i);
    return i;
  });
  fresh.forEach((f, n) => {
    if (out[n] !== undefined) return;
    // Copies of one answer (the doubled lines of an older ledger): it stays out only if every copy was excluded.
    const candidates = (byPrint.get(f.fingerprint) ?? []).filter(
      (j) => !taken.has(j) && !freshKeys.has(previous[j].key),
    );
    const i = candidates.find((j) => !previous[j].excluded) ?? candidates[0];
    const old = i ?? (legacy ? byKey.get(legacy(f)) : undefined);
    if (old !== undefined && !taken.has(old)) {
      taken.add(old);
      out[n] = old;
    }
  });
  return out;
}

export interface Merge {
  records: LedgerRecord[];
  added: number;
  changed: number;
  unchanged: number;
  /** Previous records found nowhere now: kept, flagged. */
  kept: number;
  /** Previous records replaced by the same submission under its response id (or a duplicate). */
  replaced: number;
}

/**
 * The whole ledger from every answer found now (reconcile): each previous record continues in its place,
 * new answers follow in the order given; running it twice gives the same ledger.
 */
export function mergeLedger(
  previous: readonly LedgerRecord[],
  fresh: readonly LedgerRecord[],
  legacy?: (r: LedgerRecord) => string,
): Merge {
  // One record per answer: a key seen twice, or a tab line (content key) repeating an identified response
  // (an old tab unlinked from the form keeps a copy of its answers), counts once.
  const identified = new Set(fresh.filter((r) => !r.key.startsWith(CONTENT_KEY_PREFIX)).map((r) => r.fingerprint));
  const keys = new Set<string>();
  const unique = fresh.filter(
    (r) =>
      !keys.has(r.key) && !(r.key.startsWith(CONTENT_KEY_PREFIX) && identified.has(r.fingerprint)) && keys.add(r.key),
  );
  const claim = claims(previous, unique, legacy);
  const merge: Merge = { records: [], added: 0, changed: 0, unchanged: 0, kept: 0, replaced: 0 };
  const placed: { at: number; record: LedgerRecord }[] = [];
  unique.forEach((f, n) => {
    const i = claim[n];
    const old = i === undefined ? undefined : previous[i];
    if (!old) merge.added++;
    else if (old.fingerprint !== f.fingerprint) merge.changed++;
    else merge.unchanged++;
    placed.push({ at: i ?? previous.length + n, record: carry(old, f) });
  });
  const claimed = new Set(claim.filter((i): i is number => i !== undefined));
  const prints = new Set(unique.map((f) => f.fingerprint));
  // A line kept by its content (the form could not be read when it arrived) found nowhere now, at the tab row of
  // a response and not newer than it, is that response before an edit: Forms rewrites an edited response's row in
  // place and keeps only its latest version. As for a legacy key, the tab position is the only link left.
  const responseAt = new Map<string, number>();
  unique.forEach((f, n) => {
    if (!f.key.startsWith(CONTENT_KEY_PREFIX) && f.row > 0) responseAt.set(`${f.sheet}\n${f.row}`, n);
  });
  previous.forEach((r, i) => {
    if (claimed.has(i)) return;
    if (prints.has(r.fingerprint)) {
      merge.replaced++; // the same submission is in the ledger under its identity
      return;
    }
    const n = r.key.startsWith(CONTENT_KEY_PREFIX) && r.row > 0 ? responseAt.get(`${r.sheet}\n${r.row}`) : undefined;
    if (n !== undefined && r.timestamp <= unique[n].timestamp) {
      merge.replaced++;
      const next = placed[n].record;
      if (!next.excluded && next.excludeCell === undefined) placed[n].record = carry(r, next); // staff's x follows
      return;
    }
    merge.kept++;
    placed.push({ at: i, record: flagged(r, NOT_FOUND_AGAIN) });
  });
  merge.records = placed.sort((a, b) => a.at - b.at).map((p) => p.record);
  return merge;
}

/** What one submission changes in the ledger. */
export interface LedgerPlan {
  /** Records to write, with the 0-based index in the ledger's record list they replace (or -1: append). */
  writes: { index: number; record: LedgerRecord }[];
  added: number;
  replaced: number;
  unchanged: number;
}

/** A key that is a form response's id (not a content key, not a legacy key). */
const isResponseId = (key: string) => !key.startsWith(CONTENT_KEY_PREFIX) && !isLegacyKey(key);

/**
 * Upserts a submission's records: a known key with the same fingerprint changes nothing (the same
 * submission delivered twice); a known key with a new fingerprint is an edited response; a record
 * with the same fingerprint under a content or legacy key (kept before the response was found) is
 * replaced in place; anything else is appended.
 */
export function planUpserts(existing: readonly LedgerRecord[], incoming: readonly LedgerRecord[]): LedgerPlan {
  const plan: LedgerPlan = { writes: [], added: 0, replaced: 0, unchanged: 0 };
  const used = new Set<number>();
  const seen = new Set<string>();
  const incomingKeys = new Set(incoming.map((r) => r.key));
  for (const record of incoming) {
    if (seen.has(record.key)) continue;
    seen.add(record.key);
    let i = existing.findIndex((r) => r.key === record.key);
    // Only a line kept by its content (or a legacy key) is the same submission under another key: a line under
    // another response id is another submission, even alike in time and every answer (a double submit).
    if (i === -1)
      i = existing.findIndex(
        (r, j) =>
          !used.has(j) && r.fingerprint === record.fingerprint && !incomingKeys.has(r.key) && !isResponseId(r.key),
      );
    if (i === -1) {
      plan.writes.push({ index: -1, record });
      plan.added++;
      continue;
    }
    used.add(i);
    if (existing[i].key === record.key && existing[i].fingerprint === record.fingerprint) {
      plan.unchanged++;
      continue;
    }
    plan.writes.push({ index: i, record: carry(existing[i], record) });
    plan.replaced++;
  }
  return plan;
}

/**
 * The records with staff's "ไม่ใช้ในรายงาน" cell as the ledger shows it `now` (key → cell, read just before writing)
 * wherever it differs from the one the run read at its start: a mark ticked or cleared while the run read the forms
 * (minutes at thousands of responses) is written back as typed, never over with the old one. Undefined: none moved.
 */
export function marksTypedSince(
  records: readonly LedgerRecord[],
  before: readonly LedgerRecord[],
  now: ReadonlyMap<string, unknown>,
): LedgerRecord[] | undefined {
  const text = (cell: unknown) => (cell === undefined ? '' : cellText(cell));
  const was = new Map(before.map((r) => [r.key, text(r.excludeCell)]));
  let changed = false;
  const out = records.map((r) => {
    const cell = now.get(r.key);
    if (cell === undefined || !was.has(r.key) || text(cell) === was.get(r.key)) return r;
    changed = true;
    return { ...r, excluded: isExcludeMark(cell), excludeCell: text(cell) === '' ? undefined : cell };
  });
  return changed ? out : undefined;
}
