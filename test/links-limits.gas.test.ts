/**
 * Apps Script's UrlFetch limits in "ตรวจลิงก์หลักฐาน", through the built bundle over the fakes: a URL over
 * 2 kB ("Limit Exceeded: URLFetch URL Length.", thrown before any request; a Thai path percent-encodes to 9
 * characters a letter) is not the daily quota, and must not stop the run.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FakeSheet } from './fakes';
import { linkProject, SITE } from './tools/link-project';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const LINKS = 'ตรวจลิงก์หลักฐาน';

const project = linkProject;

function results(sheet: FakeSheet): Record<string, unknown>[] {
  const [header, ...rows] = sheet._values();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

describe.skipIf(!existsSync(BUNDLE))('checkEvidenceLinks and the UrlFetch URL length limit', () => {
  it('a link too long for UrlFetch is left unchecked and said so; the others are checked; the quota is not blamed', () => {
    // A news page with a Thai slug, as Thai government sites publish them, copied from the browser's address bar
    // (percent-encoded): 244 Thai letters, 2,222 characters.
    const long = encodeURI(`${SITE}/ข่าว/${'ประกาศ'.repeat(40)}`);
    const others = Array.from({ length: 25 }, (_, i) => `https://h${i % 10}.example.go.th/p${i}`);
    const { fakes, context, web } = project([{ rowId: 'R1', evidence: [long, ...others] }]);
    for (const url of [long, ...others]) web._route(url, { status: 200 });
    context.checkEvidenceLinks();
    const rows = results(fakes.sheet(LINKS));
    expect(rows.filter((r) => r['สถานะ'] === 'เปิดได้').map((r) => r['ลิงก์'])).toEqual(others);
    const row = rows.find((r) => r['ลิงก์'] === long)!;
    expect(row['สถานะ']).toBe('ยังไม่ได้ตรวจ');
    expect(String(row['รายละเอียด'])).toContain('ยาวเกิน');
    const toast = fakes.recorded.toasts.at(-1)!.message;
    expect(toast).not.toContain('โควตา');
    // Not a problem an assessor meets (a browser opens it), and no warning on the cell.
    expect(toast).toContain('ผู้ประเมินเปิดไม่ได้ 0 ลิงก์');
    expect(toast).toContain('ตรวจใหม่ 25');
    expect(toast).toContain('ลิงก์ยาวเกินกว่าที่ Apps Script ตรวจได้ 1 ลิงก์ (ยังไม่ได้ตรวจ)');
    // No request is spent on it, this run or the next.
    expect(web._log.some((l) => l.url === long)).toBe(false);
    context.checkEvidenceLinks();
    expect(web._log.some((l) => l.url === long)).toBe(false);
  });

  it("another of UrlFetch's 'Limit Exceeded: URLFetch …' errors on one link is that link's answer, not the quota", () => {
    // The daily quota's error names the service in lower case ("…: urlfetch."), in every language; the limits'
    // errors say "URLFetch" (the POST size one as Apps Script words it: the response-size one's wording was not found).
    const bad = `${SITE}/huge.pdf`;
    const others = Array.from({ length: 25 }, (_, i) => `https://h${i % 10}.example.go.th/q${i}`);
    const { fakes, context, web } = project([{ rowId: 'R1', evidence: [bad, ...others] }]);
    for (const url of others) web._route(url, { status: 200 });
    web._route(bad, { error: 'Limit Exceeded: URLFetch POST Size.' });
    context.checkEvidenceLinks();
    const rows = results(fakes.sheet(LINKS));
    expect(rows.filter((r) => r['สถานะ'] === 'เปิดได้')).toHaveLength(25);
    expect(rows.find((r) => r['ลิงก์'] === bad)!['รายละเอียด']).toContain('Limit Exceeded: URLFetch');
    expect(fakes.recorded.toasts.at(-1)!.message).not.toContain('โควตา');
  });
});
