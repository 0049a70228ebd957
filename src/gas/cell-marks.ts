import type { Finding } from '../core/findings';

/**
 * Findings shown on the cells: a note and a background colour. Staff formatting is kept:
 * our note is a marked section appended to any note staff wrote, and the background we
 * replace is remembered (in the marks sheet) and put back when the finding goes away.
 */
export const ERROR_BACKGROUND = '#f4cccc';
export const WARNING_BACKGROUND = '#fff2cc';
export const NOTE_MARKER = '⚠ ผลการตรวจสอบ ITA:';

/** A remembered mark: which cell, and the background it had before we coloured it. */
export interface Mark {
  sheet: string;
  row: number;
  column: number;
  originalBackground: string;
}

export interface Block {
  /** 1-based sheet row and column of the block's top-left cell. */
  top: number;
  left: number;
  backgrounds: string[][];
  notes: string[][];
}

const isMarkColour = (bg: string) => {
  const c = bg.toLowerCase();
  return c === ERROR_BACKGROUND || c === WARNING_BACKGROUND;
};

export function stripOurNote(note: string): string {
  const at = note.indexOf(NOTE_MARKER);
  return at === -1 ? note : note.slice(0, at).replace(/\s+$/, '');
}

/**
 * Clears our previous marks from a block and applies the new findings.
 * Returns the new marks and whether anything changed (no change = no write: re-runs are free).
 */
export function remarkBlock(
  sheet: string,
  block: Block,
  findings: readonly Finding[],
  previous: readonly Mark[],
): { block: Block; marks: Mark[]; changed: boolean } {
  const rows = block.backgrounds.length;
  const cols = rows ? block.backgrounds[0].length : 0;
  const inBlock = (r: number, c: number) =>
    r >= block.top && r < block.top + rows && c >= block.left && c < block.left + cols;
  const backgrounds = block.backgrounds.map((r) => [...r]);
  const notes = block.notes.map((r) => [...r]);

  const remembered = new Map<string, string>();
  for (const m of previous) if (m.sheet === sheet) remembered.set(`${m.row},${m.column}`, m.originalBackground);

  // 1. Take our old marks off: strip our note; restore the background only where it is still ours.
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const hadOurNote = notes[r][c].includes(NOTE_MARKER);
      notes[r][c] = stripOurNote(notes[r][c]);
      const key = `${block.top + r},${block.left + c}`;
      if (isMarkColour(backgrounds[r][c]) && (remembered.has(key) || hadOurNote)) {
        backgrounds[r][c] = remembered.get(key) ?? '#ffffff';
      }
    }
  }

  // 2. Put the new ones on, one note per cell listing all its findings, errors first.
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.sheet !== sheet || f.row === 0 || f.column === 0 || !inBlock(f.row, f.column)) continue;
    const key = `${f.row},${f.column}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  const marks: Mark[] = [];
  for (const [key, list] of byCell) {
    const [row, column] = key.split(',').map(Number);
    const r = row - block.top;
    const c = column - block.left;
    list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    marks.push({ sheet, row, column, originalBackground: backgrounds[r][c] });
    backgrounds[r][c] = list[0].severity === 'error' ? ERROR_BACKGROUND : WARNING_BACKGROUND;
    const ours = `${NOTE_MARKER}\n${list.map((f) => `• ${f.severity === 'error' ? 'ข้อผิดพลาด' : 'คำเตือน'}: ${f.messageTh}`).join('\n')}`;
    notes[r][c] = notes[r][c] ? `${notes[r][c]}\n\n${ours}` : ours;
  }

  const changed =
    backgrounds.some((row, r) => row.some((v, c) => v !== block.backgrounds[r][c])) ||
    notes.some((row, r) => row.some((v, c) => v !== block.notes[r][c]));
  return { block: { ...block, backgrounds, notes }, marks, changed };
}
