/**
 * A small fake of the Google APIs the CLI uses, on loopback (127.0.0.1, a free port), for googleapis' rootUrl.
 * Only these endpoints exist; anything else is a 404 that the test sees in `calls`:
 *
 *   GET   /v4/spreadsheets/{id}?fields=...                     titles; with ranges + includeGridData, grid data
 *   GET   /v4/spreadsheets/{id}/values:batchGet?ranges=...      UNFORMATTED_VALUE / SERIAL_NUMBER values
 *   POST  /v1/documents                                        create (a DocsSimulator document)
 *   POST  /v1/documents/{id}:batchUpdate                       applied by the DocsSimulator; writeControl checked;
 *                                                              over maxRequestsPerBatch: 400 payload too large
 *   GET   /drive/v3/files/{id}?fields=parents                  the Doc's parents
 *   PATCH /drive/v3/files/{id}                                 name, trashed, addParents/removeParents
 *   GET   /drive/v3/files/{id}?fields=…permissions(…)…         a file of `driveFiles` (the link check): only the
 *                                                              fields asked; permissions only when the account
 *                                                              may share (canShare), as Drive lists them
 *
 * Like the real APIs: an unknown sheet in `ranges` is a 400 "Unable to parse range"; trailing empty cells and
 * rows are left out of values; a date cell is its serial number, with numberFormat.type DATE in the grid data;
 * a batchUpdate whose requiredRevisionId is not the latest is refused (400); a failing batch changes nothing.
 * Every request must carry `Authorization: Bearer <token>`; with `publicKeyPem` the token must be a JWT signed
 * with that key (the service account's self-signed JWT), and its claims are recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPublicKey, verify } from 'node:crypto';
import type { SheetData, WorkbookData } from '../../src/core/workbook';
import { DocsApiError, DocsSimulator } from './docs-simulator';
import type { CellBox } from '../../src/core/merged-cells';

export interface RecordedCall {
  method: string;
  /** Path without the query, decoded. */
  path: string;
  query: URLSearchParams;
  authorization?: string;
  /** Claims of the bearer JWT, when it is one. */
  claims?: Record<string, unknown>;
  body?: unknown;
  status: number;
}

export interface FakeDocument {
  doc: DocsSimulator;
  revision: number;
  /** Drive's view of the file. */
  name: string;
  trashed: boolean;
  parents: string[];
}

export interface Injection {
  /** Which requests fail. */
  match: (method: string, path: string) => boolean;
  status: number;
  message?: string;
  /** How many matching requests fail (default 1; Infinity: all). */
  times?: number;
  /** Fail only after handling the request (applied, reply lost): a timeout after the server did the work. */
  afterApplying?: boolean;
}

export interface GoogleFake {
  rootUrl: string;
  calls: RecordedCall[];
  spreadsheets: Map<string, WorkbookData>;
  documents: Map<string, FakeDocument>;
  /** Makes the next matching request(s) fail with this status, before the fake looks at them. */
  inject(injection: Injection): void;
  /** A Doc made by hand in Docs (a template), stored under this id. */
  addDocument(id: string, doc: DocsSimulator, name: string): void;
  close(): Promise<void>;
}

/** A Drive file as the link check sees it (files.get). */
export interface FakeDriveFile {
  name: string;
  trashed?: boolean;
  permissions: { type: 'user' | 'group' | 'domain' | 'anyone'; role: string; domain?: string }[];
  /** The checking account may share the file, so Drive lists its permissions (default true). */
  canShare?: boolean;
}

export interface GoogleFakeOptions {
  spreadsheets?: Record<string, WorkbookData>;
  /** Files for drive files.get with permissions (the link check). */
  driveFiles?: Record<string, FakeDriveFile>;
  /** The service account's public key: bearer tokens must be JWTs it verifies. */
  publicKeyPem?: string;
  /** batchUpdate bodies of more requests are refused, unapplied: 400 "Request payload size exceeds the limit". */
  maxRequestsPerBatch?: number;
  /** Merged ranges by spreadsheet id and sheet title (1-based boxes), served as Sheet.merges when `fields` asks. */
  merges?: Record<string, Record<string, CellBox[]>>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

export async function startGoogleFake(options: GoogleFakeOptions = {}): Promise<GoogleFake> {
  const calls: RecordedCall[] = [];
  const spreadsheets = new Map(Object.entries(options.spreadsheets ?? {}));
  const documents = new Map<string, FakeDocument>();
  const injections: Injection[] = [];
  let nextDoc = 1;
  const publicKey = options.publicKeyPem ? createPublicKey(options.publicKeyPem) : undefined;

  const handle = async (req: IncomingMessage, call: RecordedCall): Promise<unknown> => {
    const auth = req.headers.authorization;
    call.authorization = auth;
    const token = /^Bearer (\S+)$/.exec(auth ?? '')?.[1];
    if (!token) throw new HttpError(401, 'Request is missing required authentication credential.');
    if (publicKey) call.claims = verifiedClaims(token, publicKey);

    const injection = injections.find((i) => i.match(call.method, call.path) && (i.times ?? 1) > 0);
    if (injection) {
      injection.times = (injection.times ?? 1) - 1;
      if (injection.afterApplying) await route(call);
      throw new HttpError(injection.status, injection.message ?? `Injected failure ${injection.status}`);
    }
    return route(call);
  };

  const route = async (call: RecordedCall): Promise<unknown> => {
    const { method, path, query } = call;
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = /^\/v4\/spreadsheets\/([^/]+)\/values:batchGet$/.exec(path))) {
      return batchGet(sheetsOf(m[1]), query);
    }
    if (method === 'GET' && (m = /^\/v4\/spreadsheets\/([^/:]+)$/.exec(path))) {
      return getSpreadsheet(m[1], sheetsOf(m[1]), query, options.merges?.[m[1]]);
    }
    if (method === 'POST' && path === '/v1/documents') {
      const title = String((call.body as { title?: unknown } | undefined)?.title ?? '');
      const documentId = `doc-${nextDoc++}`;
      documents.set(documentId, {
        doc: new DocsSimulator(),
        revision: 1,
        name: title,
        trashed: false,
        parents: ['root-folder'],
      });
      return { documentId, title, revisionId: 'rev1' };
    }
    if (method === 'GET' && (m = /^\/v1\/documents\/([^/:]+)$/.exec(path))) {
      const entry = documentOf(m[1]);
      return { documentId: m[1], title: entry.name, revisionId: `rev${entry.revision}`, ...entry.doc.get() };
    }
    if (method === 'POST' && (m = /^\/drive\/v3\/files\/([^/]+)\/copy$/.exec(path))) {
      const source = documentOf(m[1]);
      const name = String((call.body as { name?: unknown } | undefined)?.name ?? `Copy of ${source.name}`);
      const id = `doc-${nextDoc++}`;
      documents.set(id, { doc: source.doc.copy(), revision: 1, name, trashed: false, parents: [...source.parents] });
      return { id };
    }
    if (method === 'POST' && (m = /^\/v1\/documents\/([^/:]+):batchUpdate$/.exec(path))) {
      const entry = documentOf(m[1]);
      const body = (call.body ?? {}) as { requests?: unknown[]; writeControl?: { requiredRevisionId?: string } };
      const required = body.writeControl?.requiredRevisionId;
      if (required !== undefined && required !== `rev${entry.revision}`) {
        throw new HttpError(400, 'The required revision ID does not match the latest revision.');
      }
      if (options.maxRequestsPerBatch !== undefined && (body.requests ?? []).length > options.maxRequestsPerBatch) {
        throw new HttpError(400, 'Request payload size exceeds the limit: 10485760 bytes.');
      }
      let replies: unknown[];
      try {
        replies = entry.doc.batchUpdate(body.requests ?? []).replies;
      } catch (e) {
        if (e instanceof DocsApiError) throw new HttpError(400, e.message);
        throw e;
      }
      entry.revision++;
      return { documentId: m[1], replies, writeControl: { requiredRevisionId: `rev${entry.revision}` } };
    }
    if (method === 'GET' && (m = /^\/drive\/v3\/files\/([^/]+)$/.exec(path)) && options.driveFiles?.[m[1]]) {
      return driveFile(m[1], options.driveFiles[m[1]], query.get('fields') ?? '');
    }
    if ((m = /^\/drive\/v3\/files\/([^/]+)$/.exec(path))) {
      const entry = documentOf(m[1]);
      if (method === 'GET') return { id: m[1], name: entry.name, parents: entry.parents, trashed: entry.trashed };
      if (method === 'PATCH') {
        const body = (call.body ?? {}) as { name?: string; trashed?: boolean };
        if (body.name !== undefined) entry.name = body.name;
        if (body.trashed !== undefined) entry.trashed = body.trashed;
        const remove = (query.get('removeParents') ?? '').split(',').filter(Boolean);
        const add = (query.get('addParents') ?? '').split(',').filter(Boolean);
        const parents = entry.parents
          .filter((p) => !remove.includes(p))
          .concat(add.filter((p) => !entry.parents.includes(p)));
        if (parents.length > 1) throw new HttpError(403, 'Increasing the number of parents is not allowed.');
        entry.parents = parents;
        return { id: m[1], name: entry.name, parents: entry.parents, trashed: entry.trashed };
      }
    }
    throw new HttpError(404, `No such endpoint in the fake: ${method} ${path}`);
  };

  const sheetsOf = (id: string): WorkbookData => {
    const book = spreadsheets.get(id);
    if (!book) throw new HttpError(404, 'Requested entity was not found.');
    return book;
  };
  const documentOf = (id: string): FakeDocument => {
    const entry = documents.get(id);
    if (!entry) throw new HttpError(404, `Requested entity was not found.`);
    return entry;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const call: RecordedCall = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname),
        query: url.searchParams,
        status: 0,
      };
      calls.push(call);
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        if (text) call.body = JSON.parse(text);
      } catch {
        return send(res, call, 400, errorBody(400, 'Invalid JSON payload received.'));
      }
      handle(req, call).then(
        (body) => send(res, call, 200, body),
        (e: unknown) => {
          const status = e instanceof HttpError ? e.status : 500;
          send(res, call, status, errorBody(status, e instanceof Error ? e.message : String(e)));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    rootUrl: `http://127.0.0.1:${port}/`,
    calls,
    spreadsheets,
    documents,
    inject: (injection) => void injections.push({ ...injection }),
    addDocument: (id, doc, name) =>
      void documents.set(id, { doc, revision: 1, name, trashed: false, parents: ['root-folder'] }),
    /** Idempotent. */
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** files.get of a link-check file: the fields asked for (top-level names), permissions only to a sharer. */
function driveFile(id: string, file: FakeDriveFile, fields: string) {
  const asked = new Set(
    fields
      .replace(/\([^)]*\)/g, '')
      .split(',')
      .map((f) => f.trim()),
  );
  const full: Record<string, unknown> = { id, name: file.name, trashed: file.trashed ?? false };
  if (file.canShare !== false) full.permissions = file.permissions.map((p) => ({ kind: 'drive#permission', ...p }));
  return Object.fromEntries(Object.entries(full).filter(([k]) => asked.has(k)));
}

function send(res: ServerResponse, call: RecordedCall, status: number, body: unknown): void {
  call.status = status;
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

function errorBody(code: number, message: string) {
  return { error: { code, message, status: STATUS_TEXT[code] ?? 'UNKNOWN' } };
}

/** RS256 JWT: signature checked with the key, claims returned; anything else is a 401. */
function verifiedClaims(token: string, key: ReturnType<typeof createPublicKey>): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3) throw new HttpError(401, 'Invalid Credentials (not a JWT).');
  const [header, payload, signature] = parts;
  const ok = verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'));
  if (!ok) throw new HttpError(401, 'Invalid Credentials (bad signature).');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) throw new HttpError(401, 'Token expired.');
  return claims;
}

// ------------------------------------------------------------------ Sheets

/** "'มาตรการ'" or "มาตรการ" or "'It''s'!A1:B2" -> the sheet name. */
function sheetNameOf(range: string): string {
  const quoted = /^'((?:[^']|'')*)'(?:!.*)?$/.exec(range);
  if (quoted) return quoted[1].replace(/''/g, "'");
  return range.split('!')[0];
}

function requestedSheets(book: WorkbookData, query: URLSearchParams): [string, SheetData][] {
  return query.getAll('ranges').map((range) => {
    const name = sheetNameOf(range);
    const sheet = book[name];
    if (!sheet) throw new HttpError(400, `Unable to parse range: ${range}`);
    return [name, sheet];
  });
}

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A value as UNFORMATTED_VALUE + SERIAL_NUMBER gives it, for a spreadsheet in Asia/Bangkok. */
function apiValue(v: unknown): unknown {
  if (isDate(v)) return (v.getTime() + 7 * 3_600_000 - SERIAL_EPOCH_MS) / 86_400_000;
  return v;
}

function isEmpty(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

/** The API drops trailing empty cells of each row and trailing empty rows. */
function trimmed(values: unknown[][]): unknown[][] {
  const rows = values.map((row) => {
    let end = row.length;
    while (end > 0 && isEmpty(row[end - 1])) end--;
    return row.slice(0, end).map(apiValue);
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

function batchGet(book: WorkbookData, query: URLSearchParams) {
  if (query.get('valueRenderOption') !== 'UNFORMATTED_VALUE' || query.get('dateTimeRenderOption') !== 'SERIAL_NUMBER') {
    throw new HttpError(400, 'The fake serves UNFORMATTED_VALUE with SERIAL_NUMBER dates only.');
  }
  return {
    spreadsheetId: 'fake',
    valueRanges: requestedSheets(book, query).map(([name, sheet]) => {
      const values = trimmed(sheet.values);
      const width = values.reduce((w, r) => Math.max(w, r.length), 0);
      return {
        range: `'${name}'!A1:${columnLetter(Math.max(width, 1))}${Math.max(values.length, 1)}`,
        majorDimension: 'ROWS',
        ...(values.length > 0 ? { values } : {}),
      };
    }),
  };
}

function getSpreadsheet(
  id: string,
  book: WorkbookData,
  query: URLSearchParams,
  merges: Record<string, CellBox[]> = {},
) {
  if (!query.has('ranges')) {
    return { sheets: Object.keys(book).map((title) => ({ properties: { title } })) };
  }
  if (query.get('includeGridData') !== 'true')
    throw new HttpError(400, 'The fake serves ranges with includeGridData only.');
  return {
    spreadsheetId: id,
    sheets: requestedSheets(book, query).map(([title, sheet]) => ({
      properties: { title },
      // GridRange: 0-based, end exclusive; a field that is 0 is left out, as the API's JSON does.
      ...(/\bmerges\b/.test(query.get('fields') ?? '') && merges[title]
        ? { merges: merges[title].map((b) => gridRange(b)) }
        : {}),
      data: [
        {
          rowData: sheet.values.map((row, r) => ({
            values: row.map((v, c) => {
              const cell: Record<string, unknown> = {};
              const link = sheet.links?.[r]?.[c];
              // Several links (one a line, as the bundle reads them): labels linked one by one, as text runs.
              if (link?.includes('\n'))
                cell.textFormatRuns = link.split('\n').map((uri) => ({ format: { link: { uri } } }));
              else if (link) cell.hyperlink = link;
              if (isDate(v)) cell.effectiveFormat = { numberFormat: { type: 'DATE', pattern: 'd/m/yyyy' } };
              return cell;
            }),
          })),
        },
      ],
    })),
  };
}

function gridRange(b: CellBox): Record<string, number> {
  const range: Record<string, number> = {
    startRowIndex: b.row - 1,
    endRowIndex: b.row - 1 + b.numRows,
    startColumnIndex: b.column - 1,
    endColumnIndex: b.column - 1 + b.numColumns,
  };
  return Object.fromEntries(Object.entries(range).filter(([, v]) => v !== 0));
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
