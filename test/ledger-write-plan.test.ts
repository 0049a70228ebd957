import { describe, expect, it } from 'vitest';
import { ledgerWritePlan, type LedgerLines } from '../src/core/forms/ledger-write-plan';

const WIDTH = 3;
const WHITE = '#ffffff';
const RED = '#f4cccc';
const header = ['key', 'text', 'check'];

/** Ledger lines from [key, text] pairs, header first; `red` lists the keys coloured red. */
function lines(records: [string, string][], red: string[] = []): LedgerLines {
  return {
    cells: [[...header], ...records.map(([k, t]) => [k, t, red.includes(k) ? 'bad' : 'ok'])],
    colours: ['#d9e2f3', ...records.map(([k]) => (red.includes(k) ? RED : WHITE))],
  };
}

const plan = (old: LedgerLines, next: LedgerLines) =>
  ledgerWritePlan({
    old,
    next,
    width: WIDTH,
    keyColumn: 0,
    sameCell: (a, b) => String(a ?? '') === String(b ?? ''),
    blankColour: WHITE,
  });

const many = (n: number): [string, string][] => Array.from({ length: n }, (_, i) => [`r${i}`, `text ${i}`]);

describe('ledgerWritePlan: only the lines that changed, when every record keeps its line', () => {
  it('nothing changed: no block', () => {
    expect(plan(lines(many(50)), lines(many(50)))).toEqual([]);
  });

  it('one record changed in place: that line alone', () => {
    const next = many(50);
    next[20] = ['r20', 'edited'];
    expect(plan(lines(many(50)), lines(next))).toEqual([{ first: 21, count: 1, values: true }]);
  });

  it('records added below the old end: one block for them', () => {
    expect(plan(lines(many(50)), lines(many(53)))).toEqual([{ first: 51, count: 3, values: true }]);
  });

  it('a colour changed alone: the colours of that line only', () => {
    const old = lines(many(400));
    const next = lines(many(400));
    (next.colours as string[])[4] = RED;
    expect(plan(old, next)).toEqual([{ first: 4, count: 1, values: false }]);
  });

  it('neighbouring changed lines make one block; values and colour-only lines are separate blocks', () => {
    const next = many(400);
    next[2] = ['r2', 'x'];
    next[3] = ['r3', 'y'];
    const n = lines(next);
    (n.colours as string[])[6] = RED;
    expect(plan(lines(many(400)), n)).toEqual([
      { first: 3, count: 2, values: true },
      { first: 6, count: 1, values: false },
    ]);
  });

  it('a record gone (the lines below move up): whole', () => {
    const next = many(50);
    next.splice(10, 1);
    expect(plan(lines(many(50)), lines([...next, ['new', 'n']]))).toBe('whole');
  });

  it('fewer lines than before (a tail to blank): whole', () => {
    expect(plan(lines(many(50)), lines(many(49)))).toBe('whole');
  });

  it('blank white lines below the ledger (read for a note right of it): not a tail, nothing to write', () => {
    const old = lines(many(20));
    const below = { cells: [...old.cells, ['', '', ''], ['', '', '']], colours: [...old.colours, WHITE, WHITE] };
    expect(plan(below, lines(many(20)))).toEqual([]);
    expect(plan({ ...below, colours: [...old.colours, WHITE, RED] }, lines(many(20)))).toBe('whole');
  });

  it('the header changed: whole', () => {
    const next = lines(many(5));
    (next.cells[0] as string[])[1] = 'renamed';
    expect(plan(lines(many(5)), next)).toBe('whole');
  });

  it('a blank line filled by a record is written in place; a line under another key is not', () => {
    const old = many(5);
    old[2] = ['', ''];
    expect(plan(lines(old), lines(many(5)))).toEqual([{ first: 3, count: 1, values: true }]);
    const moved = many(5);
    moved[2] = ['other', 'text 2'];
    expect(plan(lines(many(5)), lines(moved))).toBe('whole');
  });

  it("staff's columns right of the ledger's are neither compared nor written", () => {
    const old = lines(many(5));
    const wide = { cells: old.cells.map((l) => [...l, 'staff note']), colours: old.colours };
    expect(plan(wide, lines(many(5)))).toEqual([]);
  });

  it('a small ledger with two changes far apart: one rewrite is cheaper than two blocks', () => {
    const next = many(10);
    next[1] = ['r1', 'x'];
    next[8] = ['r8', 'y'];
    expect(plan(lines(many(10)), lines(next))).toBe('whole');
  });

  it('changes on most lines, scattered: one rewrite costs less than hundreds of blocks', () => {
    const next = many(400).map(([k, t], i): [string, string] => (i % 2 === 0 ? [k, `${t} edited`] : [k, t]));
    expect(plan(lines(many(400)), lines(next))).toBe('whole');
    const few = many(400).map(([k, t], i): [string, string] => (i % 100 === 0 ? [k, `${t} edited`] : [k, t]));
    expect(plan(lines(many(400)), lines(few))).toHaveLength(4);
  });
});
