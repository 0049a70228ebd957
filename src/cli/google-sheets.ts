/**
 * The CLI's Google path, part 2: reading the Sheet through the Sheets API, a constant 3 calls (see google.ts).
 */
import { google, type sheets_v4 } from './google-apis';
import {
  apiOptions,
  authorise,
  errorMessage,
  GoogleCliError,
  httpStatus,
  SCOPES,
  withRetry,
  type GoogleOptions,
} from './google-auth';
import { formSheetNames } from '../core/forms/view';
import { DATA_SHEETS, SHEET } from '../core/layout';
import type { SheetData, WorkbookData } from '../core/workbook';
import { googleFailureTh } from './google-errors';
import { fillMeasureMerges, type CellBox } from '../core/merged-cells';

const DAY_MS = 86_400_000;
/** Serial day 0 of Google Sheets (and Excel's 1900 system past 1 March 1900). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** The core reads sheet dates as midnight in Asia/Bangkok (src/core/workbook.ts cellText). */
const BANGKOK_OFFSET_MS = 7 * 3_600_000;

/** A1 notation for a whole sheet: its name in single quotes, quotes doubled. */
export function sheetRange(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Reads the layout sheets of a spreadsheet as src/gas/read-workbook.ts does in Apps Script: values as getValues()
 * gives them (rectangular, '' for empty, numbers, booleans, Date objects for date cells) and each cell's link.
 * Sheets that do not exist are left out (the core reports them). 3 HTTP calls whatever the size, 5 when
 * surveys are linked (their response tabs are read in a second round).
 */
export async function readSpreadsheet(spreadsheetId: string, options: GoogleOptions): Promise<WorkbookData> {
  const auth = await authorise(options, SCOPES.read);
  const sheets = google.sheets({ version: 'v4', ...apiOptions(options, auth) });
  const call = <T>(what: string, fn: () => Promise<T>) => withRetry(what, fn, options, true);

  options.onProgress?.(`กำลังอ่านสเปรดชีต ${spreadsheetId} ด้วย Sheets API …`);
  let titles: string[];
  try {
    const meta = await call('spreadsheets.get', () =>
      sheets.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties.title' }),
    );
    titles = (meta.data.sheets ?? []).map((s) => s.properties?.title ?? '');
  } catch (e) {
    throw sheetsError(spreadsheetId, e);
  }
  // The layout's sheets and the forms' ledger and survey links; then the survey response tabs those name.
  const wanted = [...DATA_SHEETS, SHEET.ledger, SHEET.surveys, SHEET.lastResult]; // [plan] + last year's scores
  const data = await readSheets(
    sheets,
    spreadsheetId,
    wanted.filter((name) => titles.includes(name)),
    options,
  );
  const surveyTabs = formSheetNames(data).filter((name) => titles.includes(name) && !(name in data));
  if (surveyTabs.length > 0) Object.assign(data, await readSheets(sheets, spreadsheetId, surveyTabs, options));
  const rows = Object.values(data).reduce((n, s) => n + (s?.values.length ?? 0), 0);
  options.onProgress?.(`อ่านแล้ว ${Object.keys(data).length} ชีต ${rows} แถว`);
  return data;
}

/** The named (existing) sheets: one values.batchGet and one spreadsheets.get for links and date formats. */
async function readSheets(
  sheets: sheets_v4.Sheets,
  spreadsheetId: string,
  names: readonly string[],
  options: GoogleOptions,
): Promise<WorkbookData> {
  if (names.length === 0) return {};
  const call = <T>(what: string, fn: () => Promise<T>) => withRetry(what, fn, options, true);
  const ranges = names.map(sheetRange);
  let valueRanges: sheets_v4.Schema$ValueRange[];
  let gridSheets: sheets_v4.Schema$Sheet[];
  try {
    const [values, grid] = await Promise.all([
      call('spreadsheets.values.batchGet', () =>
        sheets.spreadsheets.values.batchGet({
          spreadsheetId,
          ranges,
          majorDimension: 'ROWS',
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'SERIAL_NUMBER',
        }),
      ),
      call('spreadsheets.get (links)', () =>
        sheets.spreadsheets.get({
          spreadsheetId,
          ranges,
          includeGridData: true,
          fields:
            'sheets(properties(title),merges,data(startRow,startColumn,rowData(values(hyperlink,textFormatRuns(format(link(uri))),effectiveFormat(numberFormat(type))))))',
        }),
      ),
    ]);
    valueRanges = values.data.valueRanges ?? [];
    gridSheets = grid.data.sheets ?? [];
  } catch (e) {
    throw sheetsError(spreadsheetId, e);
  }
  const data: WorkbookData = {};
  names.forEach((name, i) => {
    const grid = gridSheets.find((s) => s.properties?.title === name) ?? gridSheets[i];
    data[name] = sheetData(valueRanges[i]?.values ?? [], grid?.data?.[0]);
    // Cells merged down an issue's or a measure's rows count on each row, as in the Sheet (core/merged-cells.ts).
    if (name === SHEET.measures) fillMeasureMerges(data[name].values, (grid?.merges ?? []).map(boxOfGridRange));
  });
  return data;
}

type CellMeta = sheets_v4.Schema$CellData;

/** A merge as the API gives it (0-based, end exclusive; a 0 is left out of the JSON) as a 1-based box. */
function boxOfGridRange(g: sheets_v4.Schema$GridRange): CellBox {
  const row = g.startRowIndex ?? 0;
  const column = g.startColumnIndex ?? 0;
  return {
    row: row + 1,
    column: column + 1,
    numRows: (g.endRowIndex ?? row) - row,
    numColumns: (g.endColumnIndex ?? column) - column,
  };
}

/** One sheet's API answer -> what getValues() and read-workbook.ts give. */
export function sheetData(apiValues: unknown[][], grid: sheets_v4.Schema$GridData | undefined): SheetData {
  const row0 = grid?.startRow ?? 0;
  const col0 = grid?.startColumn ?? 0;
  const meta = (r: number, c: number): CellMeta | undefined => grid?.rowData?.[r - row0]?.values?.[c - col0];
  // The API leaves out trailing empty rows and cells; getDataRange() is a rectangle.
  const height = apiValues.length;
  const width = apiValues.reduce((w, row) => Math.max(w, Array.isArray(row) ? row.length : 0), 0);
  const values: unknown[][] = [];
  const links: (string | undefined)[][] = [];
  for (let r = 0; r < height; r++) {
    const source = Array.isArray(apiValues[r]) ? apiValues[r] : [];
    const row: unknown[] = [];
    const rowLinks: (string | undefined)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = meta(r, c);
      row.push(cellValue(source[c], cell));
      rowLinks.push(cellLink(cell));
    }
    values.push(row);
    links.push(rowLinks);
  }
  return { values, links };
}

function cellValue(value: unknown, meta: CellMeta | undefined): unknown {
  if (value === undefined || value === null) return '';
  const type = meta?.effectiveFormat?.numberFormat?.type;
  if (typeof value === 'number' && (type === 'DATE' || type === 'DATE_TIME' || type === 'TIME')) {
    // A serial number counts days in the spreadsheet's own zone; the core reads dates as Bangkok midnight.
    return new Date(Math.round(SERIAL_EPOCH_MS + value * DAY_MS) - BANGKOK_OFFSET_MS);
  }
  return value;
}

/**
 * The cell's link: the cell-level hyperlink (=HYPERLINK, or the whole cell linked), else every link its text
 * runs carry, one a line (labels linked one by one), as the bundle reads them from RichTextValue.getRuns().
 */
function cellLink(meta: CellMeta | undefined): string | undefined {
  if (!meta) return undefined;
  if (meta.hyperlink) return meta.hyperlink;
  const uris = new Set((meta.textFormatRuns ?? []).map((run) => run.format?.link?.uri).filter((u): u is string => !!u));
  return uris.size > 0 ? [...uris].join('\n') : undefined;
}

function sheetsError(spreadsheetId: string, e: unknown): GoogleCliError {
  const status = httpStatus(e);
  const detail = errorMessage(e);
  if (status === 404) {
    return new GoogleCliError(
      `ไม่พบสเปรดชีตรหัส "${spreadsheetId}" (ตรวจรหัสจากลิงก์ …/spreadsheets/d/<รหัส>/edit)`,
      `Spreadsheet "${spreadsheetId}" not found.`,
      { cause: e },
    );
  }
  // A token without the scopes, an API not enabled, no quota project: 403 too, but sharing would not help.
  const known = googleFailureTh(e);
  if (known && (status === 403 || status === 401)) return new GoogleCliError(known, detail, { cause: e });
  if (status === 403 || status === 401) {
    return new GoogleCliError(
      `ไม่มีสิทธิ์อ่านสเปรดชีต "${spreadsheetId}": แชร์สเปรดชีตให้บัญชีที่ใช้ (เช่น อีเมลของบัญชีบริการ) อย่างน้อยสิทธิ์ผู้มีสิทธิ์อ่าน — ${detail}`,
      `No permission to read spreadsheet "${spreadsheetId}": share it with the account in use. (${detail})`,
      { cause: e },
    );
  }
  return new GoogleCliError(
    `อ่านสเปรดชีต "${spreadsheetId}" ไม่สำเร็จ: ${detail}`,
    `Reading spreadsheet "${spreadsheetId}" failed: ${detail}`,
    { cause: e },
  );
}
