/**
 * URLs taken apart by hand: Apps Script's V8 has no URL class, and the same code runs in both builds.
 * Only what the link check needs: scheme, host (with port), resolving a redirect's Location, a cache key.
 */

export interface UrlParts {
  scheme: string;
  /** Lower-cased host, with ":port" when one is given. */
  host: string;
  /** Path, query (no fragment); "/" at least. */
  rest: string;
}

const ABSOLUTE = /^([a-z][a-z0-9+.-]*):/i;
const HTTP = /^(https?):\/\/([^/?#]*)([^#]*)/i;

/** The parts of an http(s) URL, or undefined for anything else. */
export function httpParts(url: string): UrlParts | undefined {
  const m = HTTP.exec(url.trim());
  if (!m || m[2] === '') return undefined;
  const host = m[2].replace(/^[^@]*@/, '').toLowerCase();
  return { scheme: m[1].toLowerCase(), host, rest: m[3] === '' ? '/' : m[3].startsWith('/') ? m[3] : `/${m[3]}` };
}

/** The scheme of an absolute URL ("mailto", "javascript" …), or undefined for a relative one. */
export function schemeOf(url: string): string | undefined {
  return ABSOLUTE.exec(url.trim())?.[1].toLowerCase();
}

/** The same resource, whatever the case of scheme and host and any #fragment: one check per key. */
export function linkKey(url: string): string {
  const p = httpParts(url);
  return p ? `${p.scheme}://${p.host}${p.rest}` : url.trim();
}

/** Host without "www." and port, for comparing with the agency's main website. */
export function siteOf(host: string): string {
  return host.replace(/:\d+$/, '').replace(/^www\./, '');
}

/** True when host is the site or one of its subdomains (the agency's own pages). */
export function onSite(host: string, site: string): boolean {
  const h = siteOf(host);
  const s = siteOf(site);
  return h === s || h.endsWith(`.${s}`);
}

/** A redirect's Location resolved against the URL that sent it (RFC 3986 reference forms used in practice). */
export function resolveLocation(base: string, location: string): string {
  const loc = location.trim();
  if (schemeOf(loc)) return loc;
  const b = httpParts(base);
  if (!b) return loc;
  if (loc.startsWith('//')) return `${b.scheme}:${loc}`;
  const origin = `${b.scheme}://${b.host}`;
  if (loc.startsWith('/')) return origin + normalisePath(loc);
  const path = b.rest.replace(/[?#].*$/, '');
  if (loc.startsWith('?')) return origin + path + loc;
  return origin + normalisePath(path.replace(/[^/]*$/, '') + loc);
}

/** Removes "." and ".." segments of a path (the query is kept as it is). */
function normalisePath(pathAndQuery: string): string {
  const q = pathAndQuery.search(/[?#]/);
  const path = q === -1 ? pathAndQuery : pathAndQuery.slice(0, q);
  const tail = q === -1 ? '' : pathAndQuery.slice(q);
  const out: string[] = [];
  for (const seg of path.split('/').slice(1)) {
    if (seg === '..') out.pop();
    else if (seg !== '.') out.push(seg);
  }
  const last = path.split('/').pop();
  if (last === '.' || last === '..') out.push('');
  return `/${out.join('/')}${tail}`;
}
