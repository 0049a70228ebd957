/**
 * The sheet "ตรวจลิงก์หลักฐาน": one row per use of a link (URL, where it is used, status, detail, when it was
 * checked). It is also the cache: read back, it gives each URL's latest result (cache.ts decides what is still
 * fresh), and a run cut short leaves its unchecked links as "ยังไม่ได้ตรวจ" for the next run to take up.
 */
import { cellText, normaliseHeader } from '../workbook';
import type { LinkTarget, LinkUse } from './collect';
import { STATUS_TH, statusFromTh, type LinkResult } from './status';
import { httpParts, linkKey, onSite } from './url-parts';

export const LINK_SHEET_HEADER = [
  'ลิงก์',
  'ชีต',
  'รหัสแถว/คีย์คำตอบ',
  'คอลัมน์',
  'สถานะ',
  'รายละเอียด',
  'ที่อยู่ปลายทาง',
  'หมายเหตุ',
  'ตรวจเมื่อ',
] as const;
const COL = { url: 0, sheet: 1, key: 2, header: 3, status: 4, detail: 5, finalUrl: 6, note: 7, checkedAt: 8 } as const;

/** One row of the sheet read back. */
export interface LinkRow {
  use: Omit<LinkUse, 'oit'>;
  result: LinkResult;
  note: string;
}

const BANGKOK_MS = 7 * 3_600_000;

/** "2026-12-01 15:42" in Asia/Bangkok. */
export function checkedAtText(ms: number): string {
  if (!ms) return '';
  const d = new Date(ms + BANGKOK_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** The checked-at cell back to ms: a Date (Sheets reads the text as a date) or the text we wrote. */
export function checkedAtMs(value: unknown): number {
  if (Object.prototype.toString.call(value) === '[object Date]') return (value as Date).getTime();
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d))?$/.exec(cellText(value));
  if (!m) return 0;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0)) - BANGKOK_MS;
}

/** The note for an OIT link that is not on the agency's main website ('' otherwise). */
export function offSiteNote(url: string, use: LinkUse, site: string): string {
  const siteHost = httpParts(site)?.host ?? httpParts(`https://${site}`)?.host;
  const host = httpParts(url)?.host;
  if (!use.oit || !siteHost || !host || onSite(host, siteHost)) return '';
  return `ข้อ OIT ควรใช้ลิงก์บนเว็บไซต์หลักของหน่วยงาน (${siteHost}) — ลิงก์นี้อยู่ที่ ${host}`;
}

/** Rows to write: every use of every target, with its result (pending when not checked yet). */
export function linkSheetRows(
  targets: readonly LinkTarget[],
  results: ReadonlyMap<string, LinkResult>,
  site: string,
): unknown[][] {
  const rows: unknown[][] = [[...LINK_SHEET_HEADER]];
  for (const t of targets) {
    const r = results.get(linkKey(t.url)) ?? { url: t.url, status: 'pending' as const, detail: '', checkedAt: 0 };
    for (const use of t.uses) {
      rows.push([
        t.url,
        use.sheet,
        use.key,
        use.header,
        STATUS_TH[r.status],
        r.detail,
        r.finalUrl ?? '',
        offSiteNote(t.url, use, site),
        checkedAtText(r.checkedAt),
      ]);
    }
  }
  return rows;
}

/** The sheet's values back to rows; a sheet whose header is not ours gives none. */
export function readLinkSheet(values: readonly unknown[][] | undefined): LinkRow[] {
  if (!values || values.length === 0) return [];
  const header = values[0].map(normaliseHeader);
  if (!LINK_SHEET_HEADER.every((h, i) => header[i] === normaliseHeader(h))) return [];
  const out: LinkRow[] = [];
  for (const line of values.slice(1)) {
    const get = (c: number) => cellText(line[c]);
    const url = get(COL.url);
    const status = statusFromTh(get(COL.status));
    if (url === '' || !status) continue;
    const finalUrl = get(COL.finalUrl);
    out.push({
      use: { sheet: get(COL.sheet), key: get(COL.key), header: get(COL.header) },
      result: {
        url,
        status,
        detail: get(COL.detail),
        ...(finalUrl ? { finalUrl } : {}),
        checkedAt: status === 'pending' ? 0 : checkedAtMs(line[COL.checkedAt]),
      },
      note: get(COL.note),
    });
  }
  return out;
}
