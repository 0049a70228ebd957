/**
 * The CLI's Google path: read the Sheet through the Sheets API and write the report as a Google Doc through the
 * Docs API, with the `googleapis` client. The same core and the same Docs request builder as the Apps Script
 * build (src/gas/report.ts); this file only does the HTTP side.
 *
 * Reading the Sheet: a constant 3 calls, whatever the number of rows.
 *   1. spreadsheets.get (fields: sheets.properties.title): which layout sheets exist. values.batchGet fails
 *      with 400 "Unable to parse range" for a sheet that does not exist, so only existing ones are asked for;
 *      a missing sheet then becomes the core's "sheet-missing" finding, as in the Sheet.
 *   2. spreadsheets.values.batchGet of those sheets, valueRenderOption UNFORMATTED_VALUE: numbers stay numbers
 *      and booleans booleans, as getValues() gives them (FORMATTED_VALUE would give "2,567" for a year
 *      formatted with separators). dateTimeRenderOption SERIAL_NUMBER: dates come as serial numbers, turned
 *      back into Date objects with call 3 (a formatted date string depends on the sheet's locale: 2/3/2024 is
 *      2 March or 3 February).
 *   3. spreadsheets.get with includeGridData on the same ranges, fields limited to each cell's hyperlink, its
 *      text runs' links and its number-format type: the links (=HYPERLINK cells, cells linked with
 *      Insert > Link), as src/gas/read-workbook.ts finds them, and which numbers are dates.
 *
 * Writing the Doc: documents.create, then the plan's batches with writeControl.requiredRevisionId (a retried
 * call can never write twice), then the footer. 429 and 5xx are retried with exponential back-off; a batch
 * refused as too large, or that times out, is split (src/render/docs-write.ts). A run that
 * fails part-way renames its Doc "[ไม่สมบูรณ์ — สร้างไม่สำเร็จ] ..." and trashes it (Drive v3 files.update), then
 * throws. With folderId the Doc is moved there (files.get parents, files.update addParents/removeParents).
 *
 * Scopes: spreadsheets.readonly to read; documents + drive.file to write (drive.file covers the Doc this
 * program created: renaming, trashing); with folderId also drive, since drive.file does not reach a folder the
 * program did not create.
 */
import { isBlankBody, TEMPLATE_NOT_BLANK_TH } from '../render/docs-template';
import { stoppedPartWayTh, tooLongForDocsTh } from '../render/report-messages';
import { FAILED_PREFIX } from '../render/report-naming';
import { readFile } from 'node:fs/promises';
import { google, type docs_v1, type drive_v3, type sheets_v4 } from './google-apis';
import { googleFailureTh, privateKeyProblemTh } from './google-errors';
import { formSheetNames } from '../core/forms/view';
import { DATA_SHEETS, SHEET } from '../core/layout';
import type { ReportModel } from '../core/report-model';
import type { SheetData, WorkbookData } from '../core/workbook';
import { buildDocsRequests, DOCS_MAX_CHARACTERS } from '../render/docs-requests';
import { batchFailure } from '../render/docs-split';
import { bodyEndOf, READ_FIELDS, writeBatchesAsync, type AsyncWriteCalls } from '../render/docs-write';

export interface GoogleOptions {
  /** A service-account key file (JSON). Without it: Application Default Credentials. */
  keyFile?: string;
  /** Where the APIs live, e.g. "http://127.0.0.1:8080/" for a local fake. Default: Google's. */
  rootUrl?: string;
  /**
   * Service-account keys only: sign the access token locally (a self-signed JWT with the scopes) instead of
   * exchanging it at Google's token endpoint. Default: on when rootUrl is set (a local fake or a private
   * endpoint must not cause a call to oauth2.googleapis.com), off otherwise.
   */
  selfSignedJwt?: boolean;
  /** Retries of 429/5xx: attempts in all (default 6) and the first back-off (default 1000 ms, then doubled). */
  retry?: { attempts?: number; firstDelayMs?: number };
  /** Progress lines for long runs (the CLI prints them on standard error). */
  onProgress?: (message: string) => void;
}

export interface GoogleDocOptions extends GoogleOptions {
  title: string;
  footerText: string;
  /** A Drive folder id (not a URL). Needs the drive scope. */
  folderId?: string;
  /** A template Doc id (its footer holds the page number): the report is written into a copy of it. Needs the drive scope. */
  templateId?: string;
}

export interface GoogleDocResult {
  documentId: string;
  url: string;
  /** Docs requests sent (body and footer). */
  requests: number;
  /** documents.batchUpdate calls that succeeded (retries not counted). */
  batchUpdateCalls: number;
  /** Set when the Doc was written but could not be moved into folderId (the Doc stays in My Drive). */
  note?: string;
}

/** An error meant for the person running the CLI: Thai first, then English. */
export class GoogleCliError extends Error {
  constructor(
    readonly messageTh: string,
    readonly messageEn: string,
    options?: { cause?: unknown },
  ) {
    super(`${messageTh}\n${messageEn}`, options);
    this.name = 'GoogleCliError';
  }
}

export const SCOPES = {
  read: ['https://www.googleapis.com/auth/spreadsheets.readonly'],
  write: ['https://www.googleapis.com/auth/documents', 'https://www.googleapis.com/auth/drive.file'],
  folder: ['https://www.googleapis.com/auth/drive'],
} as const;

const DEFAULT_ATTEMPTS = 6;
const DEFAULT_FIRST_DELAY_MS = 1000;
const DAY_MS = 86_400_000;
/** Serial day 0 of Google Sheets (and Excel's 1900 system past 1 March 1900). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** The core reads sheet dates as midnight in Asia/Bangkok (src/core/workbook.ts cellText). */
const BANGKOK_OFFSET_MS = 7 * 3_600_000;

// ------------------------------------------------------------------ auth

type Auth = InstanceType<typeof google.auth.GoogleAuth>;

/** GoogleAuth with its client resolved now, so that missing credentials fail before any API call. */
export async function authorise(options: GoogleOptions, scopes: readonly string[]): Promise<Auth> {
  if (options.keyFile) await checkKeyFile(options.keyFile);
  const auth = new google.auth.GoogleAuth({
    scopes: [...scopes],
    ...(options.keyFile ? { keyFile: options.keyFile } : {}),
  });
  auth.useJWTAccessWithScope = options.selfSignedJwt ?? options.rootUrl !== undefined;
  try {
    await auth.getClient();
    return auth;
  } catch (e) {
    const message = errorMessage(e);
    if (!options.keyFile && /could not load the default credentials/i.test(message)) {
      throw new GoogleCliError(
        'ไม่พบข้อมูลยืนยันตัวตนของ Google: ใส่ไฟล์กุญแจบัญชีบริการด้วย --key-file <ไฟล์.json> ' +
          'หรือตั้งค่า GOOGLE_APPLICATION_CREDENTIALS ให้ชี้ไปที่ไฟล์นั้น ' +
          `หรือเข้าสู่ระบบด้วย gcloud auth application-default login --scopes=${[...scopes, 'https://www.googleapis.com/auth/cloud-platform'].join(',')}`,
        'No Google credentials found: pass a service-account key with --key-file <file.json>, set ' +
          'GOOGLE_APPLICATION_CREDENTIALS to its path, or run `gcloud auth application-default login` with the scopes above.',
        { cause: e },
      );
    }
    throw new GoogleCliError(
      `ใช้ข้อมูลยืนยันตัวตนของ Google ไม่ได้: ${message}`,
      `Cannot use the Google credentials: ${message}`,
      { cause: e },
    );
  }
}

/** A clear message for a key file that is missing or is not a key, before google-auth-library's own. */
async function checkKeyFile(path: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new GoogleCliError(
      `อ่านไฟล์กุญแจบัญชีบริการ "${path}" ไม่ได้ (${errorMessage(e)})`,
      `Cannot read the service-account key file "${path}".`,
      { cause: e },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new GoogleCliError(
      `ไฟล์ "${path}" ไม่ใช่ไฟล์กุญแจ JSON ของ Google (ดาวน์โหลดจาก Google Cloud Console › IAM › Service accounts › Keys)`,
      `"${path}" is not a Google JSON key file.`,
      { cause: e },
    );
  }
  const type = json !== null && typeof json === 'object' ? (json as { type?: unknown }).type : undefined;
  if (typeof type !== 'string') {
    throw new GoogleCliError(
      `ไฟล์ "${path}" ไม่มีช่อง "type" ของไฟล์กุญแจ Google (เช่น "service_account")`,
      `"${path}" has no "type" field; it is not a Google credentials file.`,
    );
  }
  const keyProblem = privateKeyProblemTh(json, path);
  if (keyProblem) throw new GoogleCliError(keyProblem, `"${path}": its private_key cannot be read.`);
}

export function apiOptions(options: GoogleOptions, auth: Auth) {
  // retry: false: gaxios would retry GETs on its own; every retry here goes through withRetry, counted and logged.
  return { auth, retry: false, ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}) };
}

// ------------------------------------------------------------------ retry

/** HTTP status of a googleapis (gaxios) error, if any. */
export function httpStatus(e: unknown): number | undefined {
  if (e === null || typeof e !== 'object') return undefined;
  const o = e as { status?: unknown; code?: unknown; response?: { status?: unknown } };
  for (const v of [o.status, o.response?.status, o.code]) {
    const n = typeof v === 'string' ? Number(v) : v;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 100 && n < 600) return n;
  }
  return undefined;
}

/** 429 and the transient 5xx (the APIs' usage-limits pages); for reads also a dropped connection. */
export function isRetryableError(e: unknown, idempotent: boolean): boolean {
  const status = httpStatus(e);
  if (status !== undefined)
    return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
  const code = e !== null && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  return idempotent && typeof code === 'string' && /^(ECONNRESET|ETIMEDOUT|EAI_AGAIN|ECONNREFUSED|EPIPE)$/.test(code);
}

/** A call that ran out of time: a 504, or the socket timed out or was cut after the request went out. */
function isTimeout(e: unknown): boolean {
  if (httpStatus(e) === 504) return true;
  const code = e !== null && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  return httpStatus(e) === undefined && typeof code === 'string' && /^(ETIMEDOUT|ECONNRESET|EPIPE)$/.test(code);
}

async function withRetry<T>(
  what: string,
  fn: () => Promise<T>,
  options: GoogleOptions,
  idempotent: boolean,
  retryable: (e: unknown) => boolean = (e) => isRetryableError(e, idempotent),
): Promise<T> {
  const attempts = options.retry?.attempts ?? DEFAULT_ATTEMPTS;
  const first = options.retry?.firstDelayMs ?? DEFAULT_FIRST_DELAY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= attempts || !retryable(e)) throw e;
      const delay = first * 2 ** (attempt - 1) + (first > 0 ? Math.floor(Math.random() * Math.min(500, first)) : 0);
      options.onProgress?.(
        `${what}: ${errorMessage(e)} — ลองใหม่ในอีก ${delay} มิลลิวินาที (ครั้งที่ ${attempt + 1} จาก ${attempts})`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

// ------------------------------------------------------------------ Sheets

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
            'sheets(properties(title),data(startRow,startColumn,rowData(values(hyperlink,textFormatRuns(format(link(uri))),effectiveFormat(numberFormat(type))))))',
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
  });
  return data;
}

type CellMeta = sheets_v4.Schema$CellData;

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
 * The cell's link: the cell-level hyperlink (=HYPERLINK, or the whole cell linked), else the one link its text
 * runs carry when they all carry the same (RichTextValue.getLinkUrl() in Apps Script: null when they differ).
 */
function cellLink(meta: CellMeta | undefined): string | undefined {
  if (!meta) return undefined;
  if (meta.hyperlink) return meta.hyperlink;
  const uris = new Set((meta.textFormatRuns ?? []).map((run) => run.format?.link?.uri).filter((u): u is string => !!u));
  return uris.size === 1 ? [...uris][0] : undefined;
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

// ------------------------------------------------------------------ Docs

/**
 * Writes the report as a new Google Doc: 1 documents.create and plan.stats.batchUpdateCalls batchUpdate calls
 * (2 for any report that fits in a Doc), plus 2 Drive calls with folderId. Never touches an earlier Doc.
 */
export async function createGoogleDoc(model: ReportModel, options: GoogleDocOptions): Promise<GoogleDocResult> {
  let plan = buildDocsRequests(model, { footerText: options.footerText });
  if (plan.stats.characters > DOCS_MAX_CHARACTERS) {
    throw new GoogleCliError(
      `${tooLongForDocsTh(plan.stats.characters, (n) => n.toLocaleString('en-US'))} — สร้างเป็นไฟล์ .docx แทน`,
      `The report has about ${plan.stats.characters} characters, more than a Google Doc holds (~${DOCS_MAX_CHARACTERS}); nothing was created.`,
    );
  }
  // drive.file reaches only files this program made: a folder or a template of the agency's needs drive.
  const scopes = [...SCOPES.write, ...(options.folderId || options.templateId ? SCOPES.folder : [])];
  const auth = await authorise(options, scopes);
  const docs = google.docs({ version: 'v1', ...apiOptions(options, auth) });
  const drive = google.drive({ version: 'v3', ...apiOptions(options, auth) });

  options.onProgress?.(`กำลังสร้าง Google Doc "${options.title}" …`);
  let documentId: string;
  let revisionId: string | undefined;
  let templateFooterId: string | undefined;
  try {
    if (options.templateId) {
      const started = await copyTemplate(docs, drive, options.templateId, options);
      ({ documentId, revisionId, footerId: templateFooterId } = started);
      // The template's footer (its page number) is kept: the footer line goes above it.
      if (templateFooterId) plan = buildDocsRequests(model, { footerText: options.footerText, footerExists: true });
    } else {
      const created = await withRetry(
        'documents.create',
        () => docs.documents.create({ requestBody: { title: options.title } }),
        options,
        false,
      );
      documentId = created.data.documentId ?? '';
      revisionId = created.data.revisionId ?? undefined;
    }
    if (!documentId) throw new Error('documents.create returned no documentId');
  } catch (e) {
    if (e instanceof GoogleCliError) throw e;
    throw new GoogleCliError(
      `สร้างเอกสาร Google Doc ไม่ได้: ${docsErrorDetail(e)} — ลองอีกครั้งในอีกสักครู่`,
      `Could not create the Google Doc: ${errorMessage(e)}`,
      { cause: e },
    );
  }

  let batchUpdateCalls = 0;
  let attempts = 0;
  // A timeout is not re-sent as it is: writeBatchesAsync reads the revision, then goes on or splits the batch.
  const retryable = (e: unknown) => isRetryableError(e, false) && !isTimeout(e);
  const calls: AsyncWriteCalls = {
    async send(requests, requiredRevisionId) {
      const requestBody: docs_v1.Schema$BatchUpdateDocumentRequest = {
        requests,
        ...(requiredRevisionId ? { writeControl: { requiredRevisionId } } : {}),
      };
      options.onProgress?.(`กำลังเขียนรายงาน: ${requests.length} คำขอ …`);
      attempts = 0;
      // requiredRevisionId makes the retry safe: a call that had in fact been applied is refused, not applied twice.
      const response = await withRetry(
        'documents.batchUpdate',
        () => {
          attempts++;
          return docs.documents.batchUpdate({ documentId, requestBody });
        },
        options,
        false,
        retryable,
      );
      return {
        replies: response.data.replies,
        revisionId: response.data.writeControl?.requiredRevisionId ?? undefined,
      };
    },
    async read() {
      options.onProgress?.('documents.batchUpdate หมดเวลา: กำลังอ่านรุ่นของเอกสารเพื่อดูว่าเขียนลงไปแล้วหรือไม่ …');
      const got = await withRetry(
        'documents.get',
        () => docs.documents.get({ documentId, fields: READ_FIELDS }),
        options,
        true,
      );
      const { revisionId: now, documentStyle, body } = got.data;
      return {
        revisionId: now ?? undefined,
        footerId: documentStyle?.defaultFooterId ?? undefined,
        bodyEnd: bodyEndOf(body),
      };
    },
    failure(e) {
      const kind = isTimeout(e) ? 'uncertain' : batchFailure(errorMessage(e), httpStatus(e), attempts > 1);
      if (kind !== 'fail')
        options.onProgress?.(
          `documents.batchUpdate: ${errorMessage(e)} — ${kind === 'too-large' ? 'แบ่งชุดคำขอเป็นสองส่วน' : 'กำลังตรวจสอบ'} …`,
        );
      return kind;
    },
  };

  try {
    ({ batchUpdateCalls } = await writeBatchesAsync(plan, { revisionId, footerId: templateFooterId }, calls));
  } catch (e) {
    const discarded = await discardDocument(drive, documentId, options);
    throw new GoogleCliError(
      `${stoppedPartWayTh(docsErrorDetail(e), discarded, documentId)} ลองสั่งใหม่ในอีกสักครู่`,
      `Writing the report into the Google Doc stopped part-way: ${errorMessage(e)}. ` +
        (discarded
          ? `The incomplete Doc ${documentId} was renamed "${FAILED_PREFIX} ..." and moved to the trash.`
          : `The incomplete Doc ${documentId} is still in Drive; delete it by hand.`),
      { cause: e },
    );
  }

  const note = options.folderId ? await moveToFolder(drive, documentId, options.folderId, options) : undefined;
  const result: GoogleDocResult = {
    documentId,
    url: `https://docs.google.com/document/d/${documentId}/edit`,
    requests: plan.stats.requests,
    batchUpdateCalls,
  };
  if (note) result.note = note;
  options.onProgress?.(`เขียน Google Doc แล้ว: ${result.url}`);
  return result;
}

/**
 * Copies the template Doc (files.copy, not retried: a copy is not idempotent) and reads the copy: its revision,
 * its footer, and whether its body is empty. A template that cannot be used, or a copy that cannot be read,
 * gives a GoogleCliError, and the copy is renamed as failed and trashed.
 */
async function copyTemplate(
  docs: docs_v1.Docs,
  drive: drive_v3.Drive,
  templateId: string,
  options: GoogleDocOptions,
): Promise<{ documentId: string; revisionId?: string; footerId?: string }> {
  let documentId: string;
  try {
    const copied = await drive.files.copy({ fileId: templateId, requestBody: { name: options.title }, fields: 'id' });
    documentId = copied.data.id ?? '';
  } catch (e) {
    throw new GoogleCliError(
      `เปิดเอกสารแม่แบบรายงานไม่ได้ (ไม่มีเอกสารนี้ หรือบัญชีนี้ไม่มีสิทธิ์ดู): ${docsErrorDetail(e)} — ตรวจลิงก์ "แม่แบบรายงาน (Google Doc)" ในชีตตั้งค่า`,
      `Could not copy the template Doc ${templateId}: ${errorMessage(e)}`,
      { cause: e },
    );
  }
  const got = await withRetry('documents.get', () => docs.documents.get({ documentId }), options, true).catch(
    async (e: unknown) => {
      // The copy exists under the report's title: discard it, so nothing that looks like a report is left.
      const discarded = await discardDocument(drive, documentId, options);
      throw new GoogleCliError(
        `เปิดสำเนาของเอกสารแม่แบบเพื่อเขียนรายงานไม่ได้: ${docsErrorDetail(e)} — ` +
          (discarded
            ? `สำเนาถูกเปลี่ยนชื่อขึ้นต้นด้วย "${FAILED_PREFIX}" และย้ายไปถังขยะแล้ว `
            : `สำเนา (รหัส ${documentId}) ยังอยู่ใน Google Drive โปรดลบเอง `) +
          'ลองสั่งใหม่ในอีกสักครู่',
        `Could not read the copy of the template (${documentId}): ${errorMessage(e)}. ` +
          (discarded
            ? `The copy was renamed "${FAILED_PREFIX} ..." and moved to the trash.`
            : 'The copy is still in Drive; delete it by hand.'),
        { cause: e },
      );
    },
  );
  if (!isBlankBody(got.data.body?.content ?? [])) {
    await discardDocument(drive, documentId, options);
    throw new GoogleCliError(
      TEMPLATE_NOT_BLANK_TH,
      `The template Doc ${templateId} has content in its body; it must be empty (footer only).`,
    );
  }
  return {
    documentId,
    revisionId: got.data.revisionId ?? undefined,
    footerId: got.data.documentStyle?.defaultFooterId ?? undefined,
  };
}

/** Marks a half-written report as failed and trashes it. True when that worked. */
async function discardDocument(drive: drive_v3.Drive, fileId: string, options: GoogleDocOptions): Promise<boolean> {
  try {
    await withRetry(
      'drive.files.update (discard)',
      () =>
        drive.files.update({
          fileId,
          supportsAllDrives: true,
          fields: 'id,name,trashed',
          requestBody: { name: `${FAILED_PREFIX} ${options.title}`, trashed: true },
        }),
      options,
      true,
    );
    return true;
  } catch {
    return false;
  }
}

/** Moves the Doc into the folder (a Drive file has one parent). Never fails the report: returns a note instead. */
async function moveToFolder(
  drive: drive_v3.Drive,
  fileId: string,
  folderId: string,
  options: GoogleDocOptions,
): Promise<string | undefined> {
  try {
    const file = await withRetry(
      'drive.files.get',
      () => drive.files.get({ fileId, fields: 'parents', supportsAllDrives: true }),
      options,
      true,
    );
    const removeParents = (file.data.parents ?? []).filter((p) => p !== folderId).join(',');
    await withRetry(
      'drive.files.update (move)',
      () =>
        drive.files.update({
          fileId,
          addParents: folderId,
          ...(removeParents ? { removeParents } : {}),
          supportsAllDrives: true,
          fields: 'id,parents',
        }),
      options,
      true,
    );
    return undefined;
  } catch (e) {
    return (
      `ย้ายรายงานเข้าโฟลเดอร์ "${folderId}" ไม่ได้ (${docsErrorDetail(e)}) รายงานจึงอยู่ใน My Drive ` +
      '(ต้องใช้สิทธิ์ drive และบัญชีต้องแก้ไขโฟลเดอร์นั้นได้) / ' +
      `Could not move the report into folder "${folderId}" (${errorMessage(e)}); it stays in My Drive.`
    );
  }
}

function docsErrorDetail(e: unknown): string {
  const status = httpStatus(e);
  const message = errorMessage(e);
  if (status === 401 || status === 403) return `ไม่มีสิทธิ์ (${status}): ${message}`;
  if (status === 429) return `ถูกจำกัดจำนวนครั้งการเรียก (429): ${message}`;
  return status ? `${message} (HTTP ${status})` : message;
}

/** Duck-typed: errors from gaxios and from other realms may fail instanceof Error. */
function errorMessage(e: unknown): string {
  const message = e !== null && typeof e === 'object' ? (e as { message?: unknown }).message : undefined;
  return googleFailureTh(e) ?? (typeof message === 'string' ? message : String(e));
}
