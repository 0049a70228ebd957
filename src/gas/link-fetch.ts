/**
 * Web links checked with UrlFetchApp.fetchAll, in groups (many links in parallel, one call each round):
 * - GET only: UrlFetchApp's methods are get, delete, patch, post and put (no HEAD). A Range header asks for
 *   the first kilobyte, so a large PDF is not downloaded whole (a 206 or 416 answer is fine).
 * - followRedirects: false, so each 3xx and its Location are seen (probe.ts follows them, to a limit).
 * - muteHttpExceptions: true, so a 404 or 500 is an answer, not an exception. A network failure (DNS, refused,
 *   the platform's own deadline: UrlFetchApp has no timeout option) still throws, and fetchAll then throws for
 *   the whole group: that group is asked again one link at a time, to know which link failed.
 * - Per-host limit inside a group; at most one check per URL per run; the daily UrlFetch quota is counted in
 *   the user properties and the run stops before it runs out. A run stops before Apps Script's time limit.
 */
import { nextStep, startProbe, type Answer, type Outcome, type Probe } from '../core/links/probe';
import { httpParts } from '../core/links/url-parts';
import { errorMessage } from './error-message';

export const GROUP_SIZE = 20;
export const PER_HOST = 4;
/**
 * Apps Script's limits page: "URL Fetch URL length 2 kB / URL". A longer URL makes UrlFetchApp throw "Limit Exceeded:
 * URLFetch URL Length." before any request, worded in the user's language and naming URLFetch as the daily quota's
 * error does: asked, it would read as the quota and stop the run at every try. It is left unchecked, and said so.
 */
export const MAX_URL_LENGTH = 2048;

/** The URL's length as sent: a non-ASCII character percent-encoded (three characters a UTF-8 byte). */
export function sentLength(url: string): number {
  let n = 0;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 6 : c >= 0xd800 && c <= 0xdfff ? 6 : 9;
  }
  return n;
}

function tooLong(p: Probe): Outcome {
  const where = p.current === p.url ? '' : ` (เปลี่ยนเส้นทางไปที่ลิงก์ยาว ${sentLength(p.current)} ตัวอักษร)`;
  return {
    url: p.url,
    status: 'pending',
    detail:
      `ลิงก์ยาวเกินกว่าที่ Apps Script ตรวจได้ (${MAX_URL_LENGTH} ตัวอักษร)${where} — ` +
      'เปิดดูเองในเบราว์เซอร์ หรือตรวจด้วยคำสั่ง ita-report links',
  };
}

/** A round may wait as long as the platform's fetch deadline (undocumented; about a minute in practice). */
export const ROUND_WORST_MS = 60_000;

export interface FetchLimits {
  /** ms since the epoch after which no new round starts. */
  deadline: number;
  /** Requests left today (quota.ts). */
  quotaLeft: () => number;
  spend: (requests: number) => void;
  groupSize?: number;
  perHost?: number;
}

export interface FetchRun {
  outcomes: Outcome[];
  /** Why the run stopped before checking every link, if it did. */
  stopped?: 'time' | 'quota';
  requests: number;
}

type Response = GoogleAppsScript.URL_Fetch.HTTPResponse;
type Request = GoogleAppsScript.URL_Fetch.URLFetchRequest;

type Params = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;

const PARAMS: Params = {
  method: 'get',
  muteHttpExceptions: true,
  followRedirects: false,
  headers: { Range: 'bytes=0-1023' },
};

function request(p: Probe): Request {
  return { url: p.current, ...PARAMS };
}

function answerOf(response: Response): Answer {
  const headers = response.getHeaders() as Record<string, unknown>;
  const name = Object.keys(headers).find((h) => h.toLowerCase() === 'location');
  const location = name === undefined ? undefined : String(headers[name]);
  return { kind: 'response', status: response.getResponseCode(), ...(location ? { location } : {}) };
}

/** UrlFetchApp's exception texts ("Timeout: …", "DNS error: …", "Address unavailable: …") as an answer. */
export function errorAnswer(e: unknown): Answer {
  const message = errorMessage(e);
  if (/timeout|timed out|deadline/i.test(message))
    return { kind: 'error', error: 'timeout', message: 'ไม่ได้รับคำตอบภายในเวลาที่ Apps Script รอ' };
  if (/refused|address unavailable/i.test(message))
    return { kind: 'error', error: 'refused', message: `เชื่อมต่อไม่ได้ (${message.slice(0, 120)})` };
  return { kind: 'error', error: 'unreachable', message: `ติดต่อไม่ได้ (${message.slice(0, 120)})` };
}

/**
 * "Service invoked too many times for one day: urlfetch.", worded in the user's language (a Thai account gets
 * it in Thai) but naming the service in lower case: a network failure names the URL instead, and UrlFetch's
 * limits ("Limit Exceeded: URLFetch URL Length.", "… POST Size.") say "URLFetch": one link's answer, not the quota.
 */
function isQuotaError(e: unknown): boolean {
  const message = errorMessage(e).replace(/https?:\S+/g, '');
  return /too many times/i.test(message) || /\burlfetch\b/.test(message);
}

/** One group out of the waiting probes: at most `size`, at most `perHost` to any one host. */
function takeGroup(waiting: Probe[], size: number, perHost: number): Probe[] {
  const group: Probe[] = [];
  const hosts = new Map<string, number>();
  for (let i = 0; i < waiting.length && group.length < size;) {
    const host = httpParts(waiting[i].current)?.host ?? '';
    const n = hosts.get(host) ?? 0;
    if (n >= perHost) {
      i++;
      continue;
    }
    hosts.set(host, n + 1);
    group.push(...waiting.splice(i, 1));
  }
  return group;
}

export function fetchLinks(urls: readonly string[], limits: FetchLimits): FetchRun {
  const waiting = urls.map((u) => startProbe(u, 'GET'));
  const outcomes: Outcome[] = [];
  let requests = 0;
  const settle = (probe: Probe, answer: Answer) => {
    const step = nextStep(probe, answer);
    if ('outcome' in step) outcomes.push(step.outcome);
    else waiting.push(step.probe);
  };
  while (waiting.length > 0) {
    for (let i = waiting.length - 1; i >= 0; i--)
      if (sentLength(waiting[i].current) > MAX_URL_LENGTH) outcomes.push(tooLong(waiting.splice(i, 1)[0]));
    if (waiting.length === 0) break;
    if (Date.now() + ROUND_WORST_MS > limits.deadline) return { outcomes, stopped: 'time', requests };
    const size = Math.min(limits.groupSize ?? GROUP_SIZE, limits.quotaLeft());
    if (size <= 0) return { outcomes, stopped: 'quota', requests };
    const group = takeGroup(waiting, size, limits.perHost ?? PER_HOST);
    limits.spend(group.length);
    requests += group.length;
    let responses: Response[] | undefined;
    try {
      responses = UrlFetchApp.fetchAll(group.map(request));
    } catch (e) {
      // The platform's own count ran out first (another script of this user, say): stop, these stay unchecked.
      if (isQuotaError(e)) return { outcomes, stopped: 'quota', requests };
      responses = undefined;
    }
    if (responses) {
      group.forEach((p, i) => settle(p, answerOf(responses![i])));
      continue;
    }
    // One link of the group failed at the network level: ask each alone.
    for (const [i, p] of group.entries()) {
      if (Date.now() + ROUND_WORST_MS > limits.deadline || limits.quotaLeft() <= 0) {
        waiting.push(...group.slice(i));
        return { outcomes, stopped: limits.quotaLeft() <= 0 ? 'quota' : 'time', requests };
      }
      limits.spend(1);
      requests++;
      let answer: Answer;
      try {
        answer = answerOf(UrlFetchApp.fetch(p.current, PARAMS));
      } catch (e) {
        if (isQuotaError(e)) return { outcomes, stopped: 'quota', requests };
        answer = errorAnswer(e);
      }
      settle(p, answer);
    }
  }
  return { outcomes, requests };
}
