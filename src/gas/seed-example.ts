/**
 * The seed report (สำนักงาน กสม., FY 2567, 12-month round) in the sheet layout: the example
 * agencies can load from the menu to learn from. The same file is the tests' fixture.
 * The bundle carries it with Thai in TIS-620 (one byte a letter), gzipped and base64-encoded (the build's
 * tis620-gzip-base64 import, rollup.config.mjs): 10 KB instead of 71 KB of dist/Code.js, for 4 Utilities calls
 * when the example is loaded.
 */
import SEED_GZIP_BASE64 from '../../test/fixtures/seed-2567.json?tis620-gzip-base64';

export type SeedExample = Record<string, unknown[][]> & {
  ตั้งค่า: [string, unknown][];
  หน่วยงาน: unknown[][];
  ตัวชี้วัด: unknown[][];
  มาตรการ: unknown[][];
};

export function seedExample(): SeedExample {
  const gzip = Utilities.newBlob(Utilities.base64Decode(SEED_GZIP_BASE64), 'application/x-gzip');
  return JSON.parse(tis620Text(Utilities.ungzip(gzip).getBytes())) as SeedExample;
}

/**
 * The build's bytes back to text: ASCII as is, 0xA1–0xFB the Thai letters U+0E01–U+0E5B (TIS-620); every other
 * character was written as a JSON \u escape. Apps Script's bytes are signed (-128..127).
 */
function tis620Text(bytes: number[]): string {
  const units = bytes.map((b) => (b < 0 ? b + 256 - 0xa0 + 0x0e00 : b));
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
  return text;
}
