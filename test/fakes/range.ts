/** Range: a rectangle of one sheet's grid. 1-based rows and columns, as Apps Script. */
import { a1Of, contains, intersects, type Box } from './a1';
import { Fake, gas, isArray, isDate } from './core';
import { FakeDataValidation } from './data-validation';
import { displayText } from './format';
import { DEFAULT_BACKGROUND, normaliseColour, type Cell } from './grid';
import { FakeProtection } from './protection';
import { FakeRichTextValue } from './rich-text';
import type { FakeSheet } from './sheet';
import { sortRows, type SortSpec } from './sort';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GRichText = GoogleAppsScript.Spreadsheet.RichTextValue;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

export class FakeRange extends Fake implements Partial<GRange> {
  readonly _sheet: FakeSheet;
  readonly _box: Box;

  constructor(sheet: FakeSheet, box: Box) {
    super(sheet._env, 'Range');
    this._sheet = sheet;
    this._box = { ...box };
  }

  // ---- position -------------------------------------------------------------------------

  getRow(): number {
    return this._box.row;
  }

  getColumn(): number {
    return this._box.column;
  }

  getNumRows(): number {
    return this._box.numRows;
  }

  getNumColumns(): number {
    return this._box.numColumns;
  }

  getHeight(): number {
    return this._box.numRows;
  }

  getWidth(): number {
    return this._box.numColumns;
  }

  getLastRow(): number {
    return this._box.row + this._box.numRows - 1;
  }

  getLastColumn(): number {
    return this._box.column + this._box.numColumns - 1;
  }

  getA1Notation(): string {
    return a1Of(this._box);
  }

  getSheet(): GSheet {
    return gas<GSheet>(this._sheet);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    return this._sheet.getRange(
      this._box.row + rowOffset,
      this._box.column + columnOffset,
      numRows ?? this._box.numRows,
      numColumns ?? this._box.numColumns,
    );
  }

  activate(): GRange {
    this._sheet._spreadsheet._activate(this._sheet, this);
    return this._as<GRange>();
  }

  // ---- helpers --------------------------------------------------------------------------

  /** Runs `read` for every cell of the range, row by row (undefined for never-written cells). */
  _map<T>(read: (cell: Cell | undefined, row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this._box;
    const grid = this._sheet._grid;
    const out: T[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const line: T[] = new Array(numColumns);
      for (let c = 0; c < numColumns; c++) line[c] = read(grid.get(row + r, column + c), row + r, column + c);
      out[r] = line;
    }
    return out;
  }

  /** Writes `write(cell, r, c)` (0-based within the range) into every cell. */
  _each(write: (cell: Cell, r: number, c: number) => void): void {
    const { row, column, numRows, numColumns } = this._box;
    const grid = this._sheet._grid;
    for (let r = 0; r < numRows; r++)
      for (let c = 0; c < numColumns; c++) write(grid.ensure(row + r, column + c), r, c);
    grid.touched();
  }

  /** Apps Script's check of a 2D argument: an array of arrays of the range's exact size. */
  _checkData(data: unknown, method: string): unknown[][] {
    if (!isArray(data) || data.some((row) => !isArray(row))) {
      throw this._env.exception(
        `The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const rows = data as unknown[][];
    const { numRows, numColumns } = this._box;
    if (rows.length !== numRows) {
      throw this._env.exception(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${numRows}.`,
      );
    }
    for (const row of rows) {
      if (row.length !== numColumns) {
        throw this._env.exception(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`,
        );
      }
    }
    return rows;
  }

  /** Inside a merge but not its top-left cell: Sheets shows (and returns) nothing there. */
  _hiddenByMerge(row: number, column: number): boolean {
    const merges = this._sheet._merges;
    if (merges.length === 0) return false;
    return merges.some(
      (m) =>
        row >= m.row &&
        row < m.row + m.numRows &&
        column >= m.column &&
        column < m.column + m.numColumns &&
        (row !== m.row || column !== m.column),
    );
  }

  _valueOf(cell: Cell | undefined, row: number, column: number): unknown {
    if (!cell || this._hiddenByMerge(row, column)) return '';
    const v = cell.value;
    return isDate(v) ? this._env.date(v.getTime()) : v;
  }

  _writeValue(cell: Cell, input: unknown): void {
    this._sheet._write(cell, input);
  }

  // ---- values ---------------------------------------------------------------------------

  /** '' for empty cells, numbers as numbers, Dates for dates, a formula's computed value. */
  getValues(): unknown[][] {
    return this._env.grid(this._map((cell, r, c) => this._valueOf(cell, r, c)));
  }

  getValue(): unknown {
    return this._valueOf(this._sheet._grid.get(this._box.row, this._box.column), this._box.row, this._box.column);
  }

  getDisplayValues(): string[][] {
    const tz = this._sheet._spreadsheet._timeZone;
    return this._env.grid(
      this._map((cell, r, c) =>
        cell && !this._hiddenByMerge(r, c) ? displayText(cell.value, cell.numberFormat, tz) : '',
      ),
    );
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  setValues(values: unknown[][]): GRange {
    const rows = this._checkData(values, 'setValues');
    for (const row of rows) for (const v of row) this._checkCellSize(v);
    this._each((cell, r, c) => this._writeValue(cell, rows[r][c]));
    return this._as<GRange>();
  }

  /** Sets every cell of the range to the value. */
  setValue(value: unknown): GRange {
    this._checkCellSize(value);
    this._each((cell) => this._writeValue(cell, value));
    return this._as<GRange>();
  }

  /** Sheets refuses a cell of more than 50,000 characters, before writing anything. */
  _checkCellSize(value: unknown): void {
    if (typeof value === 'string' && value.length > 50_000)
      throw this._env.exception('Your input contains more than the maximum of 50000 characters in a single cell.');
  }

  getFormulas(): string[][] {
    return this._env.grid(this._map((cell) => cell?.formula ?? ''));
  }

  getFormula(): string {
    return this._sheet._grid.get(this._box.row, this._box.column)?.formula ?? '';
  }

  setFormulas(formulas: string[][]): GRange {
    const rows = this._checkData(formulas, 'setFormulas');
    this._each((cell, r, c) => this._writeValue(cell, rows[r][c]));
    return this._as<GRange>();
  }

  setFormula(formula: string): GRange {
    return this.setValue(formula);
  }

  /** Clears values and formulas; keeps formats, notes and validation. */
  clearContent(): GRange {
    this._sheet._grid.forEachIn(this._box, (cell) => {
      cell.value = '';
      delete cell.formula;
      delete cell.links;
    });
    this._sheet._grid.touched();
    return this._as<GRange>();
  }

  clearFormat(): GRange {
    this._sheet._grid.forEachIn(this._box, (cell) => {
      delete cell.background;
      delete cell.fontWeight;
      delete cell.numberFormat;
      delete cell.wrap;
      delete cell.style;
    });
    return this._as<GRange>();
  }

  clearNote(): GRange {
    this._sheet._grid.forEachIn(this._box, (cell) => delete cell.note);
    return this._as<GRange>();
  }

  clearDataValidations(): GRange {
    this._sheet._grid.forEachIn(this._box, (cell) => delete cell.validation);
    return this._as<GRange>();
  }

  /** Without options: contents and formats (notes and validation stay). */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): GRange {
    const o = options ?? {};
    const only = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    if (!only || o.contentsOnly) this.clearContent();
    if (!only || o.formatOnly) this.clearFormat();
    if (o.commentsOnly) this.clearNote();
    if (o.validationsOnly) this.clearDataValidations();
    return this._as<GRange>();
  }

  /** Sorts the range's rows by sheet column(s): 2, { column: 2, ascending: false } or a list. */
  sort(sortSpecObj: SortSpec): GRange {
    sortRows(this._sheet._grid, this._box, sortSpecObj, (m) => this._env.exception(m));
    return this._as<GRange>();
  }

  // ---- notes, backgrounds, fonts, formats ---------------------------------------------------

  getNotes(): string[][] {
    return this._env.grid(this._map((cell) => cell?.note ?? ''));
  }

  getNote(): string {
    return this._sheet._grid.get(this._box.row, this._box.column)?.note ?? '';
  }

  setNotes(notes: (string | null)[][]): GRange {
    const rows = this._checkData(notes, 'setNotes');
    this._each((cell, r, c) => setNote(cell, rows[r][c]));
    return this._as<GRange>();
  }

  /** Sets the note of every cell; null or '' clears it. */
  setNote(note: string | null): GRange {
    this._each((cell) => setNote(cell, note));
    return this._as<GRange>();
  }

  /** Hex colours, lower case; '#ffffff' where none was set. */
  getBackgrounds(): string[][] {
    return this._env.grid(this._map((cell) => cell?.background ?? DEFAULT_BACKGROUND));
  }

  getBackground(): string {
    return this._sheet._grid.get(this._box.row, this._box.column)?.background ?? DEFAULT_BACKGROUND;
  }

  setBackgrounds(colors: (string | null)[][]): GRange {
    const rows = this._checkData(colors, 'setBackgrounds');
    this._each((cell, r, c) => setBackground(cell, rows[r][c] as string | null));
    return this._as<GRange>();
  }

  setBackground(color: string | null): GRange {
    this._each((cell) => setBackground(cell, color));
    return this._as<GRange>();
  }

  getFontWeights(): FontWeight[][] {
    return this._env.grid(this._map((cell) => cell?.fontWeight ?? 'normal'));
  }

  getFontWeight(): FontWeight {
    return this._sheet._grid.get(this._box.row, this._box.column)?.fontWeight ?? 'normal';
  }

  setFontWeight(fontWeight: FontWeight | null): GRange {
    this._each((cell) => setFontWeight(cell, fontWeight));
    return this._as<GRange>();
  }

  setFontWeights(fontWeights: (FontWeight | null)[][]): GRange {
    const rows = this._checkData(fontWeights, 'setFontWeights');
    this._each((cell, r, c) => setFontWeight(cell, rows[r][c] as FontWeight | null));
    return this._as<GRange>();
  }

  setNumberFormat(numberFormat: string): GRange {
    this._each((cell) => (cell.numberFormat = String(numberFormat)));
    return this._as<GRange>();
  }

  setNumberFormats(numberFormats: string[][]): GRange {
    const rows = this._checkData(numberFormats, 'setNumberFormats');
    this._each((cell, r, c) => (cell.numberFormat = String(rows[r][c])));
    return this._as<GRange>();
  }

  getWraps(): boolean[][] {
    return this._env.grid(this._map((cell) => cell?.wrap ?? false));
  }

  getWrap(): boolean {
    return this._sheet._grid.get(this._box.row, this._box.column)?.wrap ?? false;
  }

  setWrap(isWrapEnabled: boolean): GRange {
    this._each((cell) => (cell.wrap = Boolean(isWrapEnabled)));
    return this._as<GRange>();
  }

  setWraps(isWrapEnabled: boolean[][]): GRange {
    const rows = this._checkData(isWrapEnabled, 'setWraps');
    this._each((cell, r, c) => (cell.wrap = Boolean(rows[r][c])));
    return this._as<GRange>();
  }

  _style(name: string, value: unknown): GRange {
    this._each((cell) => (cell.style = { ...cell.style, [name]: value }));
    return this._as<GRange>();
  }

  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    this._each((cell) => (cell.wrap = String(strategy) === 'WRAP'));
    return this._style('wrapStrategy', String(strategy));
  }

  setFontColor(color: string | null): GRange {
    return this._style('fontColor', color === null ? null : normaliseColour(color));
  }

  setFontSize(size: number): GRange {
    return this._style('fontSize', size);
  }

  setFontFamily(fontFamily: string | null): GRange {
    return this._style('fontFamily', fontFamily);
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRange {
    return this._style('horizontalAlignment', alignment);
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRange {
    return this._style('verticalAlignment', alignment);
  }

  setBorder(...args: unknown[]): GRange {
    return this._style(
      'border',
      args.map((a) => (a === null || typeof a !== 'object' ? a : String(a))),
    );
  }

  // ---- rich text ------------------------------------------------------------------------

  /** A RichTextValue for text cells ('' included); null for numbers, booleans and dates, as Apps Script. */
  getRichTextValues(): (GRichText | null)[][] {
    return this._env.grid(
      this._map((cell, r, c) => {
        const value = this._valueOf(cell, r, c);
        if (typeof value !== 'string') return null;
        return new FakeRichTextValue(this._env, value, cell?.links ?? [])._as<GRichText>();
      }),
    );
  }

  getRichTextValue(): GRichText | null {
    return this.getRichTextValues()[0][0];
  }

  setRichTextValues(values: GRichText[][]): GRange {
    const rows = this._checkData(values, 'setRichTextValues');
    this._each((cell, r, c) => setRich(cell, rows[r][c] as unknown as FakeRichTextValue));
    return this._as<GRange>();
  }

  setRichTextValue(value: GRichText): GRange {
    this._each((cell) => setRich(cell, value as unknown as FakeRichTextValue));
    return this._as<GRange>();
  }

  // ---- data validation --------------------------------------------------------------------

  getDataValidations(): (GDataValidation | null)[][] {
    return this._env.grid(this._map((cell) => (cell?.validation as GDataValidation | undefined) ?? null));
  }

  getDataValidation(): GDataValidation | null {
    return (this._sheet._grid.get(this._box.row, this._box.column)?.validation as GDataValidation | undefined) ?? null;
  }

  /** null removes the rule. */
  setDataValidation(rule: GDataValidation | null): GRange {
    checkRule(rule, this);
    this._each((cell) => {
      if (rule === null) delete cell.validation;
      else cell.validation = rule;
    });
    return this._as<GRange>();
  }

  setDataValidations(rules: (GDataValidation | null)[][]): GRange {
    const rows = this._checkData(rules, 'setDataValidations');
    for (const row of rows) for (const rule of row) checkRule(rule as GDataValidation | null, this);
    this._each((cell, r, c) => {
      const rule = rows[r][c];
      if (rule === null || rule === undefined) delete cell.validation;
      else cell.validation = rule;
    });
    return this._as<GRange>();
  }

  // ---- merges ---------------------------------------------------------------------------

  /** Merges the range: only the top-left value survives (Sheets discards the others). */
  merge(): GRange {
    const box = this._box;
    const sheet = this._sheet;
    if (sheet._merges.some((m) => intersects(m, box) && !contains(box, m))) {
      throw this._env.exception('You must select all cells in a merged range to merge or unmerge them.');
    }
    sheet._merges = sheet._merges.filter((m) => !contains(box, m));
    if (box.numRows * box.numColumns > 1) {
      sheet._merges.push({ ...box });
      sheet._grid.forEachIn(box, (cell, r, c) => {
        if (r === box.row && c === box.column) return;
        cell.value = '';
        delete cell.formula;
        delete cell.links;
      });
      sheet._grid.touched();
    }
    return this._as<GRange>();
  }

  breakApart(): GRange {
    const box = this._box;
    const sheet = this._sheet;
    if (sheet._merges.some((m) => intersects(m, box) && !contains(box, m))) {
      throw this._env.exception('You must select all cells in a merged range to merge or unmerge them.');
    }
    sheet._merges = sheet._merges.filter((m) => !contains(box, m));
    return this._as<GRange>();
  }

  isPartOfMerge(): boolean {
    return this._sheet._merges.some((m) => intersects(m, this._box));
  }

  getMergedRanges(): GRange[] {
    return this._env.list(
      this._sheet._merges
        .filter((m) => intersects(m, this._box))
        .map((m) => gas<GRange>(new FakeRange(this._sheet, m))),
    );
  }

  // ---- protection -----------------------------------------------------------------------

  protect(): GProtection {
    const p = new FakeProtection(this._env, 'RANGE', this._sheet, this._as<GRange>());
    this._sheet._protections.push(p);
    return p._as<GProtection>();
  }
}

function setNote(cell: Cell, note: unknown): void {
  if (note === null || note === undefined || note === '') delete cell.note;
  else cell.note = String(note);
}

function setBackground(cell: Cell, colour: string | null | undefined): void {
  const c = normaliseColour(colour);
  if (c === DEFAULT_BACKGROUND) delete cell.background;
  else cell.background = c;
}

function setFontWeight(cell: Cell, weight: FontWeight | null | undefined): void {
  if (weight === 'bold') cell.fontWeight = 'bold';
  else delete cell.fontWeight;
}

function setRich(cell: Cell, value: FakeRichTextValue): void {
  cell.value = value.getText();
  delete cell.formula;
  cell.links = value._links.filter((l) => l.url).map((l) => ({ ...l }));
}

function checkRule(rule: GDataValidation | null, range: FakeRange): void {
  if (rule !== null && !(rule instanceof FakeDataValidation)) {
    throw range._env.exception(
      "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
    );
  }
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (isArray(v)) return 'number[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  return 'Object';
}
