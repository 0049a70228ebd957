/**
 * Trigger event objects with the fields Apps Script passes
 * (developers.google.com/apps-script/guides/triggers/events).
 */
import { gas, type Fake } from './core';
import type { FakeForm } from './forms';
import { displayText } from './format';
import type { FakeRange } from './range';
import { FakeUser } from './session';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Common {
  authMode?: AuthModeName;
  /** Only installable triggers' events carry one. */
  triggerUid?: string;
  /** The active user's email (default: the session user). */
  userEmail?: string;
}

const authMode = (mode: AuthModeName) => mode as unknown as GoogleAppsScript.Script.AuthMode;

function userOf(fake: Fake, email?: string): GoogleAppsScript.Base.User {
  const ss = fake as unknown as { _workspace?: { userEmail: string } };
  return new FakeUser(fake._env, email ?? ss._workspace?.userEmail ?? '')._as();
}

function withTrigger<T extends object>(event: T, triggerUid?: string): T {
  return triggerUid === undefined ? event : { ...event, triggerUid };
}

/** onOpen(e): { authMode (LIMITED for the simple trigger), source, user[, triggerUid] }. */
export function sheetsOnOpen(spreadsheet: GSpreadsheet, options: Common = {}): GoogleAppsScript.Events.SheetsOnOpen {
  const ss = gas<FakeSpreadsheet>(spreadsheet);
  return withTrigger(
    { authMode: authMode(options.authMode ?? 'LIMITED'), source: spreadsheet, user: userOf(ss, options.userEmail) },
    options.triggerUid,
  ) as GoogleAppsScript.Events.SheetsOnOpen;
}

/**
 * onEdit(e): { authMode, range, source, user, value, oldValue[, triggerUid] }. value and oldValue
 * exist only for a single-cell edit, and only when the cell has (had) content.
 */
export function sheetsOnEdit(
  range: GRange,
  options: Common & { value?: string; oldValue?: string } = {},
): GoogleAppsScript.Events.SheetsOnEdit {
  const r = gas<FakeRange>(range);
  const ss = r._sheet._spreadsheet;
  const event: Record<string, unknown> = {
    authMode: authMode(options.authMode ?? 'LIMITED'),
    range,
    source: gas<GSpreadsheet>(ss),
    user: userOf(ss, options.userEmail),
  };
  const single = r._box.numRows === 1 && r._box.numColumns === 1;
  if (single) {
    const cell = r._sheet._grid.get(r._box.row, r._box.column);
    const value = options.value ?? (cell ? displayText(cell.value, cell.numberFormat, ss._timeZone) : '');
    if (value !== '') event.value = value;
    if (options.oldValue !== undefined) event.oldValue = options.oldValue;
  }
  return withTrigger(event, options.triggerUid) as unknown as GoogleAppsScript.Events.SheetsOnEdit;
}

/**
 * A person types `newValue` into one cell: the value is stored as Sheets stores typed input
 * (uncounted) and the onEdit event is returned, oldValue included.
 */
export function editCell(
  sheet: GSheet,
  row: number,
  column: number,
  newValue: unknown,
  options: Common = {},
): GoogleAppsScript.Events.SheetsOnEdit {
  const s = gas<FakeSheet>(sheet);
  const before = s._grid.get(row, column);
  const oldValue =
    before && before.value !== ''
      ? displayText(before.value, before.numberFormat, s._spreadsheet._timeZone)
      : undefined;
  s._setValues(row, column, [[newValue]]);
  const range = s._range({ row, column, numRows: 1, numColumns: 1 });
  return sheetsOnEdit(gas<GRange>(range), { ...options, oldValue });
}

/**
 * A spreadsheet's onFormSubmit(e) for the responses row at `range` (normally the row a form
 * submission just wrote): { authMode FULL, namedValues (header → [display value]), range,
 * triggerUid, values (display values of the row) }.
 *
 * For an edited response (form._editResponse) pass the 1-based `changedColumns`: Apps Script then
 * fires with the edited row as range, but values/namedValues hold '' for every answer the
 * respondent did not change, so a handler must read the row itself (a behaviour scripts that
 * handle edits work around, e.g. gist.github.com/joshm21/ae2ac38bb282cb25ea19113462d887e2).
 *
 * `without` leaves fields out, for a handler that must cope with an event lacking them.
 */
export interface FormSubmitOptions extends Common {
  changedColumns?: readonly number[];
  without?: readonly ('values' | 'namedValues')[];
}

export function sheetsOnFormSubmit(
  range: GRange,
  options: FormSubmitOptions = {},
): GoogleAppsScript.Events.SheetsOnFormSubmit {
  const r = gas<FakeRange>(range);
  const sheet = r._sheet;
  const tz = sheet._spreadsheet._timeZone;
  const text = (row: number, column: number) => {
    const cell = sheet._grid.get(row, column);
    return cell ? displayText(cell.value, cell.numberFormat, tz) : '';
  };
  const values: string[] = [];
  const namedValues: Record<string, string[]> = {};
  for (let c = r._box.column; c < r._box.column + r._box.numColumns; c++) {
    const v = options.changedColumns && !options.changedColumns.includes(c) ? '' : text(r._box.row, c);
    values.push(v);
    const header = text(1, c);
    if (header !== '') namedValues[header] = [...(namedValues[header] ?? []), v];
  }
  const event: Record<string, unknown> = {
    authMode: authMode(options.authMode ?? 'FULL'),
    namedValues,
    range,
    triggerUid: options.triggerUid ?? '4034124084959907503',
    values,
  };
  for (const field of options.without ?? []) delete event[field];
  return event as unknown as GoogleAppsScript.Events.SheetsOnFormSubmit;
}

/** The sheets onFormSubmit event for the last row of a linked form's responses sheet. */
export function sheetsOnFormSubmitForLastResponse(
  form: GoogleAppsScript.Forms.Form,
  options: FormSubmitOptions = {},
): GoogleAppsScript.Events.SheetsOnFormSubmit {
  const f = gas<FakeForm>(form);
  const sheet = f._responsesSheet();
  if (!sheet) throw new Error('fakes: the form has no responses sheet (setDestination first)');
  const row = sheet._grid.lastRow();
  return sheetsOnFormSubmit(
    gas<GRange>(sheet._range({ row, column: 1, numRows: 1, numColumns: Math.max(sheet._grid.lastColumn(), 1) })),
    options,
  );
}

/** A form's onFormSubmit(e): { authMode FULL, response, source (the form), triggerUid }. */
export function formsOnFormSubmit(
  form: GoogleAppsScript.Forms.Form,
  response: GoogleAppsScript.Forms.FormResponse,
  options: Common = {},
): GoogleAppsScript.Events.FormsOnFormSubmit {
  return {
    authMode: authMode(options.authMode ?? 'FULL'),
    response,
    source: form,
    triggerUid: options.triggerUid ?? '4034124084959907503',
  } as unknown as GoogleAppsScript.Events.FormsOnFormSubmit;
}
