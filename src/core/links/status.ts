/**
 * What checking one link can find, as staff read it. One result per URL (de-duplicated); the uses of the
 * URL (which cells hold it) are kept beside it (collect.ts).
 */
export type LinkStatus =
  | 'ok'
  | 'moved'
  | 'not-found'
  | 'server-error'
  | 'http-error'
  | 'timeout'
  | 'refused'
  | 'unreachable'
  | 'too-many-redirects'
  | 'bad-scheme'
  | 'restricted'
  | 'domain-only'
  | 'no-access'
  | 'pending';

export interface LinkResult {
  /** The URL as found (de-duplication key: see linkKey). */
  url: string;
  status: LinkStatus;
  /** Thai detail for staff: the HTTP code, the file's name and how to share it, the final URL … */
  detail: string;
  /** Where a redirect chain ended (moved, or ok after a temporary redirect). */
  finalUrl?: string;
  /** ms since the epoch; 0 for pending. */
  checkedAt: number;
}

/** The status column's words. Read back from the sheet by the same words (cache.ts). */
export const STATUS_TH: Record<LinkStatus, string> = {
  ok: 'เปิดได้',
  moved: 'ย้ายที่แล้ว',
  'not-found': 'ไม่พบหน้า (404)',
  'server-error': 'เซิร์ฟเวอร์ขัดข้อง',
  'http-error': 'เปิดไม่ได้',
  timeout: 'หมดเวลารอ',
  refused: 'เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ',
  unreachable: 'ติดต่อเซิร์ฟเวอร์ไม่ได้',
  'too-many-redirects': 'เปลี่ยนเส้นทางวนซ้ำ/มากเกินไป',
  'bad-scheme': 'ไม่ใช่ลิงก์เว็บ (http/https)',
  restricted: 'จำกัดสิทธิ์ (ผู้ประเมินเปิดไม่ได้)',
  'domain-only': 'เปิดได้เฉพาะในองค์กร',
  'no-access': 'บัญชีที่ตรวจเปิดไม่ได้',
  pending: 'ยังไม่ได้ตรวจ',
};

export function statusFromTh(text: string): LinkStatus | undefined {
  for (const [k, v] of Object.entries(STATUS_TH)) if (v === text) return k as LinkStatus;
  return undefined;
}

/** An assessor can open it: nothing to tell staff (a permanent move is told: the link should be updated). */
export function isOpenable(status: LinkStatus): boolean {
  return status === 'ok' || status === 'moved';
}
