/**
 * Which earlier results a run may reuse. A link checked less than a day ago is not fetched again (a re-run
 * is fast and polite); a failure that may pass (timed out, refused, server error) is tried again after an hour.
 */
import type { LinkRow } from './results-sheet';
import type { LinkResult, LinkStatus } from './status';
import { linkKey } from './url-parts';

export const CACHE_MS = 24 * 3_600_000;
export const TRANSIENT_CACHE_MS = 3_600_000;
const TRANSIENT: readonly LinkStatus[] = ['timeout', 'refused', 'unreachable', 'server-error'];

export function isFresh(result: LinkResult, now: number): boolean {
  if (result.status === 'pending' || result.checkedAt <= 0 || result.checkedAt > now) return false;
  return now - result.checkedAt < (TRANSIENT.includes(result.status) ? TRANSIENT_CACHE_MS : CACHE_MS);
}

/** The latest result of each URL in the sheet, by linkKey (a pending row stands for no result). */
export function latestResults(rows: readonly LinkRow[]): Map<string, LinkResult> {
  const out = new Map<string, LinkResult>();
  for (const { result } of rows) {
    const key = linkKey(result.url);
    const known = out.get(key);
    if (result.status !== 'pending' && (!known || result.checkedAt > known.checkedAt)) out.set(key, result);
  }
  return out;
}

/** Splits the URLs into those with a fresh result (kept) and those to check now. */
export function planChecks(
  urls: readonly string[],
  cached: ReadonlyMap<string, LinkResult>,
  now: number,
): { fresh: Map<string, LinkResult>; todo: string[] } {
  const fresh = new Map<string, LinkResult>();
  const todo: string[] = [];
  for (const url of urls) {
    const r = cached.get(linkKey(url));
    if (r && isFresh(r, now)) fresh.set(linkKey(url), r);
    else todo.push(url);
  }
  return { fresh, todo };
}
