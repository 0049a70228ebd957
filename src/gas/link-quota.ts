/**
 * The UrlFetch daily quota (Apps Script quotas: 20,000 calls a day for a consumer account, 100,000 for
 * Google Workspace; per user; each request of a fetchAll counts; reset 24 hours after the first request).
 * The script cannot ask how much is left, so it counts its own requests in the user properties, from the first
 * request of a 24-hour window, and keeps under the smaller limit with a reserve.
 */
export const DAILY_LIMIT = 20_000;
export const RESERVE = 500;
export const QUOTA_KEY = 'ita.links.urlfetch';
const DAY_MS = 24 * 3_600_000;

export interface Quota {
  left: () => number;
  spend: (n: number) => void;
  /** Writes the count back (one property write per run). */
  save: () => void;
}

export function dailyQuota(now: number): Quota {
  const props = PropertiesService.getUserProperties();
  let window = { since: now, used: 0 };
  try {
    const stored = JSON.parse(props.getProperty(QUOTA_KEY) ?? 'null') as { since?: unknown; used?: unknown } | null;
    if (stored && typeof stored.since === 'number' && typeof stored.used === 'number' && now - stored.since < DAY_MS) {
      window = { since: stored.since, used: stored.used };
    }
  } catch {
    // unreadable: start a new window (the platform's own limit still applies)
  }
  return {
    left: () => Math.max(0, DAILY_LIMIT - RESERVE - window.used),
    spend: (n) => void (window.used += n),
    save: () => void props.setProperty(QUOTA_KEY, JSON.stringify(window)),
  };
}
