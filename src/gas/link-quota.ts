/**
 * The UrlFetch daily quota (Apps Script quotas: 20,000 calls a day for a consumer account, 100,000 for
 * Google Workspace; each request of a fetchAll counts). The script cannot ask how much is left, so it counts
 * its own requests per day in the script properties and keeps under the smaller limit, with a reserve.
 */
export const DAILY_LIMIT = 20_000;
export const RESERVE = 500;
const PREFIX = 'ita.links.urlfetch.';

export interface Quota {
  left: () => number;
  spend: (n: number) => void;
  /** Writes the count back (one property write per run). */
  save: () => void;
  used: () => number;
}

export function dailyQuota(now: number): Quota {
  const props = PropertiesService.getScriptProperties();
  const key = PREFIX + new Date(now).toISOString().slice(0, 10);
  let used = Number(props.getProperty(key) ?? '0') || 0;
  return {
    left: () => Math.max(0, DAILY_LIMIT - RESERVE - used),
    spend: (n) => void (used += n),
    used: () => used,
    save: () => {
      props.setProperty(key, String(used));
      for (const k of props.getKeys()) if (k.startsWith(PREFIX) && k !== key) props.deleteProperty(k);
    },
  };
}
