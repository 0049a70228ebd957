/**
 * URLs inside free text, as staff write them in Thai prose: "(https://example.go.th)",
 * "ดูที่ https://example.go.th/a.pdf.", "https://example.go.th/docsเมื่อวันที่ ๑".
 *
 * A URL starts at http:// or https:// and stops at a space, a Thai letter or mark (a URL copied from a
 * browser's address bar has its Thai percent-encoded, so Thai glued to its end is the sentence going on;
 * Thai digits are kept, as some agencies' page names use them), or a quote
 * or angle bracket. Then trailing punctuation is not part of it (. , ; : ! ? … and closing quotes), nor is a
 * closing bracket that the URL itself did not open: "(https://x.go.th/a_(b))" keeps "a_(b)".
 */

export interface UrlMatch {
  start: number;
  end: number;
  url: string;
}

// Also stops at the invisible characters pasted Thai text carries (zero-width space and joiners, word joiner, soft
// hyphen; \s has the BOM): a browser never leaves them raw in a URL.
const CANDIDATE = /https?:\/\/[^\s<>"“”‘’«»\u0e00-\u0e4f\u0e5a-\u0e7f\u200b-\u200d\u2060\u00ad]+/gi;
const TRAILING = /[.,;:!?…'*]$/;
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const count = (s: string, ch: string) => s.split(ch).length - 1;

function trimEnd(url: string): string {
  for (;;) {
    const last = url[url.length - 1];
    if (TRAILING.test(url)) url = url.slice(0, -1);
    else if (last in PAIRS && count(url, last) > count(url, PAIRS[last])) url = url.slice(0, -1);
    else return url;
  }
}

/** Every URL in the text, in order. */
export function findUrls(text: string): UrlMatch[] {
  if (text.indexOf('://') === -1) return [];
  const out: UrlMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const url = trimEnd(m[0]);
    // "https://" alone, or with only punctuation after it, is not a link.
    if (!/^https?:\/\/[^/.]/i.test(url)) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + url.length, url });
  }
  return out;
}

/**
 * Whether an evidence line adds nothing to `text`: each URL of the line is a whole URL of the text (a substring
 * is not: https://x.go.th/ita is not in "https://x.go.th/ita/stat"); a line without a URL, when the text holds it.
 */
export function shownIn(text: string): (line: string) => boolean {
  const urls = new Set(findUrls(text).map((u) => u.url));
  return (line) => {
    const own = findUrls(line);
    return own.length > 0 ? own.every((u) => urls.has(u.url)) : text.includes(line);
  };
}

/** The text with each URL replaced (e.g. by a placeholder word, so a lint never sees spaces that are not there). */
export function replaceUrls(text: string, replacement: string): string {
  const urls = findUrls(text);
  if (urls.length === 0) return text;
  let out = '';
  let last = 0;
  for (const u of urls) {
    out += text.slice(last, u.start) + replacement;
    last = u.end;
  }
  return out + text.slice(last);
}

/** Applies `outside` to the text between URLs and keeps each URL as it is. */
export function mapOutsideUrls(text: string, outside: (s: string) => string): string {
  const urls = findUrls(text);
  if (urls.length === 0) return outside(text);
  let out = '';
  let last = 0;
  for (const u of urls) {
    out += outside(text.slice(last, u.start)) + u.url;
    last = u.end;
  }
  return out + outside(text.slice(last));
}
