/**
 * Checking one web link, as a state machine both builds drive: Node with fetch (redirect: 'manual'),
 * Apps Script with UrlFetchApp.fetchAll (followRedirects: false). Each step is one request; the answer
 * (a status and Location, or a network error) gives the next request or the result. Redirects are followed
 * by hand so that the chain is seen: a limit, loops, a Location with another scheme (never followed),
 * a permanent move (the link should be updated) and Google's sign-in page (the page is not public).
 */
import { isGoogleSignIn } from './google-links';
import type { LinkResult, LinkStatus } from './status';
import { httpParts, resolveLocation, schemeOf } from './url-parts';

export const MAX_REDIRECTS = 5;
/** Link shorteners: their permanent redirect is the link working, not a page that moved. */
const SHORTENER =
  /^(bit\.ly|tinyurl\.com|forms\.gle|goo\.gl|shorturl\.(at|asia)|rb\.gy|is\.gd|cutt\.ly|t\.ly|s\.id|ow\.ly)$/;

export interface Probe {
  /** The link being checked. */
  url: string;
  /** The URL the next request goes to. */
  current: string;
  method: 'HEAD' | 'GET';
  /** URLs already requested in this chain (loop detection). */
  visited: string[];
  /** A 301/308 was on the way. */
  permanent: boolean;
}

export type Answer =
  | { kind: 'response'; status: number; location?: string }
  | { kind: 'error'; error: 'timeout' | 'refused' | 'unreachable'; message: string };

export type Outcome = Omit<LinkResult, 'checkedAt'>;

export function startProbe(url: string, method: 'HEAD' | 'GET'): Probe {
  return { url, current: url, method, visited: [], permanent: false };
}

const done = (probe: Probe, status: LinkStatus, detail: string, finalUrl?: string): { outcome: Outcome } => ({
  outcome: { url: probe.url, status, detail, ...(finalUrl ? { finalUrl } : {}) },
});

/** The next request of the probe, or its outcome. */
export function nextStep(probe: Probe, answer: Answer): { probe: Probe } | { outcome: Outcome } {
  if (answer.kind === 'error') {
    const where = probe.current === probe.url ? '' : ` (ที่ ${probe.current})`;
    return done(probe, answer.error, `${answer.message}${where}`);
  }
  const { status } = answer;
  // HEAD failed: ask again with GET (the only second request to the same URL). Servers refuse HEAD (405, 501) but
  // also answer it wrongly (a firewall's 403, a 404 or 500 from an app that only routes GET; a link signed for GET
  // alone): what an assessor's browser gets is the GET's answer, and Apps Script only ever sends GET.
  if (probe.method === 'HEAD' && status >= 400) {
    return { probe: { ...probe, method: 'GET' } };
  }
  if (status >= 300 && status < 400 && status !== 304) {
    if (!answer.location) return done(probe, 'http-error', `ตอบรหัส ${status} แต่ไม่บอกที่อยู่ใหม่`);
    const next = resolveLocation(probe.current, answer.location);
    const scheme = schemeOf(next);
    if ((scheme !== 'http' && scheme !== 'https') || !httpParts(next)) {
      return done(probe, 'bad-scheme', `เปลี่ยนเส้นทางไปที่ "${next.slice(0, 100)}" ซึ่งไม่ใช่ http/https จึงไม่ตามไป`);
    }
    const visited = [...probe.visited, probe.current];
    if (visited.includes(next)) return done(probe, 'too-many-redirects', `เปลี่ยนเส้นทางวนกลับมาที่ ${next}`);
    if (visited.length > MAX_REDIRECTS) return done(probe, 'too-many-redirects', `เปลี่ยนเส้นทางเกิน ${MAX_REDIRECTS} ครั้ง`);
    if (isGoogleSignIn(next)) {
      return done(probe, 'restricted', 'ต้องลงชื่อเข้าใช้ Google จึงจะเปิดได้ — ตั้งค่าการแชร์เป็น "ทุกคนที่มีลิงก์" (ผู้มีสิทธิ์อ่าน)', next);
    }
    return {
      probe: {
        ...probe,
        current: next,
        visited,
        permanent:
          probe.permanent ||
          ((status === 301 || status === 308) && !SHORTENER.test(httpParts(probe.current)?.host ?? '')),
      },
    };
  }
  const moved = probe.current !== probe.url ? probe.current : undefined;
  if ((status >= 200 && status < 300) || status === 304 || status === 416) {
    if (moved && probe.permanent) return done(probe, 'moved', `ย้ายไปที่ ${moved} — แก้ลิงก์เป็นที่อยู่ใหม่`, moved);
    return done(probe, 'ok', moved ? `เปิดได้ (ไปที่ ${moved})` : `เปิดได้ (รหัส ${status})`, moved);
  }
  if (status === 404 || status === 410)
    return done(probe, 'not-found', `ไม่พบหน้า (รหัส ${status})${moved ? ` ที่ ${moved}` : ''}`, moved);
  if (status >= 500) return done(probe, 'server-error', `เซิร์ฟเวอร์ตอบรหัส ${status}`, moved);
  // Too many requests: the site is busy or limits checkers, not broken; a failure that passes (cache.ts: an hour).
  if (status === 429) return done(probe, 'server-error', 'เซิร์ฟเวอร์ตอบรหัส 429 (ขอถี่เกินไป) — ตรวจใหม่ภายหลัง', moved);
  return done(
    probe,
    'http-error',
    `เซิร์ฟเวอร์ตอบรหัส ${status}${status === 401 || status === 403 ? ' (ต้องมีสิทธิ์จึงจะเปิดได้)' : ''}`,
    moved,
  );
}
