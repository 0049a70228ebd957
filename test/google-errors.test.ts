import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { googleFailureTh, quietGoogleWarnings } from '../src/cli/google-errors';
import { main } from '../src/cli/main';

async function cli(...argv: string[]): Promise<{ code: number; err: string[] }> {
  const err: string[] = [];
  const code = await main(argv, { out() {}, err: (l) => err.push(l) });
  return { code, err };
}

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
