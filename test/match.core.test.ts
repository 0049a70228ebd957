/**
 * A responses tab matched to its form (core/forms/match.ts) pass by pass (issue #19): which tab row pairs with
 * which response, and what is counted as a copy, lonely, or not in the tab. Sources are built by hand.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerSource } from '../src/core/forms/ledger';
import { matchTab, notInFormReason } from '../src/core/forms/match';

const T0 = Date.UTC(2025, 0, 10, 2, 0, 0); // 09:00:00 in Bangkok
const src = (id: string, ms: number | unknown, raw: Record<string, string>, row = 0): AnswerSource => ({
  responseId: id,
  sheet: id ? 'form' : 'ชีตคำตอบ',
  row,
  timestamp: typeof ms === 'number' ? new Date(T0 + ms) : ms,
  raw: { unit: 'HR', row: 'R4', ...raw },
  editUrl: id ? `https://e/${id}` : '',
});
const form = (id: string, ms: number, done: string) => src(id, ms, { done });
const tab = (row: number, ms: number | unknown, done: string, extra: Record<string, string> = {}) =>
  src('', ms, { done, ...extra }, row);
const pairs = (m: ReturnType<typeof matchTab>) => m.responses.map((r) => [r.responseId, r.row]);

describe('pairing', () => {
  it('by timestamp and answers first, whatever the order of the tab', () => {
    const m = matchTab([tab(2, 60_000, 'B'), tab(3, 0, 'A')], [form('a', 0, 'A'), form('b', 60_000, 'B')]);
    expect(pairs(m)).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    expect(m).toMatchObject({ lonely: [], notInTab: 0, copies: 0 });
  });
  it('two identical responses in the same second pair with two identical rows, one each', () => {
    const m = matchTab([tab(2, 0, 'A'), tab(3, 0, 'A')], [form('a1', 0, 'A'), form('a2', 0, 'A')]);
    expect(pairs(m)).toEqual([
      ['a1', 2],
      ['a2', 3],
    ]);
    expect(m.copies).toBe(0);
  });
  it('then the same second with other answers (a cell typed over): the form’s answers win, the tab gives the row', () => {
    const m = matchTab([tab(5, 0, 'พิมพ์ทับ')], [form('a', 417, 'A')]);
    expect(m.responses[0]).toMatchObject({ responseId: 'a', row: 5, sheet: 'ชีตคำตอบ', editUrl: 'https://e/a' });
    expect(m.responses[0].raw.done).toBe('A');
  });
  it('then within a second (the sheet rounded it), before the same answers at another time', () => {
    const m = matchTab([tab(2, 1000, 'X'), tab(3, 30_000, 'A')], [form('a', 999, 'A')]);
    expect(pairs(m)).toEqual([['a', 2]]);
    expect(m.lonely.map((s) => s.row)).toEqual([3]);
  });
  it('the exact second before the second next to it', () => {
    const m = matchTab([tab(2, 1000, 'X'), tab(3, 0, 'Y')], [form('a', 0, 'A')]);
    expect(pairs(m)).toEqual([['a', 3]]);
  });
  it('not two seconds apart with other answers: the row is lonely and the response not in the tab', () => {
    const m = matchTab([tab(2, 2000, 'X')], [form('a', 0, 'A')]);
    expect(pairs(m)).toEqual([['a', 0]]);
    expect(m).toMatchObject({ notInTab: 1, copies: 0 });
    expect(m.lonely.map((s) => s.row)).toEqual([2]);
  });
  it('last, the same answers at another time (a response that kept its first timestamp)', () => {
    const m = matchTab([tab(4, 3_600_000, 'A')], [form('a', 0, 'A')]);
    expect(pairs(m)).toEqual([['a', 4]]);
  });
  it('within a second across a minute, hour, day, month and year boundary', () => {
    const at = (iso: string) => new Date(iso);
    const nearly = (before: string, after: string) => {
      const response = { ...form('a', 0, 'A'), timestamp: at(before) };
      return matchTab([{ ...tab(2, 0, 'X'), timestamp: at(after) }], [response]).responses[0].row;
    };
    expect(nearly('2024-12-31T16:59:59.600Z', '2024-12-31T17:00:00.000Z')).toBe(2); // 23:59:59 → 1 Jan 00:00:00 in Bangkok
    expect(nearly('2024-11-30T16:59:59.600Z', '2024-11-30T17:00:00.000Z')).toBe(2); // 30 Nov → 1 Dec
    expect(nearly('2024-11-30T16:59:57.600Z', '2024-11-30T17:00:00.000Z')).toBe(0);
  });
  it('a timestamp typed as text with other words around it is no time', () => {
    const m = matchTab(
      [tab(2, '2025-01-10 09:00:00 (แก้)', 'X'), tab(3, 'เมื่อ 2025-01-10 09:00:00', 'Y')],
      [form('a', 0, 'A')],
    );
    expect(m.lonely.map((s) => s.row)).toEqual([2, 3]);
  });
  it('a timestamp typed as text never pairs by time', () => {
    const m = matchTab([tab(2, 'เมื่อวาน', 'X')], [form('a', 0, 'A')]);
    expect(m.lonely.map((s) => s.row)).toEqual([2]);
  });
  it('a blank of the form (a question deleted since) is filled from the tab, not the other way round', () => {
    const response = src('a', 0, { done: 'A', quantity: '' });
    const m = matchTab(
      [tab(2, 0, 'A', { quantity: '3', status: '' })],
      [{ ...response, raw: { ...response.raw, status: 'เสร็จ' } }],
    );
    expect(m.responses[0].raw).toMatchObject({ done: 'A', quantity: '3', status: 'เสร็จ' });
  });
});

describe('copies and lonely rows', () => {
  it('a row repeating a paired one is a copy, never paired by time with another response', () => {
    const m = matchTab([tab(2, 0, 'A'), tab(3, 0, 'A')], [form('a', 0, 'A'), form('b', 0, 'B')]);
    expect(pairs(m)).toEqual([
      ['a', 2],
      ['b', 0],
    ]);
    expect(m).toMatchObject({ copies: 1, notInTab: 1, lonely: [] });
  });
  it('a copy of a row typed over (paired by its time) is a copy too, not lonely', () => {
    const m = matchTab([tab(2, 0, 'พิมพ์ทับ'), tab(3, 0, 'พิมพ์ทับ')], [form('a', 0, 'A')]);
    expect(pairs(m)).toEqual([['a', 2]]);
    expect(m).toMatchObject({ copies: 1, lonely: [] });
  });
  it('two identical rows no response matches: one lonely, one copy', () => {
    const m = matchTab([tab(2, 5000, 'X'), tab(3, 5000, 'X')], [form('a', 0, 'A')]);
    expect(m.lonely.map((s) => s.row)).toEqual([2]);
    expect(m.copies).toBe(1);
  });
  it('no responses at all: every distinct row is lonely', () => {
    const m = matchTab([tab(2, 0, 'A'), tab(3, 0, 'B')], []);
    expect(m).toMatchObject({ notInTab: 0, copies: 0 });
    expect(m.lonely.map((s) => s.row)).toEqual([2, 3]);
  });
  it('the reason staff read names the sheet and the row', () => {
    expect(notInFormReason('การตอบแบบฟอร์ม 1', 7)).toMatch(/^แถว 7 ของชีต "การตอบแบบฟอร์ม 1" ไม่ตรงกับคำตอบใดในแบบฟอร์ม/);
    expect(notInFormReason('x', 2)).toMatch(/แบบฟอร์มเป็นหลัก จึงไม่นำเข้ารายงาน: ถ้าต้องใช้ ให้หน่วยงานส่งคำตอบทางแบบฟอร์ม$/);
  });
});
