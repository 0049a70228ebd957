/**
 * The menu "ตรวจลิงก์หลักฐาน" run from the built bundle over the fakes: UrlFetchApp.fetchAll in groups
 * (followRedirects false, muteHttpExceptions true), DriveApp sharing, the results sheet and the warnings on
 * the cells, the cache on a re-run, a run stopped by its time budget (fake clock) that the next run continues,
 * and the daily quota.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FakeSheet } from './fakes';
import { linkProject, SITE } from './tools/link-project';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const LINKS = 'ตรวจลิงก์หลักฐาน';

const project = linkProject;

/** The results sheet as objects (header row 1). */
function results(sheet: FakeSheet): Record<string, unknown>[] {
  const [header, ...rows] = sheet._values();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

const statusOf = (sheet: FakeSheet, url: string) => results(sheet).find((r) => r['ลิงก์'] === url)?.['สถานะ'];

describe.skipIf(!existsSync(BUNDLE))('checkEvidenceLinks (bundle + fakes)', () => {
  it('checks web links with fetchAll and Drive files by their sharing; writes the sheet and warns on the cells; a re-run uses the cache for the links that opened and checks again those staff can fix', () => {
    const u = (p: string) => `${SITE}${p}`;
    const { fakes, context, web, share } = project([
      { rowId: 'R1', evidence: [u('/ok'), u('/old'), 'https://drive.google.com/file/d/publicFile0001/view'] },
      {
        rowId: 'R2',
        evidence: [
          u('/missing'),
          'https://drive.google.com/file/d/domainFile0001/view',
          'https://docs.google.com/document/d/privateFile001/edit',
        ],
      },
      {
        rowId: 'R3',
        evidence: [u('/broken'), 'https://drive.google.com/file/d/noSuchFile0001/view'],
        result: `ดู ${u('/ok')} และ https://other.example.com/page`,
      },
    ]);
    web._route(u('/ok'), { status: 200 });
    web._route(u('/old'), { status: 301, headers: { Location: '/ok' } });
    web._route(u('/missing'), { status: 404, body: 'Not Found' });
    web._route(u('/broken'), { status: 500 });
    web._route('https://other.example.com/page', { status: 200 });
    share('publicFile0001', 'รายงาน.pdf', 'ANYONE_WITH_LINK', 'VIEW');
    share('domainFile0001', 'คำสั่ง.pdf', 'DOMAIN_WITH_LINK', 'VIEW');
    share('privateFile001', 'บันทึก', 'PRIVATE', 'NONE');

    context.checkEvidenceLinks();
    const sheet = fakes.sheet(LINKS);
    expect(sheet._values()[0]).toEqual([
      'ลิงก์',
      'ชีต',
      'รหัสแถว/คีย์คำตอบ',
      'คอลัมน์',
      'สถานะ',
      'รายละเอียด',
      'ที่อยู่ปลายทาง',
      'หมายเหตุ',
      'ตรวจเมื่อ',
      'ไปที่เซลล์',
    ]);
    // The jump goes to the cell as it is now: R2's evidence is row 3, column M.
    const gid = fakes.sheet('มาตรการ')._sheetId;
    const missingRow = sheet._values().findIndex((r) => r[0] === u('/missing')) + 1;
    expect(sheet._read('formula', { row: missingRow, column: 10, numRows: 1, numColumns: 1 })[0][0]).toBe(
      `=HYPERLINK("#gid=${gid}&range=M3","ไปที่ M3")`,
    );
    expect(statusOf(sheet, u('/ok'))).toBe('เปิดได้');
    const okAt = results(sheet).find((r) => r['ลิงก์'] === u('/ok'))?.['ตรวจเมื่อ'] as Date;
    expect(Object.prototype.toString.call(okAt)).toBe('[object Date]');
    expect(okAt.getTime()).toBeGreaterThanOrEqual(Date.UTC(2026, 11, 1, 3, 0, 0));
    expect(statusOf(sheet, u('/old'))).toBe('ย้ายที่แล้ว');
    expect(results(sheet).find((r) => r['ลิงก์'] === u('/old'))?.['ที่อยู่ปลายทาง']).toBe(u('/ok'));
    expect(statusOf(sheet, u('/missing'))).toBe('ไม่พบหน้า (404)');
    expect(statusOf(sheet, u('/broken'))).toBe('เซิร์ฟเวอร์ขัดข้อง');
    expect(statusOf(sheet, 'https://drive.google.com/file/d/publicFile0001/view')).toBe('เปิดได้');
    expect(statusOf(sheet, 'https://drive.google.com/file/d/domainFile0001/view')).toBe('เปิดได้เฉพาะในองค์กร');
    expect(statusOf(sheet, 'https://docs.google.com/document/d/privateFile001/edit')).toBe('จำกัดสิทธิ์ (ผู้ประเมินเปิดไม่ได้)');
    expect(statusOf(sheet, 'https://drive.google.com/file/d/noSuchFile0001/view')).toBe('บัญชีที่ตรวจเปิดไม่ได้');
    // /ok is used twice (R1 evidence, R3 result): two rows, one check.
    const okRows = results(sheet).filter((r) => r['ลิงก์'] === u('/ok'));
    expect(okRows.map((r) => `${r['รหัสแถว/คีย์คำตอบ']} ${r['คอลัมน์']}`)).toEqual(['R1 ลิงก์หลักฐาน', 'R3 ผลการดำเนินงาน']);
    expect(results(sheet).find((r) => r['ลิงก์'] === 'https://other.example.com/page')?.['หมายเหตุ']).toContain(
      'เว็บไซต์หลักของหน่วยงาน (www.example.go.th)',
    );

    // Requests as documented: GET, no automatic redirects, HTTP errors as answers; /ok asked for itself and via /old.
    expect(
      web._log.every((r) => r.method === 'get' && !r.followRedirects && r.muteHttpExceptions && r.via === 'fetchAll'),
    ).toBe(true);
    expect(web._log.every((r) => r.headers.Range === 'bytes=0-1023')).toBe(true);
    expect(web._log.filter((r) => r.url === u('/ok'))).toHaveLength(2);
    expect(web._log).toHaveLength(6);

    // The cells that hold the links carry the warning (evidence column of R2, result column of R3).
    const measures = fakes.sheet('มาตรการ');
    const header = measures._values()[0];
    const note = (row: number, h: string) =>
      measures._read('note', { row, column: header.indexOf(h) + 1, numRows: 1, numColumns: 1 })[0][0] as string;
    expect(note(3, 'ลิงก์หลักฐาน')).toContain(`ลิงก์ ${u('/missing')} — ไม่พบหน้า (404)`);
    expect(note(3, 'ลิงก์หลักฐาน')).toContain('ไฟล์ "คำสั่ง.pdf" เปิดได้เฉพาะคนในองค์กร');
    expect(note(2, 'ลิงก์หลักฐาน')).toContain('ย้ายไปที่');
    expect(note(4, 'ผลการดำเนินงาน')).toContain('ข้อ OIT ควรใช้ลิงก์บนเว็บไซต์หลักของหน่วยงาน');
    expect(fakes.recorded.toasts.at(-1)!.message).toContain(
      'ตรวจลิงก์ 9 ลิงก์: ตรวจใหม่ 9 ใช้ผลเดิม (ไม่เกิน ๒๔ ชั่วโมง) 0 — ผู้ประเมินเปิดไม่ได้ 5 ลิงก์',
    );

    // Re-run: the links that opened and the server error (may pass by itself: an hour) come from the cache; the
    // failures staff can fix are checked again (one fetch, three Drive lookups). Same results, new check times.
    const checkedAt = sheet._values()[0].indexOf('ตรวจเมื่อ');
    const withoutTimes = () =>
      fakes
        .sheet(LINKS)
        ._values()
        .map((r) => r.filter((_, i) => i !== checkedAt));
    const before = withoutTimes();
    fakes.calls.reset();
    context.checkEvidenceLinks();
    expect(web._log.slice(6).map((r) => r.url)).toEqual([u('/missing')]);
    expect(fakes.calls.count('DriveApp.getFileById')).toBe(3);
    expect(withoutTimes()).toEqual(before);
    expect(fakes.recorded.toasts.at(-1)!.message).toContain('ตรวจใหม่ 4 ใช้ผลเดิม (ไม่เกิน ๒๔ ชั่วโมง) 5');

    // Staff share the private file with anyone who has the link and check again: its warning goes at once.
    share('privateFile001', 'บันทึก', 'ANYONE_WITH_LINK', 'VIEW');
    context.checkEvidenceLinks();
    expect(statusOf(fakes.sheet(LINKS), 'https://docs.google.com/document/d/privateFile001/edit')).toBe('เปิดได้');
    expect(fakes.recorded.toasts.at(-1)!.message).toContain('ผู้ประเมินเปิดไม่ได้ 4 ลิงก์');
  });

  it('a link-shared Drive file with a resource key in its link is looked up with that key, not called unopenable', () => {
    const file = 'https://drive.google.com/file/d/keyedFile00001/view?usp=sharing&resourcekey=0-AbC_d-9';
    const folder = 'https://drive.google.com/drive/folders/keyedFolder0001?resourcekey=0-XyZ';
    const { fakes, context, share } = project([{ rowId: 'R1', evidence: [file, folder] }]);
    share('keyedFile00001', 'ประกาศ.pdf', 'ANYONE_WITH_LINK', 'VIEW');
    const drive = fakes.services.DriveApp;
    drive._items.get('keyedFile00001')!.resourceKey = '0-AbC_d-9';
    drive._addFolder('หลักฐาน', undefined, 'keyedFolder0001');
    Object.assign(drive._items.get('keyedFolder0001')!, {
      resourceKey: '0-XyZ',
      sharing: { access: 'ANYONE_WITH_LINK', permission: 'VIEW' },
    });
    context.checkEvidenceLinks();
    const sheet = fakes.sheet(LINKS);
    expect(statusOf(sheet, file)).toBe('เปิดได้');
    expect(statusOf(sheet, folder)).toBe('เปิดได้');
  });

  it('a Drive file whose sharing cannot be read (getSharingAccess throws) is fetched without an account; the run is not lost', () => {
    const odd = 'https://drive.google.com/file/d/oddSharing0001/view';
    const closed = 'https://drive.google.com/file/d/oddSharing0002/view';
    const { fakes, context, web, share } = project([
      { rowId: 'R1', evidence: [odd, closed, `${SITE}/ok`, 'https://drive.google.com/file/d/publicFile0001/view'] },
    ]);
    share('publicFile0001', 'รายงาน.pdf', 'ANYONE_WITH_LINK', 'VIEW');
    for (const id of ['oddSharing0001', 'oddSharing0002']) {
      share(id, 'เก่า.pdf', 'ANYONE_WITH_LINK', 'VIEW');
      fakes.services.DriveApp._items.get(id)!.sharingError = 'The file or folder has invalid access settings.';
    }
    web._route(odd, { status: 200 });
    web._route(closed, { status: 302, headers: { Location: 'https://accounts.google.com/ServiceLogin?continue=x' } });
    web._route(`${SITE}/ok`, { status: 200 });
    context.checkEvidenceLinks();
    const sheet = fakes.sheet(LINKS);
    expect(statusOf(sheet, odd)).toBe('เปิดได้');
    expect(statusOf(sheet, closed)).toBe('จำกัดสิทธิ์ (ผู้ประเมินเปิดไม่ได้)');
    expect(statusOf(sheet, `${SITE}/ok`)).toBe('เปิดได้');
    expect(statusOf(sheet, 'https://drive.google.com/file/d/publicFile0001/view')).toBe('เปิดได้');
  });

  it('an evidence cell with two labels linked to two files (Insert › Link twice) has both links checked', () => {
    const { fakes, context, web } = project([{ rowId: 'R1', evidence: ['x'] }]);
    const measures = fakes.sheet('มาตรการ');
    const column = (measures._values()[0] as string[]).indexOf('ลิงก์หลักฐาน') + 1;
    const text = 'คำสั่งแต่งตั้ง\nรายงานการประชุม';
    measures._setLink(2, column, text, `${SITE}/order`, 0, 14);
    measures._grid.ensure(2, column).links!.push({ start: 15, end: text.length, url: `${SITE}/minutes` });
    web._route(`${SITE}/order`, { status: 200 });
    web._route(`${SITE}/minutes`, { status: 404 });
    context.checkEvidenceLinks();
    const sheet = fakes.sheet(LINKS);
    expect(statusOf(sheet, `${SITE}/order`)).toBe('เปิดได้');
    expect(statusOf(sheet, `${SITE}/minutes`)).toBe('ไม่พบหน้า (404)');
  });

  it('a run killed after any write of the results sheet loses no earlier result (the sheet is the cache)', () => {
    const urls = [`${SITE}/a`, `${SITE}/b`];
    for (let cut = 1; cut <= 3; cut++) {
      const { fakes, context, web, clock } = project([{ rowId: 'R1', evidence: urls }]);
      for (const url of urls) web._route(url, { status: 200 });
      context.checkEvidenceLinks();
      expect(web._log).toHaveLength(2);
      // The next run (nothing to fetch) dies right after its cut-th write to the results sheet.
      clock.advance(3_600_000);
      let writes = 0;
      let dead = false;
      fakes.calls.beforeCall = (name) => {
        if (dead) throw new Error('Exceeded maximum execution time');
        if (
          /^(Sheet\.(clearContents|insertRows|insertColumns)|Range\.(setValues|clearContent))/.test(name) &&
          ++writes === cut
        )
          dead = true;
      };
      try {
        context.checkEvidenceLinks();
      } catch {
        // killed
      }
      fakes.calls.beforeCall = undefined;
      context.checkEvidenceLinks();
      expect(web._log).toHaveLength(2);
      expect(results(fakes.sheet(LINKS)).map((r) => r['สถานะ'])).toEqual(['เปิดได้', 'เปิดได้']);
      // A link taken out of the sheet: its row goes, nothing is left below.
      const measures = fakes.sheet('มาตรการ');
      measures.getRange(2, (measures._values()[0] as string[]).indexOf('ลิงก์หลักฐาน') + 1).setValue(urls[0]);
      context.checkEvidenceLinks();
      expect(
        fakes
          .sheet(LINKS)
          ._values()
          .map((r) => r[0]),
      ).toEqual(['ลิงก์', urls[0]]);
    }
  });

  it('a group in which one link fails at the network level is asked again one by one', () => {
    const { fakes, context, web } = project([{ rowId: 'R1', evidence: [`${SITE}/a`, `${SITE}/slow`, `${SITE}/b`] }]);
    web._route(`${SITE}/a`, { status: 200 });
    web._route(`${SITE}/b`, { status: 200 });
    web._route(`${SITE}/slow`, { error: `Timeout: ${SITE}/slow` });
    context.checkEvidenceLinks();
    const sheet = fakes.sheet(LINKS);
    expect(statusOf(sheet, `${SITE}/slow`)).toBe('หมดเวลารอ');
    expect(statusOf(sheet, `${SITE}/a`)).toBe('เปิดได้');
    expect(web._log.filter((r) => r.via === 'fetch').map((r) => r.url)).toEqual([
      `${SITE}/a`,
      `${SITE}/slow`,
      `${SITE}/b`,
    ]);
  });

  it('stops before the time limit, leaves the rest as not checked, and the next run continues where it stopped', () => {
    const urls = Array.from({ length: 100 }, (_, i) => `https://h${i % 5}.example.go.th/p${i}`);
    const { fakes, context, web } = project([
      { rowId: 'R1', evidence: urls.slice(0, 50) },
      { rowId: 'R2', evidence: urls.slice(50) },
    ]);
    for (const url of urls) web._route(url, { status: 200, ms: 70_000 });
    context.checkEvidenceLinks();
    const sheet = fakes.sheet(LINKS);
    const pending = results(sheet).filter((r) => r['สถานะ'] === 'ยังไม่ได้ตรวจ');
    // Rounds start at 0, 70 and 140 s; at 210 s a round could end past the 4-minute budget: 3 groups of 20.
    expect(web._log).toHaveLength(60);
    expect(pending).toHaveLength(40);
    // Groups of 20, never more than 4 requests to one host in a group.
    const perGroupHost = new Map<string, number>();
    for (const r of web._log) {
      const k = `${r.call} ${new URL(r.url).host}`;
      perGroupHost.set(k, (perGroupHost.get(k) ?? 0) + 1);
    }
    expect(Math.max(...perGroupHost.values())).toBe(4);
    expect(new Set(web._log.map((r) => r.call))).toEqual(new Set([1, 2, 3]));
    expect(fakes.recorded.toasts.at(-1)!.message).toContain('ยังไม่ได้ตรวจ 40 ลิงก์ เพราะใกล้หมดเวลาทำงานของ Apps Script');
    const firstRun = new Set(web._log.map((r) => r.url));

    context.checkEvidenceLinks();
    const secondRun = web._log.slice(60).map((r) => r.url);
    expect(secondRun).toHaveLength(40);
    expect(secondRun.some((u) => firstRun.has(u))).toBe(false);
    expect(results(fakes.sheet(LINKS)).every((r) => r['สถานะ'] === 'เปิดได้')).toBe(true);
  });

  it('keeps under the daily UrlFetch quota, counted in the user properties, and says so', () => {
    const urls = Array.from({ length: 30 }, (_, i) => `https://h${i % 10}.example.go.th/q${i}`);
    const { fakes, context, web, clock } = project([{ rowId: 'R1', evidence: urls }]);
    for (const url of urls) web._route(url, { status: 200 });
    const props = fakes.services.PropertiesService.getUserProperties();
    const since = clock.now - 23 * 3_600_000;
    props.setProperty('ita.links.urlfetch', JSON.stringify({ since, used: 19_490 }));
    context.checkEvidenceLinks();
    expect(web._log).toHaveLength(10);
    expect(JSON.parse(props.getProperty('ita.links.urlfetch')!)).toEqual({ since, used: 19_500 });
    expect(fakes.recorded.toasts.at(-1)!.message).toContain(
      'ยังไม่ได้ตรวจ 20 ลิงก์ เพราะโควตาการเรียกเว็บ (UrlFetch) ของวันนี้ใกล้หมด',
    );
    // 24 hours after the window's first request the count starts again: the rest is checked.
    clock.advance(3_600_000);
    context.checkEvidenceLinks();
    expect(web._log).toHaveLength(30);
    expect(JSON.parse(props.getProperty('ita.links.urlfetch')!).used).toBe(20);
  });

  it('stops when the platform says the quota ran out first (another script of the same user), the links stay unchecked', () => {
    const urls = Array.from({ length: 30 }, (_, i) => `https://h${i % 10}.example.go.th/z${i}`);
    const { fakes, context, web } = project([{ rowId: 'R1', evidence: urls }]);
    for (const url of urls) web._route(url, { status: 200 });
    web._dailyLimit = 25;
    context.checkEvidenceLinks();
    const rows = results(fakes.sheet(LINKS));
    expect(rows.filter((r) => r['สถานะ'] === 'เปิดได้')).toHaveLength(20);
    expect(rows.filter((r) => r['สถานะ'] === 'ยังไม่ได้ตรวจ')).toHaveLength(10);
    expect(rows.some((r) => r['สถานะ'] === 'ติดต่อเซิร์ฟเวอร์ไม่ได้')).toBe(false);
    expect(fakes.recorded.toasts.at(-1)!.message).toContain('เพราะโควตาการเรียกเว็บ (UrlFetch) ของวันนี้ใกล้หมด');
  });

  it('the platform quota error worded in Thai (a Thai account) also stops the run: no link is called unreachable', () => {
    const urls = Array.from({ length: 30 }, (_, i) => `https://h${i % 10}.example.go.th/z${i}`);
    const { fakes, context, web } = project([{ rowId: 'R1', evidence: urls }]);
    for (const url of urls) web._route(url, { status: 200 });
    web._dailyLimit = 25;
    web._quotaMessage = 'มีการเรียกใช้บริการหลายครั้งเกินไปสำหรับหนึ่งวัน: urlfetch';
    context.checkEvidenceLinks();
    const rows = results(fakes.sheet(LINKS));
    expect(rows.filter((r) => r['สถานะ'] === 'เปิดได้')).toHaveLength(20);
    expect(rows.filter((r) => r['สถานะ'] === 'ยังไม่ได้ตรวจ')).toHaveLength(10);
    expect(fakes.recorded.toasts.at(-1)!.message).toContain('เพราะโควตาการเรียกเว็บ (UrlFetch) ของวันนี้ใกล้หมด');
  });

  it('validation (which generateReport runs first) shows the latest results without fetching', () => {
    const { fakes, context, web } = project([{ rowId: 'R1', evidence: [`${SITE}/gone`] }]);
    web._route(`${SITE}/gone`, { status: 404 });
    context.checkEvidenceLinks();
    const log = web._log.length;
    context.validateWorkbook();
    expect(web._log).toHaveLength(log);
    const findings = fakes
      .sheet('ผลการตรวจสอบ')
      ._values()
      .map((r) => String(r[5]));
    expect(findings.some((f) => f.includes(`ลิงก์ ${SITE}/gone — ไม่พบหน้า (404)`))).toBe(true);
  });
});
