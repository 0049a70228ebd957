/**
 * Which earlier results a run may reuse. A link an assessor could open, checked less than a day ago, is not
 * fetched again (a re-run is fast and polite); a failure that may pass by itself (timed out, refused, server
 * error) is tried again after an hour, since each timeout costs the run a minute. Any other failure (not found,
 * restricted sharing, forbidden …) is checked again on every run: staff fix the file or its sharing and run the
 * check again to see the warning go, which a day's cache would hide.
 */
import type { LinkRow } from './results-sheet';
import { isOpenable, type LinkResult, type LinkStatus } from './status';
import { linkKey } from './url-parts';

export const CACHE_MS = 24 * 3_600_000;
export const TRANSIENT_CACHE_MS = 3_600_000;
const TRANSIENT: readonly LinkStatus[] = ['timeout', 'refused', 'unreachable', 'server-error'];

export function isFresh(result: LinkResult, now: number): boolean {
  if (result.checkedAt <= 0 || result.checkedAt > now) return false;
  if (TRANSIENT.includes(result.status)) return now - result.checkedAt < TRANSIENT_CACHE_MS;
  return isOpenable(result.status) && now - result.checkedAt < CACHE_MS;
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
