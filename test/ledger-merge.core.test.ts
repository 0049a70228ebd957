/**
 * The ledger's merge and upsert (core/forms/ledger-merge.ts) by identity (issue #19): every count staff see
 * in the reconcile summary, and what happens to an exclusion, checked on hand-made records.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../src/core/forms/ledger';
import {
  EDITED_AFTER_EXCLUDE,
  flagged,
  isLegacyKey,
  mergeLedger,
  NOT_FOUND_AGAIN,
  planUpserts,
} from '../src/core/forms/ledger-merge';

function rec(key: string, fingerprint: string, over: Partial<LedgerRecord> = {}): LedgerRecord {
  return {
    key,
    sheet: 'การตอบแบบฟอร์ม 1',
    row: 2,
    timestamp: '2025-01-10 09:00:00',
    rowId: 'R4',
    round: 6,
    unit: 'HR',
    done: `งาน ${fingerprint}`,
    dates: [],
    quantity: null,
    quantityWord: '',
    evidence: [],
    status: '',
    check: 'ok',
    reasons: [],
    excluded: false,
    fingerprint,
    editUrl: '',
    ...over,
  };
}
const keys = (records: LedgerRecord[]) => records.map((r) => r.key);
const counts = ({ added, changed, unchanged, kept, replaced }: ReturnType<typeof mergeLedger>) => ({
  added,
  changed,
  unchanged,
  kept,
  replaced,
});

describe('flags', () => {
  it('a warning turns an ok record yellow; an error turns it red; a red record stays red; a reason is added once', () => {
    expect(flagged(rec('a', 'A'), 'ดู')).toMatchObject({ check: 'warning', reasons: ['ดู'] });
    expect(flagged(rec('a', 'A'), 'ผิด', 'invalid')).toMatchObject({ check: 'invalid', reasons: ['ผิด'] });
    expect(flagged(rec('a', 'A', { check: 'invalid', reasons: ['เดิม'] }), 'ดู')).toMatchObject({
      check: 'invalid',
      reasons: ['เดิม', 'ดู'],
    });
    expect(flagged(rec('a', 'A', { check: 'warning', reasons: ['ดู'] }), 'ดู', 'invalid')).toMatchObject({
      check: 'warning',
      reasons: ['ดู'],
    });
    const r = rec('a', 'A', { reasons: ['ดู'] });
    expect(flagged(r, 'ดู')).toBe(r);
  });
  it('legacy keys are "<sheet id>:<row>" only', () => {
    expect(['123456:2', '0:0', '123456:45'].map(isLegacyKey)).toEqual([true, true, true]);
    expect(['content:abc', '123456:', ':2', 'x123:2', '123:2x', 'resp-1'].map(isLegacyKey)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('a reconcile (mergeLedger)', () => {
  it('counts added, changed, unchanged; keeps the ledger’s order and appends new answers in the order found', () => {
    const previous = [rec('a', 'A'), rec('b', 'B'), rec('c', 'C')];
    const merge = mergeLedger(previous, [rec('d', 'D'), rec('c', 'C'), rec('e', 'E'), rec('a', 'A2'), rec('b', 'B')]);
    expect(counts(merge)).toEqual({ added: 2, changed: 1, unchanged: 2, kept: 0, replaced: 0 });
    expect(keys(merge.records)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(merge.records[0].fingerprint).toBe('A2');
  });
  it('twice gives the same ledger', () => {
    const fresh = [rec('a', 'A'), rec('content:B', 'B')];
    const once = mergeLedger([], fresh);
    const twice = mergeLedger(once.records, fresh);
    expect(twice.records).toEqual(once.records);
    expect(counts(twice)).toEqual({ added: 0, changed: 0, unchanged: 2, kept: 0, replaced: 0 });
  });
  it('an answer found nowhere is kept in its place and flagged (a warning), never dropped', () => {
    const merge = mergeLedger([rec('a', 'A'), rec('b', 'B'), rec('c', 'C')], [rec('a', 'A'), rec('c', 'C')]);
    expect(counts(merge)).toEqual({ added: 0, changed: 0, unchanged: 2, kept: 1, replaced: 0 });
    expect(keys(merge.records)).toEqual(['a', 'b', 'c']);
    expect(merge.records[1]).toMatchObject({ check: 'warning', reasons: [NOT_FOUND_AGAIN] });
    expect(merge.records[0].reasons).toEqual([]);
  });
  it('one record per answer: a key found twice, or a tab line repeating an identified response, counts once', () => {
    const merge = mergeLedger([], [rec('a', 'A'), rec('a', 'A'), rec('content:A', 'A'), rec('content:B', 'B')]);
    expect(keys(merge.records)).toEqual(['a', 'content:B']);
    expect(merge.added).toBe(2);
  });
  it('a content key found again under its response id is replaced in its place, keeping its exclusion', () => {
    const previous = [rec('x', 'X'), rec('content:A', 'A', { excluded: true, excludeCell: 'x' }), rec('y', 'Y')];
    const merge = mergeLedger(previous, [rec('x', 'X'), rec('y', 'Y'), rec('resp-a', 'A')]);
    expect(keys(merge.records)).toEqual(['x', 'resp-a', 'y']);
    expect(merge.records[1]).toMatchObject({ excluded: true, excludeCell: 'x', check: 'ok', reasons: [] });
    expect(counts(merge)).toEqual({ added: 0, changed: 0, unchanged: 3, kept: 0, replaced: 0 });
  });
  it('of several copies, a kept one (not excluded) is continued; the others are replaced', () => {
    const previous = [
      rec('1:2', 'A', { excluded: true, excludeCell: true }),
      rec('1:3', 'A'),
      rec('1:4', 'A', { excluded: true, excludeCell: true }),
    ];
    const merge = mergeLedger(previous, [rec('resp-a', 'A')]);
    expect(merge.records).toEqual([rec('resp-a', 'A')]);
    expect(counts(merge)).toEqual({ added: 0, changed: 0, unchanged: 1, kept: 0, replaced: 2 });
    // every copy excluded: it stays out
    const allOut = mergeLedger([previous[0], previous[2]], [rec('resp-a', 'A')]);
    expect(allOut.records).toMatchObject([{ key: 'resp-a', excluded: true, excludeCell: true }]);
  });
  it('a record continued by its key takes no other copy of its answer (nor its exclusion)', () => {
    const merge = mergeLedger(
      [rec('resp-a', 'A'), rec('content:A', 'A', { excluded: true, excludeCell: 'x' })],
      [rec('resp-a', 'A')],
    );
    expect(merge.records).toEqual([rec('resp-a', 'A')]);
    expect(counts(merge)).toEqual({ added: 0, changed: 0, unchanged: 1, kept: 0, replaced: 1 });
  });
  it('the reasons staff read say what to do, in the exclude column’s words', () => {
    expect(NOT_FOUND_AGAIN).toMatch(/^ไม่พบคำตอบนี้ในแบบฟอร์มหรือชีตคำตอบแล้ว .*"ไม่ใช้ในรายงาน" หรือลบแถวนี้$/);
    expect(EDITED_AFTER_EXCLUDE).toMatch(/^ผู้ตอบแก้ไขคำตอบหลังจากถูกตัดออก .*ให้ลบข้อความนี้ออกจากช่องเหตุผล$/);
  });
  it('a record another fresh answer keeps by its key is not taken by fingerprint', () => {
    const merge = mergeLedger(
      [rec('resp-1', 'F', { excluded: true, excludeCell: 'x' })],
      [rec('resp-2', 'F'), rec('resp-1', 'F')],
    );
    expect(merge.records.map((r) => [r.key, r.excluded])).toEqual([
      ['resp-1', true],
      ['resp-2', false],
    ]);
    expect(counts(merge)).toEqual({ added: 1, changed: 0, unchanged: 1, kept: 0, replaced: 0 });
  });
  it('an edited answer finds its legacy record by the row it shows at, unless that record is taken', () => {
    const legacy = (r: LedgerRecord) => `1:${r.row}`;
    const previous = [rec('1:2', 'OLD', { excluded: true, excludeCell: 'x' })];
    const merge = mergeLedger(previous, [rec('resp-a', 'NEW', { row: 2 })], legacy);
    expect(merge.records).toMatchObject([
      { key: 'resp-a', excluded: true, check: 'warning', reasons: [EDITED_AFTER_EXCLUDE] },
    ]);
    expect(counts(merge)).toEqual({ added: 0, changed: 1, unchanged: 0, kept: 0, replaced: 0 });
    // without the position hint it is a new answer, and the old one is kept, flagged
    expect(counts(mergeLedger(previous, [rec('resp-a', 'NEW', { row: 2 })]))).toEqual({
      added: 1,
      changed: 0,
      unchanged: 0,
      kept: 1,
      replaced: 0,
    });
    // two fresh answers at the same row: only the first takes it
    const two = mergeLedger(previous, [rec('resp-a', 'NEW', { row: 2 }), rec('resp-b', 'NEW2', { row: 2 })], legacy);
    expect(two.records.map((r) => [r.key, r.excluded])).toEqual([
      ['resp-a', true],
      ['resp-b', false],
    ]);
  });
});

describe('exclusions across edits', () => {
  it('an unticked checkbox is carried as it is, with no flag, even when the answer changes', () => {
    const merge = mergeLedger([rec('a', 'A', { excludeCell: false })], [rec('a', 'A2')]);
    expect(merge.records[0]).toMatchObject({ excluded: false, excludeCell: false, check: 'ok', reasons: [] });
  });
  it('an excluded answer not edited stays out without a flag; edited, it stays out and is flagged once', () => {
    const out = rec('a', 'A', { excluded: true, excludeCell: 'x' });
    expect(mergeLedger([out], [rec('a', 'A')]).records[0]).toMatchObject({ excluded: true, check: 'ok', reasons: [] });
    const edited = mergeLedger([out], [rec('a', 'A2')]).records[0];
    expect(edited).toMatchObject({
      excluded: true,
      excludeCell: 'x',
      check: 'warning',
      reasons: [EDITED_AFTER_EXCLUDE],
    });
    expect(mergeLedger([edited], [rec('a', 'A2')]).records[0].reasons).toEqual([EDITED_AFTER_EXCLUDE]);
  });
  it('a record never excluded continues as the fresh one, exactly', () => {
    const fresh = rec('a', 'A2');
    expect(mergeLedger([rec('a', 'A')], [fresh]).records[0]).toBe(fresh);
  });
});

describe('one submission (planUpserts)', () => {
  it('new: appended; the same again: nothing; edited: replaced in place', () => {
    const existing = [rec('a', 'A'), rec('b', 'B')];
    expect(planUpserts(existing, [rec('c', 'C')])).toMatchObject({
      added: 1,
      replaced: 0,
      unchanged: 0,
      writes: [{ index: -1 }],
    });
    expect(planUpserts(existing, [rec('b', 'B')])).toEqual({ writes: [], added: 0, replaced: 0, unchanged: 1 });
    const edited = planUpserts(existing, [rec('b', 'B2')]);
    expect(edited).toMatchObject({ added: 0, replaced: 1, unchanged: 0 });
    expect(edited.writes).toEqual([{ index: 1, record: rec('b', 'B2') }]);
  });
  it('its content key is replaced by its response id; an exclusion follows, and an edit of an excluded one is flagged', () => {
    const existing = [rec('x', 'X'), rec('content:A', 'A', { excluded: true, excludeCell: true })];
    const plan = planUpserts(existing, [rec('resp-a', 'A')]);
    expect(plan.writes).toEqual([{ index: 1, record: { ...rec('resp-a', 'A'), excluded: true, excludeCell: true } }]);
    const again = planUpserts([rec('resp-a', 'A', { excluded: true, excludeCell: true })], [rec('resp-a', 'A9')]);
    expect(again.writes[0].record).toMatchObject({ excluded: true, check: 'warning', reasons: [EDITED_AFTER_EXCLUDE] });
  });
  it('a key delivered twice in one submission is written once; one existing record is not taken twice', () => {
    const plan = planUpserts([rec('content:A', 'A')], [rec('r1', 'A'), rec('r1', 'A'), rec('r2', 'A')]);
    expect(plan.writes.map((w) => [w.index, w.record.key])).toEqual([
      [0, 'r1'],
      [-1, 'r2'],
    ]);
    expect(plan).toMatchObject({ added: 1, replaced: 1, unchanged: 0 });
  });
  it('a record of another incoming key is not taken by fingerprint', () => {
    const plan = planUpserts([rec('r1', 'A')], [rec('r2', 'A'), rec('r1', 'A')]);
    expect(plan.writes.map((w) => [w.index, w.record.key])).toEqual([[-1, 'r2']]);
    expect(plan).toMatchObject({ added: 1, replaced: 0, unchanged: 1 });
  });

  it("another response's line is not taken by fingerprint (twins: alike in time and every answer)", () => {
    const plan = planUpserts([rec('r1', 'A')], [rec('r2', 'A')]);
    expect(plan.writes.map((w) => [w.index, w.record.key])).toEqual([[-1, 'r2']]);
    expect(planUpserts([rec('content:A', 'A')], [rec('r2', 'A')]).writes.map((w) => w.index)).toEqual([0]);
  });
});

describe('a line kept by its content, its response edited since (mergeLedger)', () => {
  const kept = rec('content:A', 'A', { row: 3, timestamp: '2025-01-10 09:00:00', excluded: true, excludeCell: 'x' });
  const edited = rec('r1', 'B', { row: 3, timestamp: '2025-01-11 10:00:00' });
  it('at the row the response shows at, and not newer: replaced by it, the x carried and flagged', () => {
    const merge = mergeLedger([kept], [edited]);
    expect(merge.records.map((r) => [r.key, r.excludeCell, r.reasons])).toEqual([['r1', 'x', [EDITED_AFTER_EXCLUDE]]]);
    expect(counts(merge)).toMatchObject({ added: 1, replaced: 1, kept: 0 });
    // The response already had its own line (its trigger ran): the content line still goes.
    expect(keys(mergeLedger([rec('r1', 'C', { row: 3 }), kept], [edited]).records)).toEqual(['r1']);
  });
  it('newer than the response, at another row, or under a response id: kept and flagged', () => {
    for (const previous of [
      { ...kept, timestamp: '2025-01-12 08:00:00' },
      { ...kept, row: 4 },
      { ...kept, key: 'r9' },
    ]) {
      const merge = mergeLedger([previous], [edited]);
      expect(keys(merge.records)).toEqual([previous.key, 'r1']);
      expect(merge.records[0].reasons).toContain(NOT_FOUND_AGAIN);
    }
  });
});
