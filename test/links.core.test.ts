/** The link check's pure parts: URL handling, Drive ids, the redirect state machine, the cache, collecting, findings. */
import { describe, expect, it } from 'vitest';
import { CACHE_MS, isFresh, planChecks, TRANSIENT_CACHE_MS } from '../src/core/links/cache';
import { collectLinks, mainWebsite } from '../src/core/links/collect';
import { linkFindings } from '../src/core/links/findings';
import { driveTarget, isGoogleSignIn } from '../src/core/links/google-links';
import { MAX_REDIRECTS, nextStep, startProbe, type Probe } from '../src/core/links/probe';
import { checkedAtMs, checkedAtText, linkSheetRows, readLinkSheet } from '../src/core/links/results-sheet';
import { linkKey, onSite, resolveLocation } from '../src/core/links/url-parts';
import { LEDGER_HEADER_ROW } from '../src/core/forms/ledger';
import { linkWorkbook } from './tools/link-workbook';

describe('url parts', () => {
  it('resolves Location forms used in practice', () => {
    expect(resolveLocation('https://a.go.th/x/y?q=1', '/z')).toBe('https://a.go.th/z');
    expect(resolveLocation('https://a.go.th/x/y', 'z')).toBe('https://a.go.th/x/z');
    expect(resolveLocation('https://a.go.th/x/y/', '../z')).toBe('https://a.go.th/x/z');
    expect(resolveLocation('http://a.go.th/x', '//b.go.th/p')).toBe('http://b.go.th/p');
    expect(resolveLocation('https://a.go.th/x', '?page=2')).toBe('https://a.go.th/x?page=2');
    expect(resolveLocation('https://a.go.th/x', 'mailto:a@b')).toBe('mailto:a@b');
  });
  it('keys ignore the fragment and the case of scheme and host, not of the path', () => {
    expect(linkKey('HTTPS://A.go.th/Doc.pdf#page=2')).toBe('https://a.go.th/Doc.pdf');
    expect(linkKey('https://a.go.th')).toBe('https://a.go.th/');
    expect(linkKey('https://a.go.th/A')).not.toBe(linkKey('https://a.go.th/a'));
  });
  it('subdomains and www are on the site; a look-alike is not', () => {
    expect(onSite('www.example.go.th', 'example.go.th')).toBe(true);
    expect(onSite('oit.example.go.th', 'www.example.go.th')).toBe(true);
    expect(onSite('badexample.go.th', 'example.go.th')).toBe(false);
  });
});

describe('Google links', () => {
  it('finds Drive ids in file, Docs, Sheets, Slides, editor-form, folder and open?id links', () => {
    expect(driveTarget('https://drive.google.com/file/d/1AbCdEfGhIjK/view?usp=sharing')).toEqual({
      id: '1AbCdEfGhIjK',
      folder: false,
    });
    expect(driveTarget('https://docs.google.com/spreadsheets/d/1AbCdEfGhIjK/edit#gid=0')?.id).toBe('1AbCdEfGhIjK');
    expect(driveTarget('https://docs.google.com/presentation/u/0/d/1AbCdEfGhIjK/edit')?.id).toBe('1AbCdEfGhIjK');
    expect(driveTarget('https://docs.google.com/forms/d/1AbCdEfGhIjK/edit')?.id).toBe('1AbCdEfGhIjK');
    expect(driveTarget('https://drive.google.com/drive/u/1/folders/1AbCdEfGhIjK')).toEqual({
      id: '1AbCdEfGhIjK',
      folder: true,
    });
    expect(driveTarget('https://drive.google.com/open?id=1AbCdEfGhIjK')?.id).toBe('1AbCdEfGhIjK');
  });
  it("a form's answer page by its editor id (/forms/d/<id>/viewform) is fetched: who may answer is not its Drive sharing", () => {
    expect(driveTarget('https://docs.google.com/forms/d/1AbCdEfGhIjK/viewform?usp=sf_link')).toBeUndefined();
    expect(driveTarget('https://docs.google.com/forms/d/1AbCdEfGhIjK/formResponse')).toBeUndefined();
  });
  it('a published form, a Site and other hosts are fetched, not looked up', () => {
    expect(driveTarget('https://docs.google.com/forms/d/e/1FAIpQLSf_long_id/viewform')).toBeUndefined();
    expect(driveTarget('https://sites.google.com/view/agency/home')).toBeUndefined();
    expect(driveTarget('https://example.go.th/file/d/1AbCdEfGhIjK')).toBeUndefined();
    expect(isGoogleSignIn('https://accounts.google.com/ServiceLogin?continue=x')).toBe(true);
  });
});

describe('probe', () => {
  const respond = (p: Probe, status: number, location?: string) =>
    nextStep(p, { kind: 'response', status, ...(location ? { location } : {}) });
  it('follows redirects to the limit and stops on a loop', () => {
    let step = respond(startProbe('https://a.go.th/0', 'GET'), 302, '/1');
    for (let i = 1; i <= MAX_REDIRECTS && 'probe' in step; i++) step = respond(step.probe, 302, `/${i + 1}`);
    expect('outcome' in step && step.outcome.status).toBe('too-many-redirects');
    const a = respond(startProbe('https://a.go.th/a', 'GET'), 302, '/b');
    const back = 'probe' in a ? respond(a.probe, 302, '/a') : a;
    expect('outcome' in back && back.outcome.detail).toBe('เปลี่ยนเส้นทางวนกลับมาที่ https://a.go.th/a');
  });
  it('never follows a non-http(s) Location; a temporary redirect ending well is ok, a permanent one is moved', () => {
    const js = respond(startProbe('https://a.go.th/x', 'GET'), 302, 'javascript:alert(1)');
    expect('outcome' in js && js.outcome.status).toBe('bad-scheme');
    const temp = respond(startProbe('https://a.go.th/x', 'GET'), 302, '/y');
    const tempEnd = 'probe' in temp ? respond(temp.probe, 200) : temp;
    expect('outcome' in tempEnd && [tempEnd.outcome.status, tempEnd.outcome.finalUrl]).toEqual([
      'ok',
      'https://a.go.th/y',
    ]);
    const perm = respond(startProbe('https://a.go.th/x', 'GET'), 308, 'https://b.go.th/y');
    const permEnd = 'probe' in perm ? respond(perm.probe, 200) : perm;
    expect('outcome' in permEnd && permEnd.outcome.status).toBe('moved');
  });
  it("a link shortener's permanent redirect is what it is for: ok with where it went, not a moved page to update", () => {
    for (const short of [
      'https://bit.ly/3AbCd',
      'https://tinyurl.com/y2x',
      'https://forms.gle/AbC',
      'https://shorturl.asia/x1',
    ]) {
      const hop = respond(startProbe(short, 'GET'), 301, 'https://www.a.go.th/docs/plan.pdf');
      const end = 'probe' in hop ? respond(hop.probe, 200) : hop;
      expect('outcome' in end && [end.outcome.status, end.outcome.finalUrl]).toEqual([
        'ok',
        'https://www.a.go.th/docs/plan.pdf',
      ]);
    }
  });
  it('any HEAD failure is asked again with GET (servers refuse or mishandle HEAD: 405, 501, but also 403 and 404), once', () => {
    for (const status of [405, 501, 403, 404, 400, 500]) {
      const head = respond(startProbe('https://a.go.th/x', 'HEAD'), status);
      expect('probe' in head && [head.probe.method, head.probe.current], String(status)).toEqual([
        'GET',
        'https://a.go.th/x',
      ]);
      // The GET's answer is the result: a page that opens with GET is ok, whatever HEAD said.
      expect('probe' in head && respond(head.probe, 200)).toMatchObject({ outcome: { status: 'ok' } });
      const again = 'probe' in head ? respond(head.probe, status) : head;
      expect('outcome' in again, String(status)).toBe(true);
    }
    // After a redirect, at the URL HEAD failed on.
    const hop = respond(startProbe('https://a.go.th/x', 'HEAD'), 302, '/y');
    const failed = 'probe' in hop ? respond(hop.probe, 403) : hop;
    expect('probe' in failed && [failed.probe.method, failed.probe.current]).toEqual(['GET', 'https://a.go.th/y']);
    const forbidden = respond(startProbe('https://a.go.th/x', 'GET'), 403);
    expect('outcome' in forbidden && forbidden.outcome.status).toBe('http-error');
  });
  it('429 (too many requests) is a failure that passes by itself, checked again within the hour, not a broken link', () => {
    const busy = respond(startProbe('https://a.go.th/x', 'GET'), 429);
    expect('outcome' in busy && busy.outcome).toMatchObject({ status: 'server-error' });
    expect('outcome' in busy && busy.outcome.detail).toContain('429');
    expect('outcome' in busy && busy.outcome.detail).toContain('ตรวจใหม่ภายหลัง');
  });
});

describe('cache', () => {
  const now = Date.UTC(2026, 11, 1);
  it('a day for links that open, an hour for failures that may pass, never for pending or a failure staff can fix', () => {
    const r = (status: 'ok' | 'timeout' | 'pending', age: number) => ({
      url: 'https://a.go.th/',
      status,
      detail: '',
      checkedAt: now - age,
    });
    expect(isFresh(r('ok', CACHE_MS - 1), now)).toBe(true);
    expect(isFresh(r('ok', CACHE_MS), now)).toBe(false);
    expect(isFresh(r('timeout', TRANSIENT_CACHE_MS + 1), now)).toBe(false);
    expect(isFresh(r('pending', 1), now)).toBe(false);
    // Staff fixed the file or its sharing and check again: a failure they can fix is never taken from the cache.
    for (const status of ['not-found', 'http-error', 'restricted', 'domain-only', 'no-access'] as const)
      expect(isFresh({ ...r('ok', 5), status }, now)).toBe(false);
    expect(isFresh({ ...r('ok', 5), status: 'moved' }, now)).toBe(true);
    const plan = planChecks(
      ['https://a.go.th/#x', 'https://b.go.th/'],
      new Map([['https://a.go.th/', r('ok', 5)]]),
      now,
    );
    expect([plan.fresh.size, plan.todo]).toEqual([1, ['https://b.go.th/']]);
  });
  it('the checked-at cell reads back as written, or as the Date Sheets makes of it', () => {
    const ms = Date.UTC(2026, 11, 1, 8, 42, 10);
    expect(checkedAtText(ms)).toBe('2026-12-01 15:42:10');
    expect(checkedAtMs(checkedAtText(ms))).toBe(ms);
    expect(checkedAtMs(new Date(ms))).toBe(ms);
  });
});

describe('collect and findings', () => {
  it('de-duplicates across rows and columns, reads the ledger by key and skips excluded answers', () => {
    const data = linkWorkbook([
      { rowId: 'R1', evidence: ['https://a.go.th/1', 'https://a.go.th/1#p2'], result: 'ดู https://a.go.th/1.' },
      { rowId: 'R2', evidence: ['https://b.go.th/2'], oit: false },
    ]);
    const ledgerRow = (key: string, evidence: string, exclude: string) =>
      LEDGER_HEADER_ROW.map(
        (h) => ({ คีย์คำตอบ: key, รหัสแถว: 'R2', ลิงก์หลักฐาน: evidence, ไม่ใช้ในรายงาน: exclude, ผลการตรวจ: 'ใช้ได้' })[h] ?? '',
      );
    data['ผลจากแบบฟอร์ม'] = {
      values: [
        LEDGER_HEADER_ROW,
        ledgerRow('7:2', 'https://c.go.th/3', ''),
        ledgerRow('7:3', 'https://d.go.th/x', 'ไม่ใช้'),
      ],
    };
    const targets = collectLinks(data);
    expect(targets.map((t) => t.url)).toEqual(['https://a.go.th/1', 'https://b.go.th/2', 'https://c.go.th/3']);
    expect(targets[0].uses.map((u) => `${u.key} ${u.header} ${u.oit}`)).toEqual([
      'R1 ลิงก์หลักฐาน true',
      'R1 ผลการดำเนินงาน true',
    ]);
    expect(targets[2].uses).toEqual([{ sheet: 'ผลจากแบบฟอร์ม', key: '7:2', header: 'ลิงก์หลักฐาน', oit: false }]);
    expect(mainWebsite(data)).toBe('https://www.example.go.th');
  });

  it("leaves out the links of a ledger answer sent before the fiscal year began (last year's, in a copied workbook)", () => {
    const data = linkWorkbook([{ rowId: 'R2', evidence: [], oit: false }]); // ปีงบประมาณ 2568: from 1 October 2024
    const ledgerRow = (key: string, evidence: string, sent: string) =>
      LEDGER_HEADER_ROW.map(
        (h) => ({ คีย์คำตอบ: key, รหัสแถว: 'R2', ลิงก์หลักฐาน: evidence, ประทับเวลา: sent, ผลการตรวจ: 'ใช้ได้' })[h] ?? '',
      );
    data['ผลจากแบบฟอร์ม'] = {
      values: [
        LEDGER_HEADER_ROW,
        ledgerRow('last-year', 'https://old.go.th/2567', '2024-09-30 16:00:00'),
        ledgerRow('this-year', 'https://new.go.th/2568', '2024-10-01 09:00:00'),
      ],
    };
    expect(collectLinks(data).map((t) => t.url)).toEqual(['https://new.go.th/2568']);
  });

  it('findings land on the cell found by row id, and a link no longer in its cell is not shown', () => {
    const data = linkWorkbook([
      { rowId: 'X', evidence: [] },
      { rowId: 'R9', evidence: ['https://a.go.th/gone'] },
    ]);
    const targets = collectLinks(data);
    const results = new Map([
      [
        'https://a.go.th/gone',
        { url: 'https://a.go.th/gone', status: 'not-found' as const, detail: 'ไม่พบหน้า (รหัส 404)', checkedAt: 1 },
      ],
    ]);
    data['ตรวจลิงก์หลักฐาน'] = { values: linkSheetRows(targets, results, '') };
    expect(readLinkSheet(data['ตรวจลิงก์หลักฐาน'].values)).toHaveLength(1);
    const [f] = linkFindings(data);
    expect([f.sheet, f.row, f.column, f.severity]).toEqual(['มาตรการ', 3, 13, 'warning']);
    expect(f.messageTh).toBe('ลิงก์ https://a.go.th/gone — ไม่พบหน้า (404): ไม่พบหน้า (รหัส 404) (ผลจากชีต "ตรวจลิงก์หลักฐาน")');
    // Staff replaced the link: the old result is stale.
    data['มาตรการ']!.values[2][12] = 'https://a.go.th/new';
    expect(linkFindings(data)).toEqual([]);
  });
});
