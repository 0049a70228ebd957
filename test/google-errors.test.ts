import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { googleFailureTh, quietGoogleWarnings } from '../src/cli/google-errors';
import { main } from '../src/cli/main';
import { checkDriveLinksApi } from '../src/cli/google-drive-links';
import { startGoogleFake, type Injection } from './tools/google-loopback';
import { linkWorkbook } from './tools/link-workbook';
import { writeServiceAccountKey } from './tools/service-account-key';

async function cli(...argv: string[]): Promise<{ code: number; err: string[]; out: string[] }> {
  return cliAt(undefined, ...argv);
}

async function cliAt(googleRootUrl: string | undefined, ...argv: string[]) {
  const err: string[] = [];
  const out: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), googleRootUrl });
  return { code, err, out };
}

/** Runs the CLI against the loopback Google fake with a service-account key, every matching call failing. */
async function withFailingGoogle(injection: Omit<Injection, 'times'>, ...argv: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'ita-scope-'));
  const { keyFile, publicKeyPem } = writeServiceAccountKey(dir);

  const site = 'https://drive.google.com';
  const data = linkWorkbook([{ rowId: 'D1', evidence: [`${site}/file/d/someFile0001/view`] }], site);
  const fake = await startGoogleFake({
    publicKeyPem,
    spreadsheets: { sheet1: data },
  });
  fake.inject({ ...injection, times: Infinity });
  try {
    if (argv[0] === 'drive') {
      const target = { id: 'someFile0001', folder: false };
      const options = { keyFile, rootUrl: fake.rootUrl, retry: { attempts: 1 } };
      const error = await checkDriveLinksApi([{ url: `${site}/file/d/${target.id}/view`, target }], options).then(
        () => undefined,
        (e: unknown) => e,
      );
      return { code: -1, err: [], out: [], error };
    }
    return { ...(await cliAt(fake.rootUrl, ...argv, '--key-file', keyFile)), error: undefined };
  } finally {
    await fake.close();
  }
}

const SCOPES_MESSAGE = 'Request had insufficient authentication scopes.';
/** The one gcloud command every message gives: every scope any command needs, so one login serves them all. */
const LOGIN = /gcloud auth application-default login --scopes=\S*spreadsheets\.readonly\S*documents\S*drive/;

describe('a Google failure reads as one Thai line with what to do', () => {
  it('a damaged private_key is named before any call (no OpenSSL text)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-key-'));
    const keyFile = join(dir, 'key.json');
    writeFileSync(
      keyFile,
      JSON.stringify({
        type: 'service_account',
        client_email: 'a@x.iam.gserviceaccount.com',
        private_key: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
      }),
    );
    const run = await cli('validate', '--spreadsheet', 'sheet-1', '--key-file', keyFile);
    expect(run.code).toBe(2);
    const problem = run.err.filter((l) => l.startsWith('ita-report:'));
    expect(problem).toHaveLength(1);
    expect(problem[0]).toContain('อ่าน private_key ไม่ได้');
    expect(problem[0]).toContain('ดาวน์โหลดไฟล์กุญแจ JSON ใหม่');
    expect(run.err.join('\n')).not.toMatch(/DECODER|routines|error:1E/);
  });

  it('translates the low-level texts of signing, OAuth, a disabled API and the network; leaves others alone', () => {
    expect(googleFailureTh(new Error('error:1E08010C:DECODER routines::unsupported'))).toContain(
      'อ่าน private_key ไม่ได้',
    );
    expect(googleFailureTh(new Error('invalid_grant: Invalid JWT Signature.'))).toContain('Google ไม่รับกุญแจนี้');
    expect(
      googleFailureTh(new Error('Google Sheets API has not been used in project 123 before or it is disabled.')),
    ).toContain('ยังไม่ได้เปิดใช้ Google Sheets API');
    expect(
      googleFailureTh(Object.assign(new Error('getaddrinfo ENOTFOUND sheets.googleapis.com'), { code: 'ENOTFOUND' })),
    ).toBe('เชื่อมต่อ Google ไม่ได้ (ENOTFOUND): ตรวจการเชื่อมต่ออินเทอร์เน็ตหรือพร็อกซีของหน่วยงาน แล้วลองใหม่');
    expect(googleFailureTh(new Error('The caller does not have permission'))).toBeUndefined();
  });

  it('a token without the scopes (gcloud login without --scopes) says how to log in again, not to share the Sheet', async () => {
    expect(googleFailureTh(new Error(SCOPES_MESSAGE))).toMatch(LOGIN);
    const run = await withFailingGoogle(
      { match: (m, p) => p.startsWith('/v4/spreadsheets'), status: 403, message: SCOPES_MESSAGE },
      'validate',
      '--spreadsheet',
      'sheet1',
    );
    expect(run.code).toBe(2);
    expect(run.err.filter((l) => l.startsWith('ita-report:'))).toEqual([expect.stringMatching(LOGIN)]);
    expect(run.err.join('\n')).not.toContain('แชร์สเปรดชีต');
  });

  it('Drive refusing the token or the API fails the Drive check (links then opens them signed out), not "cannot be opened" per link', async () => {
    for (const message of [
      SCOPES_MESSAGE,
      'Google Drive API has not been used in project 12 before or it is disabled.',
    ]) {
      const run = await withFailingGoogle(
        { match: (m, p) => p.startsWith('/drive/v3/files/'), status: 403, message },
        'drive',
      );
      expect(run.error, message).toBeInstanceOf(Error);
      expect(googleFailureTh(run.error), message).toBeDefined();
    }
  });

  it('a key file that is not there says what to do', async () => {
    const run = await cli('validate', '--spreadsheet', 'x', '--key-file', join(tmpdir(), 'no-such-key.json'));
    expect(run.code).toBe(2);
    const line = run.err.filter((l) => l.startsWith('ita-report:'));
    expect(line).toEqual([expect.stringContaining('ไม่พบไฟล์กุญแจบัญชีบริการ')]);
    expect(line[0]).toContain('Service accounts › Keys');
    expect(line[0]).toMatch(LOGIN);
  });

  it("drops gcp-metadata's MetadataLookupWarning and keeps every other warning", () => {
    quietGoogleWarnings();
    const seen: string[] = [];
    const listener = (w: Error) => seen.push(w.name);
    process.on('warning', listener);
    try {
      process.emitWarning(
        'received unexpected error = All promises were rejected code = UNKNOWN',
        'MetadataLookupWarning',
      );
      process.emitWarning('something else', 'OtherWarning');
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          expect(seen).toEqual(['OtherWarning']);
          resolve();
        }),
      );
    } finally {
      setImmediate(() => process.off('warning', listener));
    }
  });
});
