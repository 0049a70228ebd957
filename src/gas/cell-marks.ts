import type { Finding } from '../core/findings';
import type { CellKeyOf } from './mark-keys';

/**
 * Findings shown on the cells: a note and a background colour, planned in memory (no service call here).
 * Staff formatting is kept: our note is a marked section appended after any note staff wrote (lines they add
 * below it are kept too), and the background we replace is remembered twice, by the cell's identity:
 *  - in our note section's last line "(สีพื้นเดิม #rrggbb)": the note moves with the cell on insert, delete,
 *    sort, cut and paste, so it needs no key at all;
 *  - in the marks sheet, by row key + column header (src/gas/mark-keys.ts), for when staff delete our note.
 * A cell is un-marked only while it still shows our mark. When neither memory knows its colour, a cell with
 * our note section goes back to no fill; a cell in our colour without our note is left as it is (it may be
 * staff's own colour: #f4cccc and #fff2cc are in Sheets' palette).
 */
export const ERROR_BACKGROUND = '#f4cccc';
export const WARNING_BACKGROUND = '#fff2cc';
export const NOTE_MARKER = '⚠ ผลการตรวจสอบ ITA:';
/** What getBackgrounds answers for a cell with no fill; we write null (no fill) in its place. */
export const NO_FILL = '#ffffff';

/** Our section's last line: the colour the cell had. The section ends there; staff may write below it. */
const ORIGINAL_LINE = /\n\(สีพื้นเดิม (#[0-9a-f]{6})\)[^\S\n]*(?:\n|$)/i;

export const isMarkColour = (bg: string): boolean => {
  const c = bg.toLowerCase();
  return c === ERROR_BACKGROUND || c === WARNING_BACKGROUND;
};

export const isColour = (s: string): boolean => /^#[0-9a-f]{6}$/i.test(s);

/** Where our first section is in a note: from our marker to its colour line, or to the end without one (older versions). */
function ourSpan(note: string): { start: number; end: number; original?: string } | undefined {
  const start = note.indexOf(NOTE_MARKER);
  if (start === -1) return undefined;
  const m = ORIGINAL_LINE.exec(note.slice(start));
  return m ? { start, end: start + m.index + m[0].length, original: m[1].toLowerCase() } : { start, end: note.length };
}

/** The note without our sections: staff's text above them, and any they added below. */
export function stripOurNote(note: string): string {
  const parts: string[] = [];
  let rest = note;
  for (let span = ourSpan(rest); span; span = ourSpan(rest)) {
    parts.push(rest.slice(0, span.start));
    rest = rest.slice(span.end);
  }
  if (parts.length === 0) return note;
  const last = parts.length;
  return [...parts, rest]
    .map((t, i) => (i === 0 ? t.replace(/\s+$/, '') : i === last ? t.replace(/^\s+/, '') : t.trim()))
    .filter((t) => t !== '')
    .join('\n');
}

/** The background our note section says the cell had, if the section is intact. */
export function noteOriginal(note: string): string | undefined {
  return ourSpan(note)?.original;
}

function ourSection(list: Finding[], original: string): string {
  const lines = list.map((f) => `• ${f.severity === 'error' ? 'ข้อผิดพลาด' : 'คำเตือน'}: ${f.messageTh}`);
  return `${NOTE_MARKER}\n${lines.join('\n')}\n(สีพื้นเดิม ${original})`;
}

export interface Block {
  /** 1-based sheet row and column of the block's top-left cell. */
  top: number;
  left: number;
  backgrounds: string[][];
  notes: string[][];
}

export interface Remarked {
  /** Final backgrounds; null = no fill. */
  backgrounds: (string | null)[][];
  /** Notes to write BEFORE the backgrounds: new marks' sections added, old ones still there. */
  notesFirst: string[][];
  /** Final notes, written after the backgrounds. */
  notes: string[][];
  /** Memory to hold while the cells are written: every cell un-marked or marked now, key → original. */
  during: Map<string, { original: string; column: number }>;
  /** Memory once written: the cells marked now. */
  after: Map<string, { original: string; column: number }>;
}

/**
 * Takes our previous marks off a block and puts the current findings on. `memory` is the marks sheet
 * (key → original background); `keyOf` gives each cell's identity.
 */
export function remarkBlock(
  block: Block,
  findings: readonly Finding[],
  keyOf: CellKeyOf,
  memory: ReadonlyMap<string, string>,
): Remarked {
  const rows = block.backgrounds.length;
  const cols = rows ? block.backgrounds[0].length : 0;
  const backgrounds: (string | null)[][] = [];
  const notes: string[][] = [];
  const during: Remarked['during'] = new Map();
  const after: Remarked['after'] = new Map();

  // 1. Take our old marks off: our note section always; the background only where it still shows our mark.
  for (let r = 0; r < rows; r++) {
    backgrounds.push([]);
    notes.push([]);
    for (let c = 0; c < cols; c++) {
      const note = block.notes[r][c];
      const bg = block.backgrounds[r][c].toLowerCase();
      let base: string = bg;
      if (isMarkColour(bg)) {
        // Keys are worked out only for cells in our colours: few, whatever the sheet's size.
        const key = keyOf(block.top + r, block.left + c);
        const remembered = key === undefined ? undefined : memory.get(key);
        const hasOurNote = note.includes(NOTE_MARKER);
        if (hasOurNote || remembered !== undefined) {
          base = (hasOurNote ? noteOriginal(note) : undefined) ?? remembered ?? NO_FILL;
          if (key !== undefined) during.set(key, { original: base, column: block.left + c });
        }
      }
      backgrounds[r].push(base === NO_FILL ? null : base);
      notes[r].push(stripOurNote(note));
    }
  }
  const notesFirst = block.notes.map((line) => [...line]);

  // 2. Put the new ones on, one note section per cell listing all its findings, errors first.
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const r = f.row - block.top;
    const c = f.column - block.left;
    if (f.row === 0 || f.column === 0 || r < 0 || r >= rows || c < 0 || c >= cols) continue;
    const at = `${r},${c}`;
    byCell.set(at, [...(byCell.get(at) ?? []), f]);
  }
  for (const [at, list] of byCell) {
    const [r, c] = at.split(',').map(Number);
    list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    const original = backgrounds[r][c] ?? NO_FILL;
    const key = keyOf(block.top + r, block.left + c);
    if (key !== undefined) {
      during.set(key, { original, column: block.left + c });
      after.set(key, { original, column: block.left + c });
    }
    backgrounds[r][c] = list[0].severity === 'error' ? ERROR_BACKGROUND : WARNING_BACKGROUND;
    const ours = ourSection(list, original);
    notes[r][c] = notes[r][c] ? `${notes[r][c]}\n\n${ours}` : ours;
    notesFirst[r][c] = notes[r][c];
  }
  return { backgrounds, notesFirst, notes, during, after };
}

/**
 * Rows of unchanged cells worth rewriting to save a call: a write call costs about as much as 20–60 written
 * cells (3–20 ms against 0.15–0.3 ms a cell, src/core/cost-model.ts), so two changed runs closer than this many
 * cells apart are written as one.
 */
export const MERGE_GAP_CELLS = 40;

/**
 * The rectangles (0-based, inclusive) covering the cells where two grids differ: one per run of nearby rows
 * that differ (see MERGE_GAP_CELLS), spanning the columns that differ in that run.
 */
export function changedBoxes<T, U>(
  a: readonly (readonly T[])[],
  b: readonly (readonly U[])[],
  same: (x: T, y: U) => boolean,
): { top: number; bottom: number; left: number; right: number }[] {
  const boxes: { top: number; bottom: number; left: number; right: number }[] = [];
  let open: (typeof boxes)[number] | undefined;
  a.forEach((line, r) => {
    let left = -1;
    let right = -1;
    line.forEach((v, c) => {
      if (same(v, b[r][c])) return;
      if (left === -1) left = c;
      right = c;
    });
    if (left === -1) return;
    const gapCells = open
      ? (r - open.bottom - 1) * (Math.max(open.right, right) - Math.min(open.left, left) + 1)
      : Infinity;
    if (open && gapCells <= MERGE_GAP_CELLS) {
      open.bottom = r;
      open.left = Math.min(open.left, left);
      open.right = Math.max(open.right, right);
    } else boxes.push((open = { top: r, bottom: r, left, right }));
  });
  return boxes;
}
