/**
 * The CLI's googleapis path (src/cli/google.ts) against a loopback fake of the Sheets, Docs and Drive APIs
 * (test/tools/google-loopback.ts): the real googleapis client, pointed at 127.0.0.1 through rootUrl, and
 * authenticated with a generated service-account key (self-signed JWT, verified by the fake).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGoogleDoc, GoogleCliError, readSpreadsheet, SCOPES, type GoogleOptions } from '../src/cli/google';
import { FAILED_PREFIX } from '../src/render/report-naming';
import { MEASURE_HEADER, SHEET } from '../src/core/layout';
import { buildReportModel, type ReportModel } from '../src/core/report-model';
import { validateWorkbookData } from '../src/core/validation';
import type { WorkbookData } from '../src/core/workbook';
import { buildDocsRequests } from '../src/render/docs-requests';
import { READ_FIELDS } from '../src/render/docs-write';
import { generateWorkbook } from './tools/generate-workbook';
import { DocsSimulator } from './tools/docs-simulator';
import { startGoogleFake, type GoogleFake, type GoogleFakeOptions } from './tools/google-loopback';
import { applyPlan } from './tools/docs-simulator/apply-plan';
import { documentToHtml } from './tools/docs-simulator/html';
import { seedWorkbook } from './tools/seed';
import { writeServiceAccountKey } from './tools/service-account-key';
import { mergedSeed } from './tools/merged-seed';

const SEED_ID = 'seed-spreadsheet';
const FOOTER = 'รายงานผลตามมาตรการฯ ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน · สร้างเมื่อ (ทดสอบ)';

let dir: string;
let keyFile: string;
let publicKeyPem: string;
let fake: GoogleFake;
let options: GoogleOptions;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-google-'));
  ({ keyFile, publicKeyPem } = writeServiceAccountKey(dir, {
    name: 'service-account.json',
    email: 'ita-report@loopback-test.iam.gserviceaccount.com',
  }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(
  spreadsheets: Record<string, WorkbookData> = {},
  extra: GoogleFakeOptions = {},
): Promise<GoogleFake> {
  fake = await startGoogleFake({ ...extra, spreadsheets, publicKeyPem });
  options = { keyFile, rootUrl: fake.rootUrl, retry: { firstDelayMs: 1 } };
  return fake;
}

afterEach(async () => {
  await fake?.close();
});

function seedModel(): ReportModel {
  const result = validateWorkbookData(seedWorkbook());
  return buildReportModel(result.workbook, result.workbook.config!);
}

/** Findings without their order-insensitive noise: what a person is shown. */
const shown = (data: WorkbookData) =>
  validateWorkbookData(data).findings.map((f) =>
    [f.severity, f.rule, f.sheet, f.row, f.column, f.messageTh].join(' | '),
  );

describe('readSpreadsheet through googleapis on loopback', () => {
  it('reads the seed as the Sheet holds it: same values, same findings as reading it directly', async () => {
    await start({ [SEED_ID]: seedWorkbook() });
    const data = await readSpreadsheet(SEED_ID, options);

    const seed = seedWorkbook();
    expect(Object.keys(data).sort()).toEqual(Object.keys(seed).sort());
    for (const name of Object.keys(seed)) expect(data[name]!.values).toEqual(seed[name]!.values);
    expect(shown(data)).toEqual(shown(seed));
    const direct = validateWorkbookData(seed);
    const viaApi = validateWorkbookData(data);
    expect(viaApi.errors).toBe(direct.errors);
    expect(viaApi.warnings).toBe(direct.warnings);
    expect(viaApi.workbook.measures).toEqual(direct.workbook.measures);

    // 3 calls: sheet titles, one values.batchGet of the 4 layout sheets and [plan] last year's scores, one grid read for links and date cells.
    expect(fake.calls.map((c) => `${c.method} ${c.path}`).sort()).toEqual(
      [
        `GET /v4/spreadsheets/${SEED_ID}`,
        `GET /v4/spreadsheets/${SEED_ID}`,
        `GET /v4/spreadsheets/${SEED_ID}/values:batchGet`,
      ].sort(),
    );
    const batchGet = fake.calls.find((c) => c.path.endsWith(':batchGet'))!;
    expect(batchGet.query.getAll('ranges')).toEqual(
      [SHEET.config, SHEET.units, SHEET.headings, SHEET.measures, SHEET.lastResult].map((s) => `'${s}'`),
    );
    expect(batchGet.query.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
    expect(fake.calls[0].query.get('fields')).toBe('sheets.properties.title');
  });

  it('a measures sheet with its issue and measure cells merged down their rows reads as the seed: same rows, same findings', async () => {
    const { data: merged, merges } = mergedSeed();
    await start({ [SEED_ID]: merged }, { merges: { [SEED_ID]: { [SHEET.measures]: merges } } });
    expect(merges.length).toBeGreaterThan(10);
    const data = await readSpreadsheet(SEED_ID, options);
    expect(data[SHEET.measures]!.values).toEqual(seedWorkbook()[SHEET.measures]!.values);
    expect(shown(data)).toEqual(shown(seedWorkbook()));
    // Still 3 calls: the merges come with the grid read.
    expect(fake.calls).toHaveLength(3);
  });

  it('authenticates every call with a bearer JWT signed by the service-account key, with the read-only scope', async () => {
    await start({ [SEED_ID]: seedWorkbook() });
    await readSpreadsheet(SEED_ID, options);
    expect(fake.calls.length).toBeGreaterThan(0);
    for (const call of fake.calls) {
      expect(call.status).toBe(200);
      expect(call.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
      expect(call.claims?.iss).toBe('ita-report@loopback-test.iam.gserviceaccount.com');
      expect(call.claims?.scope).toBe(SCOPES.read.join(' '));
    }
  });

  it('keeps links (=HYPERLINK, linked cells) and turns date cells back into dates', async () => {
    const book = seedWorkbook();
    const measures = book[SHEET.measures]!;
    const header = measures.values[0].map(String);
    const evidence = header.indexOf(MEASURE_HEADER.evidence);
    const dates = header.indexOf(MEASURE_HEADER.activityDates);
    const links = measures.values.map((row) => row.map(() => undefined as string | undefined));
    links[1][evidence] = 'https://www.nhrc.or.th/evidence/budget-committee';
    measures.values[1][evidence] = 'คำสั่งแต่งตั้งคณะกรรมการ';
    // Two labels in one cell, each linked to its own file (Insert > Link on each line).
    links[2][evidence] = 'https://www.nhrc.or.th/evidence/a.pdf\nhttps://www.nhrc.or.th/evidence/b.pdf';
    measures.values[2][evidence] = 'คำสั่ง\nประกาศ';
    measures.links = links;
    // A date typed as a date (getValues gives a Date at midnight Bangkok time).
    measures.values[2][dates] = new Date(Date.UTC(2024, 1, 28) - 7 * 3_600_000);
    await start({ [SEED_ID]: book });

    const data = await readSpreadsheet(SEED_ID, options);
    const read = data[SHEET.measures]!;
    expect(read.links?.[1][evidence]).toBe('https://www.nhrc.or.th/evidence/budget-committee');
    expect(read.links?.[1][0]).toBeUndefined();
    expect(read.links?.[2][evidence]).toBe(
      'https://www.nhrc.or.th/evidence/a.pdf\nhttps://www.nhrc.or.th/evidence/b.pdf',
    );
    expect(read.values[2][dates]).toBeInstanceOf(Date);
    expect((read.values[2][dates] as Date).getTime()).toBe((measures.values[2][dates] as Date).getTime());
    const row = validateWorkbookData(data).workbook.measures[0];
    expect(row.evidence.join('\n')).toContain('https://www.nhrc.or.th/evidence/budget-committee');
    const both = validateWorkbookData(data).workbook.measures[1].evidence.join('\n');
    expect(both).toContain('https://www.nhrc.or.th/evidence/a.pdf');
    expect(both).toContain('https://www.nhrc.or.th/evidence/b.pdf');
    expect(shown(data)).toEqual(shown(book));
  });

  it('reports a missing sheet as a finding instead of failing (and never asks for it)', async () => {
    const book = seedWorkbook();
    delete book[SHEET.units];
    await start({ [SEED_ID]: book });

    const data = await readSpreadsheet(SEED_ID, options);
    expect(data[SHEET.units]).toBeUndefined();
    const findings = validateWorkbookData(data).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'sheet-missing', sheet: SHEET.units, severity: 'error' }),
    );
    expect(fake.calls.every((c) => c.status === 200)).toBe(true);
    expect(fake.calls.find((c) => c.path.endsWith(':batchGet'))!.query.getAll('ranges')).not.toContain(
      `'${SHEET.units}'`,
    );
  });

  it('makes the same number of HTTP calls for 100 and 1,000 rows', async () => {
    const counts: number[] = [];
    for (const rows of [100, 1000]) {
      await start({ big: generateWorkbook({ rows }) });
      const data = await readSpreadsheet('big', options);
      expect(validateWorkbookData(data).workbook.measures).toHaveLength(rows);
      counts.push(fake.calls.length);
      await fake.close();
    }
    expect(counts).toEqual([3, 3]);
  });

  it('reads the forms ledger, the survey links and the survey tabs they name (2 more calls for the tabs)', async () => {
    const book = seedWorkbook();
    book[SHEET.ledger] = {
      values: [
        ['คีย์คำตอบ', 'รหัสแถว'],
        ['k1', '2567-01'],
      ],
    };
    book[SHEET.surveys] = {
      values: [
        ['รหัสแถว', 'ชีตคำตอบแบบประเมิน', 'คำถาม', 'ชื่อที่แสดง'],
        ['2567-05', 'การตอบแบบฟอร์ม 2', '', 'ความพึงพอใจ'],
      ],
    };
    book['การตอบแบบฟอร์ม 2'] = {
      values: [
        ['ประทับเวลา', 'ความพึงพอใจ'],
        ['x', 5],
      ],
    };
    book['ชีตอื่นของสำนัก'] = { values: [['ไม่เกี่ยว']] };
    await start({ [SEED_ID]: book });
    const data = await readSpreadsheet(SEED_ID, options);
    expect(data[SHEET.ledger]!.values).toEqual(book[SHEET.ledger]!.values);
    expect(data['การตอบแบบฟอร์ม 2']!.values).toEqual(book['การตอบแบบฟอร์ม 2']!.values);
    expect(data['ชีตอื่นของสำนัก']).toBeUndefined();
    expect(fake.calls.length).toBe(5);
  });

  it('says clearly when the spreadsheet does not exist', async () => {
    await start({});
    await expect(readSpreadsheet('no-such-id', options)).rejects.toThrow(/ไม่พบสเปรดชีตรหัส "no-such-id"[\s\S]*not found/);
  });

  it('retries a 503 on a read', async () => {
    await start({ [SEED_ID]: seedWorkbook() });
    fake.inject({ match: (m, p) => m === 'GET' && p.endsWith(':batchGet'), status: 503 });
    const data = await readSpreadsheet(SEED_ID, options);
    expect(shown(data)).toEqual(shown(seedWorkbook()));
    expect(fake.calls.filter((c) => c.path.endsWith(':batchGet')).map((c) => c.status)).toEqual([503, 200]);
  });
});

describe('createGoogleDoc through googleapis on loopback', () => {
  it('creates the Doc and writes the seed report: title, table, footer, in 1 create + 2 batchUpdate calls', async () => {
    await start();
    const model = seedModel();
    const title = 'รายงานผลตามมาตรการ (ทดสอบ)';
    const result = await createGoogleDoc(model, { ...options, title, footerText: FOOTER });

    expect(result.documentId).toBe('doc-1');
    expect(result.url).toBe('https://docs.google.com/document/d/doc-1/edit');
    expect(result.batchUpdateCalls).toBe(2);
    expect(result.requests).toBe(buildDocsRequests(model, { footerText: FOOTER }).stats.requests);

    const entry = fake.documents.get('doc-1')!;
    expect(entry.name).toBe(title);
    expect(entry.trashed).toBe(false);
    const doc = entry.doc;
    expect(doc.paragraphs()[0].text).toBe(model.title);
    const tables = doc.tables();
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toBe(2 + model.body.length);
    expect(tables[0].columns).toBe(6);
    expect(tables[0].pinnedHeaderRows).toBe(2);
    expect(doc.footer().map((p) => p.text)).toEqual([FOOTER]);

    const docsCalls = fake.calls.map((c) => `${c.method} ${c.path}`);
    expect(docsCalls).toEqual([
      'POST /v1/documents',
      'POST /v1/documents/doc-1:batchUpdate',
      'POST /v1/documents/doc-1:batchUpdate',
    ]);
    // Each write carries the revision it expects.
    const revisions = fake.calls
      .slice(1)
      .map((c) => (c.body as { writeControl?: { requiredRevisionId?: string } }).writeControl?.requiredRevisionId);
    expect(revisions).toEqual(['rev1', 'rev2']);
    for (const call of fake.calls) expect(call.claims?.scope).toBe(SCOPES.write.join(' '));
  });

  it('with a template Doc: writes into a Drive copy, keeps its page number under the footer line, no createFooter', async () => {
    await start();
    fake.addDocument('template-doc', DocsSimulator.fromTemplate({ pageNumberFooter: true }), 'แม่แบบ');
    const model = seedModel();
    const result = await createGoogleDoc(model, {
      ...options,
      title: 'รายงาน (แม่แบบ)',
      footerText: FOOTER,
      templateId: 'template-doc',
    });
    expect(fake.calls.some((c) => c.method === 'POST' && c.path === '/v1/documents')).toBe(false);
    expect(fake.calls.filter((c) => c.path.endsWith('/copy')).length).toBe(1);
    expect(result.batchUpdateCalls).toBe(2);
    const copy = fake.documents.get(result.documentId)!;
    expect(copy.name).toBe('รายงาน (แม่แบบ)');
    expect(copy.doc.tables()[0].rows).toBe(2 + model.body.length);
    expect(copy.doc.footer().map((p) => p.text)).toEqual([FOOTER, '{PAGE_NUMBER}']);
    expect(fake.documents.get('template-doc')!.doc.tables()).toEqual([]); // the template is untouched
    expect(String(fake.calls.at(-1)!.claims?.scope)).toContain('https://www.googleapis.com/auth/drive');
  });

  it('refuses a template with text on its page, trashing the copy; a template that cannot be copied says so', async () => {
    await start();
    fake.addDocument('full-template', DocsSimulator.fromTemplate({ bodyText: 'ร่าง\n' }), 'แม่แบบ');
    const error = await createGoogleDoc(seedModel(), {
      ...options,
      title: 't',
      footerText: FOOTER,
      templateId: 'full-template',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(GoogleCliError);
    expect(error.message).toContain('เอกสารแม่แบบรายงานต้องไม่มีเนื้อหา');
    const copy = [...fake.documents.entries()].find(([id]) => id !== 'full-template')![1];
    expect(copy.trashed).toBe(true);
    expect(copy.doc.tables()).toEqual([]);

    const missing = await createGoogleDoc(seedModel(), {
      ...options,
      title: 't',
      footerText: FOOTER,
      templateId: 'nope',
    }).catch((e) => e);
    expect(missing.message).toContain('เปิดเอกสารแม่แบบรายงานไม่ได้');
  });

  it('documents.get failing after the template copy: the copy is renamed as failed and trashed, and the error says so', async () => {
    await start();
    fake.addDocument('template-doc', DocsSimulator.fromTemplate({ pageNumberFooter: true }), 'แม่แบบ');
    fake.inject({
      match: (m, p) => m === 'GET' && p.startsWith('/v1/documents/'),
      status: 403,
      message: 'The caller does not have permission',
      times: Infinity,
    });
    const error = await createGoogleDoc(seedModel(), {
      ...options,
      title: 'รายงาน (แม่แบบ)',
      footerText: FOOTER,
      templateId: 'template-doc',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(GoogleCliError);
    expect(error.message).toContain('เปิดสำเนาของเอกสารแม่แบบเพื่อเขียนรายงานไม่ได้');
    expect(error.message).toContain('moved to the trash');
    const copies = [...fake.documents.entries()].filter(([id]) => id !== 'template-doc').map(([, d]) => d);
    expect(copies.map((c) => [c.name, c.trashed])).toEqual([[`${FAILED_PREFIX} รายงาน (แม่แบบ)`, true]]);
    expect(fake.calls.some((c) => c.path.endsWith(':batchUpdate'))).toBe(false);
  });

  it('moves the Doc into the folder when folderId is given (drive scope)', async () => {
    await start();
    const result = await createGoogleDoc(seedModel(), {
      ...options,
      title: 'ในโฟลเดอร์',
      footerText: FOOTER,
      folderId: 'folder-123',
    });
    expect(result.note).toBeUndefined();
    expect(fake.documents.get(result.documentId)!.parents).toEqual(['folder-123']);
    const patch = fake.calls.find((c) => c.method === 'PATCH')!;
    expect(patch.query.get('addParents')).toBe('folder-123');
    expect(patch.query.get('removeParents')).toBe('root-folder');
    expect(patch.claims?.scope).toBe([...SCOPES.write, ...SCOPES.folder].join(' '));
  });

  it('retries a 500 on the first batchUpdate; the retry carries the same revision and the Doc is written once', async () => {
    await start();
    fake.inject({
      match: (m, p) => m === 'POST' && p.endsWith(':batchUpdate'),
      status: 500,
      message: 'Internal error encountered.',
    });
    const progress: string[] = [];
    const model = seedModel();
    const result = await createGoogleDoc(model, {
      ...options,
      title: 'retry',
      footerText: FOOTER,
      onProgress: (m) => progress.push(m),
    });

    const updates = fake.calls.filter((c) => c.path.endsWith(':batchUpdate'));
    expect(updates.map((c) => c.status)).toEqual([500, 200, 200]);
    expect(
      updates.map((c) => (c.body as { writeControl: { requiredRevisionId: string } }).writeControl.requiredRevisionId),
    ).toEqual(['rev1', 'rev1', 'rev2']);
    expect(result.batchUpdateCalls).toBe(2);
    expect(fake.documents.get(result.documentId)!.doc.tables()[0].rows).toBe(2 + model.body.length);
    expect(progress.some((m) => /ลองใหม่ในอีก/.test(m))).toBe(true);
  });

  it('a batch refused as too large goes as two halves; the Doc is the one a single batch makes', async () => {
    const model = seedModel();
    const plan = buildDocsRequests(model, { footerText: FOOTER });
    const body = plan.batches[0].length;
    await start({}, { maxRequestsPerBatch: Math.ceil(body / 2) });
    const progress: string[] = [];
    const result = await createGoogleDoc(model, {
      ...options,
      title: 'halves',
      footerText: FOOTER,
      onProgress: (m) => progress.push(m),
    });

    const updates = fake.calls.filter((c) => c.path.endsWith(':batchUpdate'));
    expect(updates.map((c) => [c.status, (c.body as { requests: unknown[] }).requests.length])).toEqual([
      [400, body],
      [200, Math.ceil(body / 2)],
      [200, Math.floor(body / 2)],
      [200, 3],
    ]);
    expect(result.batchUpdateCalls).toBe(3);
    expect(progress.some((m) => /แบ่งชุดคำขอ/.test(m))).toBe(true);
    const doc = fake.documents.get(result.documentId)!.doc;
    const reference = applyPlan(plan);
    expect(doc.get()).toEqual(reference.get());
    expect(documentToHtml(doc)).toBe(documentToHtml(reference));
  });

  it('a batchUpdate answering 504 after it was applied is not sent again: one documents.get, then the footer', async () => {
    await start();
    fake.inject({
      match: (m, p) => m === 'POST' && p.endsWith(':batchUpdate'),
      status: 504,
      message: 'Deadline exceeded',
      afterApplying: true,
    });
    const model = seedModel();
    const result = await createGoogleDoc(model, { ...options, title: 'timeout', footerText: FOOTER });

    expect(fake.calls.slice(1).map((c) => `${c.status} ${c.method} ${c.path}`)).toEqual([
      '504 POST /v1/documents/doc-1:batchUpdate',
      '200 GET /v1/documents/doc-1',
      '200 POST /v1/documents/doc-1:batchUpdate',
    ]);
    expect(fake.calls[2].query.get('fields')).toBe(READ_FIELDS);
    expect(result.batchUpdateCalls).toBe(2);
    const doc = fake.documents.get(result.documentId)!.doc;
    expect(doc.get()).toEqual(applyPlan(buildDocsRequests(model, { footerText: FOOTER })).get());
  });

  it('on a permanent 400 part-way: throws a clear Thai and English error, renames the Doc as failed and trashes it', async () => {
    await start();
    let calls = 0;
    fake.inject({
      match: (m, p) => m === 'POST' && p.endsWith(':batchUpdate') && ++calls === 2,
      status: 400,
      message:
        'Invalid requests[0].insertText: The insertion index must be inside the bounds of an existing paragraph.',
      times: Infinity,
    });
    const error = await createGoogleDoc(seedModel(), { ...options, title: 'จะล้มเหลว', footerText: FOOTER }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GoogleCliError);
    const message = (error as Error).message;
    expect(message).toContain('การเขียนรายงานลงใน Google Doc หยุดกลางทาง');
    expect(message).toContain('The insertion index must be inside the bounds');
    expect(message).toContain('stopped part-way');
    expect(message).toContain('moved to the trash');

    const entry = fake.documents.get('doc-1')!;
    expect(entry.name).toBe(`${FAILED_PREFIX} จะล้มเหลว`);
    expect(entry.trashed).toBe(true);
    // A 400 is not retried.
    expect(fake.calls.filter((c) => c.path.endsWith(':batchUpdate')).map((c) => c.status)).toEqual([200, 400]);
  });

  it('says when the incomplete Doc could not be discarded either', async () => {
    await start();
    fake.inject({
      match: (m, p) => m === 'POST' && p.endsWith(':batchUpdate'),
      status: 400,
      message: 'Bad request',
      times: Infinity,
    });
    fake.inject({ match: (m) => m === 'PATCH', status: 403, message: 'Insufficient Permission', times: Infinity });
    await expect(createGoogleDoc(seedModel(), { ...options, title: 'x', footerText: FOOTER })).rejects.toThrow(
      /ยังอยู่ใน Google Drive โปรดลบเอง[\s\S]*delete it by hand/,
    );
  });
});

describe('credentials', () => {
  const saved: Record<string, string | undefined> = {};
  const vars = ['GOOGLE_APPLICATION_CREDENTIALS', 'HOME', 'METADATA_SERVER_DETECTION', 'GCE_METADATA_HOST'];
  beforeAll(() => {
    for (const v of vars) saved[v] = process.env[v];
  });
  afterEach(() => {
    for (const v of vars) {
      if (saved[v] === undefined) delete process.env[v];
      else process.env[v] = saved[v];
    }
  });

  it('without any credentials: a clear Thai and English message, and no call to the API', async () => {
    await start({ [SEED_ID]: seedWorkbook() });
    delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
    process.env.HOME = dir; // no ~/.config/gcloud/application_default_credentials.json
    process.env.METADATA_SERVER_DETECTION = 'none'; // not on Google Cloud
    const error = await readSpreadsheet(SEED_ID, { rootUrl: fake.rootUrl }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GoogleCliError);
    expect((error as GoogleCliError).messageTh).toMatch(/ไม่พบข้อมูลยืนยันตัวตนของ Google.*--key-file/);
    // One login for every command: reading the Sheet must not name only its own scope (the Doc would then fail).
    for (const scope of [...SCOPES.read, ...SCOPES.write, ...SCOPES.folder])
      expect((error as GoogleCliError).messageTh).toContain(scope.replace(/\.file$/, ''));
    expect((error as GoogleCliError).messageEn).toMatch(/No Google credentials found.*GOOGLE_APPLICATION_CREDENTIALS/);
    expect(fake.calls).toHaveLength(0);
  });

  it('uses Application Default Credentials from GOOGLE_APPLICATION_CREDENTIALS', async () => {
    await start({ [SEED_ID]: seedWorkbook() });
    process.env.GOOGLE_APPLICATION_CREDENTIALS = keyFile;
    const data = await readSpreadsheet(SEED_ID, { rootUrl: fake.rootUrl });
    expect(Object.keys(data)).toHaveLength(5); // the 4 layout sheets and [plan] last year's scores
    expect(fake.calls.every((c) => c.claims?.iss === 'ita-report@loopback-test.iam.gserviceaccount.com')).toBe(true);
  });

  it('a key file that is missing or not a key: a clear message', async () => {
    await start({ [SEED_ID]: seedWorkbook() });
    await expect(readSpreadsheet(SEED_ID, { ...options, keyFile: join(dir, 'nope.json') })).rejects.toThrow(
      /ไม่พบไฟล์กุญแจบัญชีบริการ/,
    );
    const notJson = join(dir, 'not-a-key.json');
    writeFileSync(notJson, 'hello');
    await expect(readSpreadsheet(SEED_ID, { ...options, keyFile: notJson })).rejects.toThrow(
      /ไม่ใช่ไฟล์กุญแจ JSON ของ Google/,
    );
    expect(fake.calls).toHaveLength(0);
  });
});
