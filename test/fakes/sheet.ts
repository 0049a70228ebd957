/** Sheet: one tab of the spreadsheet, its sparse grid and its sheet-level settings. */
import { parseA1, splitSheetName, type Box } from './a1';
import { ChartStore, FakeChartBuilder } from './charts';
import { Fake, gas, isDate } from './core';
import { Grid, interpretInput, type Cell } from './grid';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

/** A new sheet's size in Sheets. */
export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

/** What a test reads back from one cell (sheet._cell(row, column)). */
export interface CellSnapshot {
  value: unknown;
  formula: string;
  note: string;
  background: string;
  fontWeight: 'bold' | 'normal';
  numberFormat?: string;
  wrap: boolean;
  validation: GoogleAppsScript.Spreadsheet.DataValidation | null;
  linkUrl: string | null;
  style: Record<string, unknown>;
}

export class FakeSheet extends Fake implements Partial<GSheet> {
  readonly _spreadsheet: FakeSpreadsheet;
  readonly _sheetId: number;
  _name: string;
  readonly _grid = new Grid();
  _maxRows = DEFAULT_MAX_ROWS;
  _maxColumns = DEFAULT_MAX_COLUMNS;
  _frozenRows = 0;
  _frozenColumns = 0;
  _hidden = false;
  _tabColor: string | null = null;
  readonly _columnWidths = new Map<number, number>();
  /** autoResizeColumns calls, as [startColumn, numColumns]. */
  readonly _autoResized: [number, number][] = [];
  _merges: Box[] = [];
  _protections: FakeProtection[] = [];
  /** The form that sends its responses here (set by Form.setDestination, cleared when unlinked). */
  _formUrl: string | null = null;
  /** Embedded charts (charts.ts). */
  readonly _charts = new ChartStore();

  constructor(spreadsheet: FakeSpreadsheet, name: string, sheetId: number) {
    super(spreadsheet._env, 'Sheet');
    this._spreadsheet = spreadsheet;
    this._name = name;
    this._sheetId = sheetId;
  }

  // ---- identity -------------------------------------------------------------------------

  getName(): string {
    return this._name;
  }

  getSheetName(): string {
    return this._name;
  }

  setName(name: string): GSheet {
    this._spreadsheet._checkNewName(String(name), this);
    this._name = String(name);
    return this._as<GSheet>();
  }

  getSheetId(): number {
    return this._sheetId;
  }

  /** The URL of the form whose responses land in this sheet, or null. It stays after the form is deleted. */
  getFormUrl(): string | null {
    return this._formUrl;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this._spreadsheet._sheets.indexOf(this) + 1;
  }

  getParent(): GSpreadsheet {
    return gas<GSpreadsheet>(this._spreadsheet);
  }

  activate(): GSheet {
    this._spreadsheet._activate(this);
    return this._as<GSheet>();
  }

  // ---- ranges ---------------------------------------------------------------------------

  /** getRange(row, column, numRows?, numColumns?) or getRange("A1:B2"), validated like Apps Script. */
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    if (typeof a === 'string') return this._rangeFromA1(a);
    return gas<GRange>(
      this._range({ row: a, column: column as number, numRows: numRows ?? 1, numColumns: numColumns ?? 1 }),
    );
  }

  _rangeFromA1(notation: string): GRange {
    const { sheetName, a1 } = splitSheetName(notation);
    if (sheetName !== undefined && sheetName !== this._name) {
      const other = this._spreadsheet._sheetNamed(sheetName);
      if (!other) throw this._env.exception(`Range not found`);
      return other._rangeFromA1(a1);
    }
    const box = parseA1(a1, this._maxRows, this._maxColumns);
    if (!box) throw this._env.exception('Range not found');
    return gas<GRange>(this._range(box));
  }

  _range(box: Box): FakeRange {
    const { row, column, numRows, numColumns } = box;
    for (const [v, what] of [
      [row, 'row'],
      [column, 'column'],
      [numRows, 'numRows'],
      [numColumns, 'numColumns'],
    ] as const) {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw this._env.exception(
          `The parameters (${v === undefined ? 'null' : typeof v}) don't match the method signature for SpreadsheetApp.Sheet.getRange. (${what})`,
        );
      }
    }
    if (row < 1) throw this._env.exception('The starting row of the range is too small.');
    if (column < 1) throw this._env.exception('The starting column of the range is too small.');
    if (numRows < 1) throw this._env.exception('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw this._env.exception('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._maxRows || column + numColumns - 1 > this._maxColumns) {
      throw this._env.exception('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, {
      row: Math.trunc(row),
      column: Math.trunc(column),
      numRows: Math.trunc(numRows),
      numColumns: Math.trunc(numColumns),
    });
  }

  /** A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): GRange {
    return gas<GRange>(
      this._range({
        row: 1,
        column: 1,
        numRows: Math.max(this._grid.lastRow(), 1),
        numColumns: Math.max(this._grid.lastColumn(), 1),
      }),
    );
  }

  /** The last row with a value or formula: 0 on an empty sheet. */
  getLastRow(): number {
    return this._grid.lastRow();
  }

  getLastColumn(): number {
    return this._grid.lastColumn();
  }

  getMaxRows(): number {
    return this._maxRows;
  }

  getMaxColumns(): number {
    return this._maxColumns;
  }

  // ---- structure ------------------------------------------------------------------------

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    this._grid.insertRows(afterPosition, howMany);
    this._merges = this._merges.map((m) => (m.row > afterPosition ? { ...m, row: m.row + howMany } : m));
    this._maxRows += howMany;
    return this._as<GSheet>();
  }

  /** Staff's "Insert row above": the rows from beforePosition move down, with their formats and notes. */
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }

  insertRowBefore(beforePosition: number): GSheet {
    return this.insertRowsAfter(beforePosition - 1, 1);
  }

  deleteRow(rowPosition: number): GSheet {
    this.deleteRows(rowPosition, 1);
    return this._as<GSheet>();
  }

  /**
   * Moves the columns `columnSpec` spans before column `destinationIndex` (its index before the move), as Apps Script
   * documents it: A1:B1 moved to 5 become columns C-D. The sheet's merges are not moved (none of the callers has any).
   */
  moveColumns(columnSpec: GRange, destinationIndex: number): void {
    const spec = columnSpec as unknown as { getColumn(): number; getNumColumns(): number };
    if (destinationIndex < 1 || destinationIndex > this._maxColumns + 1)
      throw this._env.exception('Those columns are out of bounds.');
    this._grid.moveColumns(spec.getColumn(), spec.getNumColumns(), destinationIndex);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    this._grid.insertColumns(afterPosition, howMany);
    this._merges = this._merges.map((m) => (m.column > afterPosition ? { ...m, column: m.column + howMany } : m));
    this._maxColumns += howMany;
    return this._as<GSheet>();
  }

  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this._maxRows) {
      throw this._env.exception('Those rows are out of bounds.');
    }
    if (howMany >= this._maxRows - this._frozenRows) {
      throw this._env.exception('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this._grid.deleteRows(rowPosition, howMany);
    this._merges = this._merges
      .filter((m) => m.row + m.numRows - 1 < rowPosition || m.row >= rowPosition + howMany)
      .map((m) => (m.row >= rowPosition + howMany ? { ...m, row: m.row - howMany } : m));
    this._maxRows -= howMany;
  }

  /** Writes the row after the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): GSheet {
    if (!Array.isArray(rowContents)) {
      throw this._env.exception(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const row = this._grid.lastRow() + 1;
    this._maxRows = Math.max(this._maxRows, row);
    this._maxColumns = Math.max(this._maxColumns, rowContents.length);
    rowContents.forEach((v, i) => this._write(this._grid.ensure(row, i + 1), v));
    this._grid.touched();
    return this._as<GSheet>();
  }

  setFrozenRows(rows: number): void {
    this._frozenRows = rows;
  }

  getFrozenRows(): number {
    return this._frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this._frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this._frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): GSheet {
    this._columnWidths.set(columnPosition, width);
    return this._as<GSheet>();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._columnWidths.set(c, width);
    return this._as<GSheet>();
  }

  /** 100 pixels unless set. */
  getColumnWidth(columnPosition: number): number {
    return this._columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Recorded only: the fake has no text metrics. */
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    this._autoResized.push([startColumn, numColumns]);
    return this._as<GSheet>();
  }

  // ---- protection -----------------------------------------------------------------------

  /** The sheet's protection: the existing one when the sheet is already protected, as Apps Script. */
  protect(): GProtection {
    const existing = this._protections.find((p) => p._type === 'SHEET');
    if (existing) return existing._as<GProtection>();
    const whole = gas<GRange>(this._range({ row: 1, column: 1, numRows: this._maxRows, numColumns: this._maxColumns }));
    const p = new FakeProtection(this._env, 'SHEET', this, whole);
    this._protections.push(p);
    return p._as<GProtection>();
  }

  getProtections(type: ProtectionType): GProtection[] {
    const wanted = String(type);
    if (wanted !== 'SHEET' && wanted !== 'RANGE') {
      throw this._env.exception(
        "The parameters (null) don't match the method signature for SpreadsheetApp.Sheet.getProtections.",
      );
    }
    return this._env.list(this._protections.filter((p) => p._type === wanted).map((p) => p._as<GProtection>()));
  }

  // ---- clearing, visibility -------------------------------------------------------------

  /** Contents and formats (notes stay). */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    this._all().clear(options);
    return this._as<GSheet>();
  }

  clearContents(): GSheet {
    this._all().clearContent();
    return this._as<GSheet>();
  }

  clearFormats(): GSheet {
    this._all().clearFormat();
    return this._as<GSheet>();
  }

  clearNotes(): GSheet {
    this._all().clearNote();
    return this._as<GSheet>();
  }

  hideSheet(): GSheet {
    const visible = this._spreadsheet._sheets.filter((s) => !s._hidden);
    if (!this._hidden && visible.length === 1) {
      // Uncertain wording.
      throw this._env.exception("You can't hide all the sheets in a document.");
    }
    this._hidden = true;
    return this._as<GSheet>();
  }

  showSheet(): GSheet {
    this._hidden = false;
    return this._as<GSheet>();
  }

  isSheetHidden(): boolean {
    return this._hidden;
  }

  setTabColor(color: string | null): GSheet {
    this._tabColor = color;
    return this._as<GSheet>();
  }

  getTabColor(): string | null {
    return this._tabColor;
  }

  // ---- embedded charts (charts.ts) --------------------------------------------------------

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return new FakeChartBuilder(this)._as();
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._charts.insert(this, chart);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._charts.update(this, chart);
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._charts.remove(chart);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this._charts.list(this);
  }

  // ---- internals ------------------------------------------------------------------------

  _all(): FakeRange {
    return new FakeRange(this, { row: 1, column: 1, numRows: this._maxRows, numColumns: this._maxColumns });
  }

  _write(cell: Cell, input: unknown): void {
    const stored = interpretInput(input, cell.numberFormat);
    cell.value = stored.value;
    if (stored.formula === undefined) delete cell.formula;
    else cell.formula = stored.formula;
    if (stored.link) cell.links = [{ start: 0, end: String(stored.value).length, url: stored.link }];
    else delete cell.links;
  }

  _grow(lastRow: number, lastColumn: number): void {
    this._maxRows = Math.max(this._maxRows, lastRow);
    this._maxColumns = Math.max(this._maxColumns, lastColumn);
  }

  // ---- test helpers (not counted, not Apps Script) ------------------------------------------

  /**
   * Seeds values from (row, column) as a script's setValues would store them ("=..." formulas,
   * numeric text as numbers), growing the sheet when needed. Rows may differ in length.
   */
  _setValues(row: number, column: number, rows: readonly (readonly unknown[])[]): this {
    rows.forEach((line, r) => {
      this._grow(row + r, column + line.length - 1);
      line.forEach((v, c) => this._write(this._grid.ensure(row + r, column + c), v));
    });
    this._grid.touched();
    return this;
  }

  /** Seeds raw values: stored exactly as given (text stays text, no formula parsing). */
  _setRawValues(row: number, column: number, rows: readonly (readonly unknown[])[]): this {
    rows.forEach((line, r) => {
      this._grow(row + r, column + line.length - 1);
      line.forEach((v, c) => {
        const cell = this._grid.ensure(row + r, column + c);
        cell.value = v === null || v === undefined ? '' : isDate(v) ? new Date(v.getTime()) : v;
        delete cell.formula;
        delete cell.links;
      });
    });
    this._grid.touched();
    return this;
  }

  /** A formula cell: getFormulas gives `formula`, getValues `computedValue`, getRichTextValues the link. */
  _setFormula(row: number, column: number, formula: string, computedValue: unknown, linkUrl?: string): this {
    this._grow(row, column);
    const cell = this._grid.ensure(row, column);
    cell.formula = formula;
    cell.value = isDate(computedValue) ? new Date(computedValue.getTime()) : (computedValue ?? '');
    if (linkUrl) cell.links = [{ start: 0, end: String(cell.value).length, url: linkUrl }];
    else delete cell.links;
    this._grid.touched();
    return this;
  }

  /** A text cell linked with Insert > Link (the whole text, or [start, end) of it). */
  _setLink(row: number, column: number, text: string, url: string, start = 0, end = text.length): this {
    this._grow(row, column);
    const cell = this._grid.ensure(row, column);
    cell.value = text;
    delete cell.formula;
    cell.links = [{ start, end, url }];
    this._grid.touched();
    return this;
  }

  _setNote(row: number, column: number, note: string): this {
    this._grow(row, column);
    this._grid.ensure(row, column).note = note;
    return this;
  }

  _setBackground(row: number, column: number, colour: string): this {
    this._grow(row, column);
    this._grid.ensure(row, column).background = colour.toLowerCase();
    return this;
  }

  /** Everything stored for one cell, with Sheets' defaults filled in. */
  _cell(row: number, column: number): CellSnapshot {
    const cell = this._grid.get(row, column);
    const links = cell?.links ?? [];
    return {
      value: cell?.value ?? '',
      formula: cell?.formula ?? '',
      note: cell?.note ?? '',
      background: cell?.background ?? '#ffffff',
      fontWeight: cell?.fontWeight ?? 'normal',
      numberFormat: cell?.numberFormat,
      wrap: cell?.wrap ?? false,
      validation: (cell?.validation as GoogleAppsScript.Spreadsheet.DataValidation | undefined) ?? null,
      linkUrl: links.length === 1 ? links[0].url : null,
      style: { ...cell?.style },
    };
  }

  /** A field over the data range (or the given box), uncounted: _read('note'), _read('background'). */
  _read<K extends keyof CellSnapshot>(field: K, box?: Partial<Box>): CellSnapshot[K][][] {
    const numRows = box?.numRows ?? Math.max(this._grid.lastRow(), 1);
    const numColumns = box?.numColumns ?? Math.max(this._grid.lastColumn(), 1);
    const row = box?.row ?? 1;
    const column = box?.column ?? 1;
    const out: CellSnapshot[K][][] = [];
    for (let r = row; r < row + numRows; r++) {
      const line: CellSnapshot[K][] = [];
      for (let c = column; c < column + numColumns; c++) line.push(this._cell(r, c)[field]);
      out.push(line);
    }
    return out;
  }

  /** The data range's values as getValues would return them (merges applied), uncounted. */
  _values(): unknown[][] {
    return gas<FakeRange>(this.getDataRange()).getValues();
  }

  /** Merged areas, as A1 notations. */
  _mergedA1(): string[] {
    return this._merges.map((m) => new FakeRange(this, m).getA1Notation());
  }
}
