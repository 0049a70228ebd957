/**
 * A sheet's cells: a sparse grid (row → column → cell) that grows as it is written, and the
 * conversions Sheets applies to what a script writes.
 */
import type { Box } from './a1';
import { isDate } from './core';
import type { LinkSpan } from './rich-text';

/** What the fakes store per cell; absent fields are the Sheets defaults. */
export interface Cell {
  /** '' (empty), a number, a boolean, a string or a Date (stored as a Date of this realm). */
  value: unknown;
  /** "=..." when the cell holds a formula; value is then its computed value. */
  formula?: string;
  /** The cell's links over its text (Insert > Link, setRichTextValue, or a HYPERLINK formula). */
  links?: LinkSpan[];
  note?: string;
  background?: string;
  fontWeight?: 'bold' | 'normal';
  numberFormat?: string;
  wrap?: boolean;
  /** A DataValidation fake. */
  validation?: unknown;
  /** Other formatting calls (font colour, alignment, borders ...), by method name. */
  style?: Record<string, unknown>;
}

export const DEFAULT_BACKGROUND = '#ffffff';

export class Grid {
  private readonly rows = new Map<number, Map<number, Cell>>();
  private extent: { lastRow: number; lastColumn: number } | undefined;

  get(row: number, column: number): Cell | undefined {
    return this.rows.get(row)?.get(column);
  }

  ensure(row: number, column: number): Cell {
    let line = this.rows.get(row);
    if (!line) this.rows.set(row, (line = new Map()));
    let cell = line.get(column);
    if (!cell) line.set(column, (cell = { value: '' }));
    return cell;
  }

  /** Call after changing values or formulas (getLastRow is cached). */
  touched(): void {
    this.extent = undefined;
  }

  private measure(): { lastRow: number; lastColumn: number } {
    if (!this.extent) {
      let lastRow = 0;
      let lastColumn = 0;
      for (const [r, line] of this.rows) {
        for (const [c, cell] of line) {
          if (hasContent(cell)) {
            if (r > lastRow) lastRow = r;
            if (c > lastColumn) lastColumn = c;
          }
        }
      }
      this.extent = { lastRow, lastColumn };
    }
    return this.extent;
  }

  /** The last row with a value or formula; 0 for an empty sheet (as Sheet.getLastRow). */
  lastRow(): number {
    return this.measure().lastRow;
  }

  lastColumn(): number {
    return this.measure().lastColumn;
  }

  /** Visits every stored cell inside the box. */
  forEachIn(box: Box, visit: (cell: Cell, row: number, column: number) => void): void {
    for (let r = box.row; r < box.row + box.numRows; r++) {
      const line = this.rows.get(r);
      if (!line) continue;
      for (let c = box.column; c < box.column + box.numColumns; c++) {
        const cell = line.get(c);
        if (cell) visit(cell, r, c);
      }
    }
  }

  /** Inserts `count` empty rows after `after`: cells below move down. */
  insertRows(after: number, count: number): void {
    const moved = [...this.rows.entries()].filter(([r]) => r > after).sort(([a], [b]) => b - a);
    for (const [r, line] of moved) {
      this.rows.delete(r);
      this.rows.set(r + count, line);
    }
    this.touched();
  }

  /** Inserts `count` empty columns after `after`: cells to the right move right. */
  insertColumns(after: number, count: number): void {
    for (const [r, line] of this.rows) {
      const next = new Map<number, Cell>();
      for (const [c, cell] of line) next.set(c > after ? c + count : c, cell);
      this.rows.set(r, next);
    }
    this.touched();
  }

  /**
   * Sheet.moveColumns: the `count` columns from `first` go before column `destination` (counted before the move);
   * the columns between shift to fill the gap. Whole cells move, with their formats and notes.
   */
  moveColumns(first: number, count: number, destination: number): void {
    const last = first + count - 1;
    if (destination >= first && destination <= last + 1) return;
    const to = (c: number): number => {
      if (destination > last) {
        if (c >= first && c <= last) return destination - count + (c - first);
        return c > last && c < destination ? c - count : c;
      }
      if (c >= first && c <= last) return destination + (c - first);
      return c >= destination && c < first ? c + count : c;
    };
    for (const [r, line] of this.rows) {
      const next = new Map<number, Cell>();
      for (const [c, cell] of line) next.set(to(c), cell);
      this.rows.set(r, next);
    }
    this.touched();
  }

  /**
   * Reorders the rows of a box (Range.sort): row `order[i]` of the box becomes its row i. Whole cells move,
   * values with their formats and notes, within the box's columns only.
   */
  permuteRows(box: Box, order: readonly number[]): void {
    const taken = order.map((r) => {
      const line = this.rows.get(box.row + r);
      const cells = new Map<number, Cell>();
      for (let c = box.column; c < box.column + box.numColumns; c++) {
        const cell = line?.get(c);
        if (cell) cells.set(c, cell);
        line?.delete(c);
      }
      return cells;
    });
    taken.forEach((cells, i) => {
      const row = box.row + i;
      let line = this.rows.get(row);
      if (!line) this.rows.set(row, (line = new Map()));
      for (const [c, cell] of cells) line.set(c, cell);
    });
    this.touched();
  }

  /** Deletes `count` rows from `first`: cells below move up. */
  deleteRows(first: number, count: number): void {
    const entries = [...this.rows.entries()];
    this.rows.clear();
    for (const [r, line] of entries) {
      if (r < first) this.rows.set(r, line);
      else if (r >= first + count) this.rows.set(r - count, line);
    }
    this.touched();
  }
}

export function hasContent(cell: Cell): boolean {
  return cell.formula !== undefined || (cell.value !== '' && cell.value !== null && cell.value !== undefined);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Sheets stores for a value a script writes with setValue(s):
 * "=..." becomes a formula, "'..." literal text (the apostrophe dropped), numeric text a number,
 * TRUE/FALSE booleans (unless the cell's number format is plain text "@"), null ''.
 * Dates, numbers and booleans are kept. Date-like text is NOT parsed here (locale-dependent in Sheets).
 */
export function interpretInput(
  input: unknown,
  numberFormat: string | undefined,
): { value: unknown; formula?: string; link?: string } {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (isDate(input)) return { value: new Date(input.getTime()) };
  const text = typeof input === 'string' ? input : String(input);
  if (text.length > 1 && text.startsWith('=')) return { formula: text, ...computeFormula(text) };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (numberFormat === '@') return { value: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  return { value: text };
}

/** =HYPERLINK("url", "label") → { url, label } (label defaults to the url). */
export function parseHyperlink(formula: string): { url: string; label: string } | undefined {
  const m = /^=\s*HYPERLINK\s*\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i.exec(formula);
  if (!m) return undefined;
  const url = m[1].replace(/""/g, '"');
  return { url, label: m[2] === undefined ? url : m[2].replace(/""/g, '"') };
}

/**
 * The value of a formula the script wrote. The fake evaluates only what it can without a
 * spreadsheet engine: HYPERLINK, a quoted text and a number. Anything else computes to '' —
 * seed real computed values with sheet._setFormula(row, col, formula, computedValue).
 */
export function computeFormula(formula: string): { value: unknown; link?: string } {
  const link = parseHyperlink(formula);
  if (link) return { value: link.label, link: link.url };
  const text = /^=\s*"((?:[^"]|"")*)"\s*$/.exec(formula);
  if (text) return { value: text[1].replace(/""/g, '"') };
  const num = /^=\s*([+-]?\d+(\.\d+)?)\s*$/.exec(formula);
  if (num) return { value: Number(num[1]) };
  return { value: '' };
}

/** Named colours Apps Script normalises (getBackground answers hex). */
const NAMED_COLOURS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
};

export function normaliseColour(colour: string | null | undefined): string {
  if (colour === null || colour === undefined || colour === '') return DEFAULT_BACKGROUND;
  const c = colour.trim().toLowerCase();
  if (NAMED_COLOURS[c]) return NAMED_COLOURS[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}
