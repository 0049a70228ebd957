/**
 * Re-marks rows of the data sheets, in an order that a run stopped after any write leaves repairable:
 *   1. the marks sheet, holding the memory of every cell about to be marked or un-marked;
 *   2. the notes of newly marked cells (their section carries the original background too);
 *   3. the backgrounds;
 *   4. the notes of un-marked cells (our section removed);
 *   5. the marks sheet again, trimmed to the cells marked now.
 * At every point a cell in our colour still has our note section or a memory entry, so the next run
 * restores or completes it. Each sheet costs two reads and at most three writes, whatever its size;
 * only the rows that change are written.
 */
import type { Finding } from '../core/findings';
import type { SheetData } from '../core/workbook';
import { changedBoxes, NO_FILL, NOTE_MARKER, remarkBlock, type Block, type Remarked } from './cell-marks';
import { cellKeysOf, joinKey, splitKey, UNKEYED_ROW_KEY, type SheetKeys } from './mark-keys';
import { memoryIntact, saveMarks, type MarkMemory } from './marks-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Entries = MarkMemory['entries'];

export interface SheetPlan extends Remarked {
  sheet: Sheet;
  block: Block;
  width: number;
  /** Whether a memory entry is about a cell of the block: the plan's entries replace it. */
  covers: (key: string) => boolean;
}

/**
 * Reads rows [first, last] of one sheet (two reads) and plans their marks. Only the columns where marks are
 * (findings now) or were (the memory, by header and by last-seen column) are read, unless the memory is
 * missing or damaged: then every column in use, so a mark only our note remembers is still found.
 */
export function planRows(
  sheet: Sheet,
  name: string,
  data: SheetData | undefined,
  findings: readonly Finding[],
  memory: MarkMemory,
  first: number,
  last: number,
  /** The sheet's cell keys when the caller has them already (onEdit): building them walks every row. */
  keys: SheetKeys = cellKeysOf(name, data),
): SheetPlan | undefined {
  const own = findings.filter((f) => f.sheet === name);
  const maxColumns = sheet.getMaxColumns();
  let left = Infinity;
  let right = 0;
  const reach = (c: number | undefined) => {
    if (c === undefined || c < 1 || c > maxColumns) return;
    left = Math.min(left, c);
    right = Math.max(right, c);
  };
  for (const f of own) if (f.row >= first && f.row <= last) reach(f.column);
  for (const [key, e] of memory.entries) {
    const at = splitKey(key);
    if (at.sheet !== name) continue;
    reach(e.column);
    reach(keys.columnOf(at.column));
  }
  for (const m of memory.legacy) if (m.sheet === name) reach(m.column);
  // Every column when the memory cannot say where our marks are: a missing or damaged one, or onEdit's, which
  // holds the edited rows' new keys only (a paste that changed a row id leaves marks the old id remembers; the
  // notes show them).
  if (!memoryIntact(memory) || memory.partial) {
    reach(1);
    reach(Math.min(sheet.getLastColumn(), maxColumns));
  }
  if (last < first || right === 0) return undefined;
  const width = right - left + 1;
  const range = sheet.getRange(first, left, last - first + 1, width);
  const block: Block = { top: first, left, backgrounds: range.getBackgrounds(), notes: range.getNotes() };
  const { keyOf, rowKeyOf } = keys;
  // The block spans every column that has or had a mark, so a row key seen in it covers all of that row's entries.
  const rowKeys = new Set<string>();
  for (let r = first; r <= last; r++) {
    const key = rowKeyOf(r);
    if (key !== undefined) rowKeys.add(key);
  }
  // A full run plans every row from the top: it sees every mark of its columns, so it decides the columns' lines
  // for marks without identity (below); onEdit sees some rows only and keeps them.
  const whole = first === 1;
  const covers = (key: string) => {
    const at = splitKey(key);
    return at.sheet === name && (rowKeys.has(at.row) || (whole && at.row === UNKEYED_ROW_KEY));
  };
  const originals = new Map([...memory.entries].map(([k, e]) => [k, e.original]));
  for (const m of memory.legacy) {
    const key = m.sheet === name ? keyOf(m.row, m.column) : undefined;
    if (key !== undefined && !originals.has(key)) originals.set(key, m.original);
  }
  const remarked = remarkBlock(block, own, keyOf, originals);
  rememberUnkeyed(block, remarked, keys, name);
  return { ...remarked, sheet, block, width, covers };
}

/**
 * A mark on a cell without identity (its row key blank or used twice, its header blank or repeated) has no memory
 * line, only its note: one line per column holding such marks (row part UNKEYED_ROW_KEY) keeps that column read by
 * the next runs, which only read where marks are or were, until a full run finds none left in it.
 */
function rememberUnkeyed(block: Block, remarked: Remarked, keys: SheetKeys, name: string): void {
  // onEdit loads these lines whenever it loads any (on-edit.ts), so writing them never makes a line twice.
  block.notes.forEach((line, r) =>
    line.forEach((note, c) => {
      const now = remarked.notes[r][c].includes(NOTE_MARKER);
      if (!now && !note.includes(NOTE_MARKER)) return;
      const column = block.left + c;
      if (keys.keyOf(block.top + r, column) !== undefined) return;
      const key = joinKey(name, UNKEYED_ROW_KEY, keys.columnPartOf(column) ?? `#${column}`);
      const entry = { original: NO_FILL, column };
      remarked.during.set(key, entry);
      if (now) remarked.after.set(key, entry);
    }),
  );
}

/** Writes the plans in the order above; `kept` are memory entries outside every plan. */
export function applyPlans(ss: Spreadsheet, memory: MarkMemory, plans: readonly SheetPlan[], kept: Entries): void {
  const merge = (pick: (p: SheetPlan) => Entries) => {
    const all: Entries = new Map(kept);
    for (const p of plans) for (const [k, v] of pick(p)) all.set(k, v);
    return all;
  };
  saveMarks(
    ss,
    memory,
    merge((p) => p.during),
  );
  for (const p of plans) {
    write(
      p,
      p.notesFirst,
      p.block.notes,
      (x, y) => x === y,
      (range, v) => range.setNotes(v),
    );
    write(
      p,
      p.backgrounds,
      p.block.backgrounds,
      (x, y) => (x ?? NO_FILL) === y.toLowerCase(),
      (range, v) => range.setBackgrounds(v),
    );
    write(
      p,
      p.notes,
      p.notesFirst,
      (x, y) => x === y,
      (range, v) => range.setNotes(v),
    );
  }
  saveMarks(
    ss,
    memory,
    merge((p) => p.after),
  );
}

/** Memory entries the plans do not cover (other rows, other sheets). */
export function entriesOutside(
  memory: MarkMemory,
  plans: readonly SheetPlan[],
  covered: (key: string) => boolean,
): Entries {
  const kept: Entries = new Map();
  for (const [k, v] of memory.entries) if (!covered(k) && !plans.some((p) => p.covers(k))) kept.set(k, v);
  return kept;
}

/**
 * Writes only the cells that change: each run of consecutive changed rows is one call over the columns that
 * change in it, so k scattered changes cost O(k) cells, and a run with nothing to change writes nothing.
 */
function write<T, U>(
  plan: SheetPlan,
  next: T[][],
  before: readonly (readonly U[])[],
  same: (x: T, y: U) => boolean,
  set: (range: GoogleAppsScript.Spreadsheet.Range, values: T[][]) => void,
): void {
  for (const box of changedBoxes(next, before, same)) {
    const rows = next.slice(box.top, box.bottom + 1).map((line) => line.slice(box.left, box.right + 1));
    set(plan.sheet.getRange(plan.block.top + box.top, plan.block.left + box.left, rows.length, rows[0].length), rows);
  }
}
