/** SpreadsheetApp and Spreadsheet. */
import { splitSheetName } from './a1';
import { Fake, gas, makeEnum } from './core';
import { FakeDataValidationBuilder } from './data-validation';
import type { FakeRange } from './range';
import { FakeRichTextValueBuilder } from './rich-text';
import { FakeSheet } from './sheet';
import type { Workspace } from './workspace';

type GSpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GUi = GoogleAppsScript.Base.Ui;

export const SPREADSHEET_MIME_TYPE = 'application/vnd.google-apps.spreadsheet';

export interface SpreadsheetOptions {
  id?: string;
  name?: string;
  timeZone?: string;
  /** Sheets to create, in order, each with its values written from A1. Default: one empty first sheet. */
  sheets?: Record<string, readonly (readonly unknown[])[]>;
  /** Drive folder the spreadsheet file is in (default: the root folder). */
  folderId?: string;
}

export class FakeSpreadsheet extends Fake implements Partial<GSpreadsheet> {
  readonly _workspace: Workspace;
  readonly _id: string;
  _name: string;
  _timeZone: string;
  _sheets: FakeSheet[] = [];
  _active: FakeSheet;
  _activeRange: FakeRange | undefined;
  _nextSheetId = 1;

  constructor(workspace: Workspace, options: SpreadsheetOptions = {}) {
    super(workspace.env, 'Spreadsheet');
    this._workspace = workspace;
    this._id = options.id ?? workspace.env.id('spreadsheet');
    this._name = options.name ?? 'Untitled spreadsheet';
    this._timeZone = options.timeZone ?? workspace.timeZone;
    const names = options.sheets ? Object.keys(options.sheets) : [workspace.firstSheetName];
    if (names.length === 0) names.push(workspace.firstSheetName);
    for (const name of names) {
      const sheet = this._newSheet(name);
      this._sheets.push(sheet);
      const rows = options.sheets?.[name];
      if (rows && rows.length) sheet._setValues(1, 1, rows);
    }
    this._active = this._sheets[0];
    workspace.spreadsheets.set(this._id, this);
    workspace.drive?._register({
      id: this._id,
      name: this._name,
      mimeType: SPREADSHEET_MIME_TYPE,
      folderId: options.folderId,
    });
  }

  _newSheet(name: string): FakeSheet {
    // The first sheet's gid is 0; later ones get large ids, as in Sheets.
    const gid = this._sheets.length === 0 && this._nextSheetId === 1 ? 0 : 100_000_000 + this._nextSheetId * 7919;
    this._nextSheetId++;
    return new FakeSheet(this, name, gid);
  }

  _sheetNamed(name: string): FakeSheet | undefined {
    return (
      this._sheets.find((s) => s._name === name) ??
      this._sheets.find((s) => s._name.toLowerCase() === name.toLowerCase())
    );
  }

  _checkNewName(name: string, self?: FakeSheet): void {
    const clash = this._sheets.find((s) => s !== self && s._name.toLowerCase() === name.toLowerCase());
    if (clash) throw this._env.exception(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  _activate(sheet: FakeSheet, range?: FakeRange): void {
    this._active = sheet;
    this._activeRange = range;
  }

  // ---- Apps Script ----------------------------------------------------------------------

  getId(): string {
    return this._id;
  }

  getName(): string {
    return this._name;
  }

  rename(newName: string): void {
    this._name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this._timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return 'th_TH';
  }

  getSheets(): GSheet[] {
    return this._env.list(this._sheets.map((s) => gas<GSheet>(s)));
  }

  getNumSheets(): number {
    return this._sheets.length;
  }

  /** The sheet, or null. Sheet names are unique regardless of case in Sheets; an exact match wins. */
  getSheetByName(name: string): GSheet | null {
    return gas<GSheet | null>(this._sheetNamed(String(name)) ?? null);
  }

  getSheetById(id: number): GSheet | null {
    return gas<GSheet | null>(this._sheets.find((s) => s._sheetId === id) ?? null);
  }

  getActiveSheet(): GSheet {
    return gas<GSheet>(this._active);
  }

  setActiveSheet(sheet: GSheet): GSheet {
    this._activate(gas<FakeSheet>(sheet));
    return sheet;
  }

  /**
   * insertSheet(), insertSheet(name), insertSheet(name, index), insertSheet(index).
   * The new sheet goes after the active sheet unless an index (0-based) is given, and becomes active.
   * A name already used (in any case) throws Apps Script's error.
   */
  insertSheet(a?: string | number | object, b?: number | object): GSheet {
    if ((typeof a === 'object' && a !== null) || (typeof b === 'object' && b !== null)) {
      throw new Error('not implemented: Spreadsheet.insertSheet with options (templates)');
    }
    let name: string;
    let index: number | undefined;
    if (typeof a === 'string') {
      name = a;
      index = typeof b === 'number' ? b : undefined;
    } else {
      index = typeof a === 'number' ? a : undefined;
      let n = this._sheets.length + 1;
      const prefix = this._workspace.firstSheetName.replace(/\d+$/, '');
      while (this._sheetNamed(`${prefix}${n}`)) n++;
      name = `${prefix}${n}`;
    }
    this._checkNewName(name);
    const sheet = this._newSheet(name);
    const at = index ?? this._sheets.indexOf(this._active) + 1;
    this._sheets.splice(Math.max(0, Math.min(at, this._sheets.length)), 0, sheet);
    this._activate(sheet);
    return gas<GSheet>(sheet);
  }

  deleteSheet(sheet: GSheet): void {
    const target = gas<FakeSheet>(sheet);
    if (!this._sheets.includes(target)) throw this._env.exception('The sheet does not belong to this spreadsheet.');
    // Uncertain wording: Sheets refuses to delete the only sheet.
    if (this._sheets.length === 1) throw this._env.exception("You can't remove all the sheets in a document.");
    this._sheets = this._sheets.filter((s) => s !== target);
    if (this._active === target) this._active = this._sheets[0];
  }

  /** "Sheet!A1:B2" (or "A1" on the active sheet). */
  getRange(a1Notation: string): GRange {
    const { sheetName } = splitSheetName(a1Notation);
    const sheet = sheetName === undefined ? this._active : this._sheetNamed(sheetName);
    if (!sheet) throw this._env.exception('Range not found');
    return sheet._rangeFromA1(a1Notation);
  }

  getActiveRange(): GRange | null {
    return gas<GRange | null>(this._activeRange ?? null);
  }

  /** Recorded in recorded.toasts. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this._env.recorded.toasts.push({ message: String(msg), title, timeoutSeconds });
  }

  // ---- test helpers ---------------------------------------------------------------------

  /** The sheet of that name, created (at the end, not activated) when missing. Uncounted. */
  _sheet(name: string): FakeSheet {
    let sheet = this._sheetNamed(name);
    if (!sheet) {
      sheet = this._newSheet(name);
      this._sheets.push(sheet);
    }
    return sheet;
  }

  /** Writes rows from A1 of the named sheet (created when missing), as setValues would store them. */
  _seed(name: string, rows: readonly (readonly unknown[])[]): FakeSheet {
    return this._sheet(name)._setValues(1, 1, rows);
  }

  /** Sheet names in tab order. */
  _sheetNames(): string[] {
    return this._sheets.map((s) => s._name);
  }
}

const SPREADSHEET_ENUMS = {
  BorderStyle: ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'],
  WrapStrategy: ['WRAP', 'OVERFLOW', 'CLIP'],
  ProtectionType: ['RANGE', 'SHEET'],
  DataValidationCriteria: [
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_BETWEEN',
    'DATE_EQUAL_TO',
    'DATE_IS_VALID_DATE',
    'DATE_NOT_BETWEEN',
    'DATE_ON_OR_AFTER',
    'DATE_ON_OR_BEFORE',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_IS_VALID_EMAIL',
    'TEXT_IS_VALID_URL',
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'CUSTOM_FORMULA',
    'CHECKBOX',
  ],
} as const;

export class FakeSpreadsheetApp extends Fake implements Partial<GSpreadsheetApp> {
  readonly _workspace: Workspace;
  readonly BorderStyle: GSpreadsheetApp['BorderStyle'];
  readonly WrapStrategy: GSpreadsheetApp['WrapStrategy'];
  readonly ProtectionType: GSpreadsheetApp['ProtectionType'];
  readonly DataValidationCriteria: GSpreadsheetApp['DataValidationCriteria'];

  constructor(workspace: Workspace) {
    super(workspace.env, 'SpreadsheetApp');
    this._workspace = workspace;
    const env = workspace.env;
    this.BorderStyle = makeEnum('BorderStyle', env, SPREADSHEET_ENUMS.BorderStyle);
    this.WrapStrategy = makeEnum('WrapStrategy', env, SPREADSHEET_ENUMS.WrapStrategy);
    this.ProtectionType = makeEnum('ProtectionType', env, SPREADSHEET_ENUMS.ProtectionType);
    this.DataValidationCriteria = makeEnum('DataValidationCriteria', env, SPREADSHEET_ENUMS.DataValidationCriteria);
  }

  _activeSpreadsheet(): FakeSpreadsheet {
    const ss = this._workspace.active;
    if (!ss) throw new Error('fakes: no active spreadsheet (the script is not bound to one)');
    return ss;
  }

  getActiveSpreadsheet(): GSpreadsheet {
    return gas<GSpreadsheet>(this._activeSpreadsheet());
  }

  getActive(): GSpreadsheet {
    return gas<GSpreadsheet>(this._activeSpreadsheet());
  }

  getActiveSheet(): GSheet {
    return gas<GSheet>(this._activeSpreadsheet()._active);
  }

  getActiveRange(): GRange {
    return gas<GRange>(this._activeSpreadsheet()._activeRange ?? null);
  }

  openById(id: string): GSpreadsheet {
    if (this._env.authMode !== 'FULL') {
      throw this._env.exception(
        'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
      );
    }
    const ss = this._workspace.spreadsheets.get(id);
    if (!ss)
      throw this._env.exception(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return gas<GSpreadsheet>(ss);
  }

  openByUrl(url: string): GSpreadsheet {
    const m = /\/spreadsheets\/d\/([-\w]+)/.exec(url);
    return this.openById(m ? m[1] : url);
  }

  /** A new spreadsheet in the root folder, with one sheet. */
  create(name: string): GSpreadsheet {
    return gas<GSpreadsheet>(new FakeSpreadsheet(this._workspace, { name }));
  }

  /** Throws in contexts without a user interface (installable and time-driven triggers). */
  getUi(): GUi {
    if (!this._workspace.env.uiAvailable)
      throw this._env.exception('Cannot call SpreadsheetApp.getUi() from this context.');
    return gas<GUi>(this._workspace.ui);
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new FakeDataValidationBuilder(this._env)._as();
  }

  newRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    return new FakeRichTextValueBuilder(this._env)._as();
  }

  /** Recorded (recorded.flushes): the fake applies every change at once. */
  flush(): void {
    this._env.recorded.flushes++;
  }
}
