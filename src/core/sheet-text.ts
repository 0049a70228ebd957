/** Strings written into cells with setValues, as Sheets reads them. */

/**
 * A string that Sheets can never read as a formula: "=1+1", "+66…", "-จัดอบรม", "@x" get a leading
 * apostrophe. So does one that already starts with an apostrophe: Sheets takes a leading apostrophe
 * as its own text marker and drops it, so "'ตามที่แจ้ง'" would lose its first character.
 */
export function asText(s: string): string {
  return /^[=+\-@']/.test(s) ? `'${s}` : s;
}

/** What Sheets stores for a string written with setValues: a leading apostrophe is dropped. */
export function storedText(s: string): string {
  return s.startsWith("'") ? s.slice(1) : s;
}
