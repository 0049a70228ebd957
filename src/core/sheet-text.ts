/** Strings written into cells with setValues, as Sheets reads them. */

/**
 * A string that Sheets can never read as a formula, cut to fit a cell (fitCell): "=1+1", "+66…", "-จัดอบรม",
 * "@x" get a leading apostrophe. So does one that already starts with an apostrophe: Sheets takes a leading
 * apostrophe as its own text marker and drops it, so "'ตามที่แจ้ง'" would lose its first character.
 */
export function asText(s: string): string {
  return fitCell(/^[=+\-@']/.test(s) ? `'${s}` : s);
}

/** Sheets refuses a cell of more than 50,000 characters, and the whole setValues with it. */
export const CELL_LIMIT = 50_000;

/**
 * A string cut to what one cell holds, ending in "…" when cut (never inside a surrogate pair): a finding or a
 * ledger line that quotes a very long pasted text must not make the write that carries every other line throw.
 */
export function fitCell(s: string): string {
  if (s.length <= CELL_LIMIT) return s;
  let end = CELL_LIMIT - 1;
  if (/[\ud800-\udbff]/.test(s[end - 1])) end--;
  return `${s.slice(0, end)}…`;
}

/** What Sheets stores for a string written with setValues: a leading apostrophe is dropped. */
export function storedText(s: string): string {
  return s.startsWith("'") ? s.slice(1) : s;
}
