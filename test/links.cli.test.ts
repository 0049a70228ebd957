/**
 * `ita-report links` against a real HTTP server on 127.0.0.1 started here (every case of the issue), Drive
 * sharing through the loopback Google fake, the cache on a re-run, and a run that continues a cut-short one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { workbookToXlsx } from '../src/cli/write-xlsx';
import { startGoogleFake } from './tools/google-loopback';
import { linkWorkbook } from './tools/link-workbook';
import { refusedPort, startLinkServer, type LinkServer } from './tools/link-server';
import type { WorkbookData } from '../src/core/workbook';
import { writeServiceAccountKey } from './tools/service-account-key';

let dir: string;
let server: LinkServer;
let closedPort: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ita-links-'));
  server = await startLinkServer();
  closedPort = await refusedPort();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The loopback Google fake a test points the CLI at (an Io option: the environment never can). */
let googleRootUrl: string | undefined;

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), googleRootUrl });
  return { code, out, err: err.join('\n') };
}

async function xlsx(name: string, data: WorkbookData): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await workbookToXlsx(data));
  return path;
}

/** stdout's result lines as url → [status, detail, where]. */
function byUrl(out: string[]): Map<string, string[]> {
  return new Map(
    out
      .filter((l) => l.includes('\t'))
      .map((l) => {
        const [status, url, detail, where] = l.split('\t');
        return [url, [status, detail, where]];
      }),
  );
}

describe('ita-report links (loopback web server)', () => {
  it('classifies every case, one request per URL, HEAD then GET when HEAD is refused; a re-run asks again only the failures staff can fix', async () => {
    const o = server.origin;
    const data = linkWorkbook(
      [
        { rowId: 'R1', evidence: [`${o}/ok`, `${o}/old`, `${o}/loop-a`] },
        {
          rowId: 'R2',
          evidence: [`${o}/missing`, `${o}/broken`, `${o}/hang`],
          result: `ดูผลที่ ${o}/no-head และ ${o}/ok#section และ ${o}/head-forbidden`,
        },
        { rowId: 'R3', evidence: [`http://127.0.0.1:${closedPort}/gone`, `${o}/to-mailto`, `${o}/login`], oit: false },
      ],
      o,
    );
    const path = await xlsx('web.xlsx', data);
    const cache = join(dir, 'web.links.json');
    const before = server.requests.length;
    const first = await cli('links', path, '--timeout', '400');
    expect(first.code).toBe(1);
    const got = byUrl(first.out);
    expect(got.get(`${o}/old`)?.slice(0, 2)).toEqual(['ย้ายที่แล้ว', `ย้ายไปที่ ${o}/ok — แก้ลิงก์เป็นที่อยู่ใหม่`]);
    expect(got.get(`${o}/loop-a`)?.[0]).toBe('เปลี่ยนเส้นทางวนซ้ำ/มากเกินไป');
    expect(got.get(`${o}/missing`)?.[0]).toBe('ไม่พบหน้า (404)');
    expect(got.get(`${o}/broken`)?.[0]).toBe('เซิร์ฟเวอร์ขัดข้อง');
    expect(got.get(`${o}/hang`)?.slice(0, 2)).toEqual(['หมดเวลารอ', 'ไม่ได้รับคำตอบภายใน 0.4 วินาที']);
    expect(got.get(`http://127.0.0.1:${closedPort}/gone`)?.[0]).toBe('เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ');
    expect(got.get(`${o}/to-mailto`)?.[0]).toBe('ไม่ใช่ลิงก์เว็บ (http/https)');
    expect(got.get(`${o}/login`)?.[0]).toBe('จำกัดสิทธิ์ (ผู้ประเมินเปิดไม่ได้)');
    // ok links are not listed; the summary counts them (ok, ok#section = one URL, no-head).
    expect(got.has(`${o}/ok`)).toBe(false);
    expect(got.has(`${o}/no-head`)).toBe(false);
    // A page whose server answers HEAD 403 but GET 200 opens in a browser: ok, not listed.
    expect(got.has(`${o}/head-forbidden`)).toBe(false);
    expect(first.out.at(-1)).toMatch(/^ตรวจ 11 ลิงก์: /);
    expect(first.out.at(-1)).toContain('เปิดได้ 3');
    // Where each link is used: sheet, row id and column.
    expect(got.get(`${o}/missing`)?.[2]).toBe('ใช้ที่ มาตรการ R2 "ลิงก์หลักฐาน"');

    const asked = server.requests.slice(before);
    const count = (method: string, p: string) => asked.filter((r) => r.method === method && r.path === p).length;
    expect(count('HEAD', '/no-head')).toBe(1);
    expect(count('GET', '/no-head')).toBe(1);
    expect([count('HEAD', '/head-forbidden'), count('GET', '/head-forbidden')]).toEqual([1, 1]);
    // /ok is used twice (R1 evidence, R2 result with #section) and is the end of /old: asked once for itself, once via /old.
    expect(count('HEAD', '/ok')).toBe(2);
    expect(count('GET', '/ok')).toBe(0);
    // A 404 to HEAD is asked once more with GET (an app may route only GET); it stays not found.
    expect([count('HEAD', '/missing'), count('GET', '/missing')]).toEqual([1, 1]);
    expect(server.maxInFlight).toBeLessThanOrEqual(2);

    // Re-run: the links that opened and the failures that may pass by themselves come from the cache; the
    // failures staff can fix (404, restricted, a redirect loop or to mailto:) are asked again.
    const cached = JSON.parse(readFileSync(cache, 'utf8')) as { results: unknown[] };
    expect(cached.results).toHaveLength(11);
    const again = server.requests.length;
    const second = await cli('links', path, '--timeout', '400');
    const firstHops = new Set(server.requests.slice(again).map((r) => r.path));
    for (const p of ['/missing', '/login', '/loop-a', '/to-mailto']) expect(firstHops).toContain(p);
    for (const p of ['/ok', '/no-head', '/head-forbidden', '/old', '/broken', '/hang'])
      expect(firstHops).not.toContain(p);
    expect(second.code).toBe(1);
    expect(second.out).toEqual(first.out);
    expect(second.err).toContain('ใช้ผลเดิม 7 ตรวจใหม่ 4');
  });

  it('a run whose cache holds part of the links (an earlier run cut short) checks only the rest', async () => {
    const o = server.origin;
    const path = await xlsx(
      'partial.xlsx',
      linkWorkbook([{ rowId: 'R1', evidence: [`${o}/page/1`, `${o}/page/2`, `${o}/page/3`] }], o),
    );
    const cache = join(dir, 'partial.json');
    writeFileSync(
      cache,
      JSON.stringify({
        version: 1,
        results: [{ url: `${o}/page/1`, status: 'ok', detail: 'เปิดได้ (รหัส 200)', checkedAt: Date.now() - 60_000 }],
      }),
    );
    const before = server.requests.length;
    const run = await cli('links', path, '--cache', cache);
    expect(run.code).toBe(0);
    expect(
      server.requests
        .slice(before)
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/page/2', '/page/3']);
    // A result older than a day is checked again.
    writeFileSync(
      cache,
      JSON.stringify({
        version: 1,
        results: [{ url: `${o}/page/1`, status: 'ok', detail: '', checkedAt: Date.now() - 25 * 3_600_000 }],
      }),
    );
    const before2 = server.requests.length;
    await cli('links', path, '--cache', cache);
    expect(
      server.requests
        .slice(before2)
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/page/1', '/page/2', '/page/3']);
  });

  it('OIT links off the main website are noted', async () => {
    const o = server.origin;
    const path = await xlsx(
      'site.xlsx',
      linkWorkbook([{ rowId: 'R1', evidence: [`${o}/page/9`] }], 'https://www.example.go.th'),
    );
    const run = await cli('links', path);
    expect(run.code).toBe(0);
    expect(byUrl(run.out).get(`${o}/page/9`)?.[1]).toContain(
      'ข้อ OIT ควรใช้ลิงก์บนเว็บไซต์หลักของหน่วยงาน (www.example.go.th) — ลิงก์นี้อยู่ที่ 127.0.0.1',
    );
  });

  it('refuses options of other commands', async () => {
    const run = await cli('links', 'x.xlsx', '-o', 'r.docx');
    expect(run.code).toBe(2);
    expect(run.err).toContain('คำสั่ง links ตรวจลิงก์เท่านั้น');
    expect((await cli('validate', 'x.xlsx', '--timeout', '500')).code).toBe(2);
    expect((await cli('links', 'x.xlsx', '--timeout', 'soon')).err).toContain('--timeout ต้องเป็นจำนวนมิลลิวินาที');
  });
});

/** A service-account key for the loopback Google fake (its public half checks the self-signed JWTs). */
function serviceAccount(): { keyFile: string; publicKeyPem: string } {
  return writeServiceAccountKey(dir);
}

describe('ita-report links (Drive sharing through the loopback Google fake)', () => {
  it('reads the Sheet with --spreadsheet and checks its links', async () => {
    const { keyFile, publicKeyPem } = serviceAccount();
    const o = server.origin;
    const fake = await startGoogleFake({
      publicKeyPem,
      spreadsheets: { sheet1: linkWorkbook([{ rowId: 'S1', evidence: [`${o}/missing`, `${o}/page/77`] }], o) },
    });
    googleRootUrl = fake.rootUrl;
    try {
      const run = await cli(
        'links',
        '--spreadsheet',
        'sheet1',
        '--key-file',
        keyFile,
        '--cache',
        join(dir, 'sheet1.json'),
      );
      expect(run.code).toBe(1);
      expect(byUrl(run.out).get(`${o}/missing`)?.slice(0, 1)).toEqual(['ไม่พบหน้า (404)']);
      expect(run.out.at(-1)).toBe('ตรวจ 2 ลิงก์: ไม่พบหน้า (404) 1, เปิดได้ 1');
    } finally {
      googleRootUrl = undefined;
      await fake.close();
    }
  });

  it('anyone with the link is fine; domain-only and restricted are named with how to share; a file this account cannot open says so', async () => {
    const { keyFile, publicKeyPem } = serviceAccount();
    const fake = await startGoogleFake({
      publicKeyPem,
      driveFiles: {
        publicFile0001: {
          name: 'รายงานผล.pdf',
          permissions: [
            { type: 'user', role: 'owner' },
            { type: 'anyone', role: 'reader' },
          ],
        },
        domainFile0001: {
          name: 'คำสั่งแต่งตั้ง.pdf',
          permissions: [{ type: 'domain', role: 'reader', domain: 'example.go.th' }],
        },
        privateDoc0001: { name: 'บันทึกการประชุม', permissions: [{ type: 'user', role: 'owner' }] },
        trashedDoc0001: { name: 'ฉบับเก่า', trashed: true, permissions: [] },
      },
    });
    googleRootUrl = fake.rootUrl;
    try {
      const links = [
        'https://drive.google.com/file/d/publicFile0001/view?usp=sharing',
        'https://drive.google.com/file/d/domainFile0001/view',
        'https://docs.google.com/document/d/privateDoc0001/edit',
        'https://docs.google.com/spreadsheets/d/trashedDoc0001/edit#gid=0',
        'https://drive.google.com/open?id=missingFile0001',
      ];
      const path = await xlsx(
        'drive.xlsx',
        linkWorkbook([{ rowId: 'D1', evidence: links }], 'https://drive.google.com'),
      );
      const run = await cli('links', path, '--key-file', keyFile);
      expect(run.code).toBe(1);
      const got = byUrl(run.out);
      expect(got.has(links[0])).toBe(false);
      expect(got.get(links[1])?.slice(0, 2)).toEqual([
        'เปิดได้เฉพาะในองค์กร',
        expect.stringContaining('ไฟล์ "คำสั่งแต่งตั้ง.pdf" เปิดได้เฉพาะคนใน example.go.th'),
      ]);
      expect(got.get(links[1])?.[1]).toContain('ทุกคนที่มีลิงก์');
      expect(got.get(links[2])?.slice(0, 2)).toEqual([
        'จำกัดสิทธิ์ (ผู้ประเมินเปิดไม่ได้)',
        expect.stringContaining('ไฟล์ "บันทึกการประชุม" จำกัดสิทธิ์'),
      ]);
      expect(got.get(links[3])?.[0]).toBe('ไม่พบหน้า (404)');
      expect(got.get(links[4])?.slice(0, 2)).toEqual([
        'บัญชีที่ตรวจเปิดไม่ได้',
        expect.stringContaining('บัญชีที่ใช้ตรวจเปิดไฟล์นี้ไม่ได้'),
      ]);
      const gets = fake.calls.filter((c) => c.path.startsWith('/drive/v3/files/'));
      expect(gets.map((c) => c.path.split('/').pop()).sort()).toEqual([
        'domainFile0001',
        'missingFile0001',
        'privateDoc0001',
        'publicFile0001',
        'trashedDoc0001',
      ]);
      expect(gets.every((c) => (c.query.get('fields') ?? '').includes('permissions(type,role,domain)'))).toBe(true);
      expect(String(gets[0].claims?.scope)).toContain('drive.metadata.readonly');
    } finally {
      googleRootUrl = undefined;
      await fake.close();
    }
  });
});
