/**
 * The seed report (สำนักงาน กสม., FY 2567, 12-month round) in the sheet layout: the example
 * agencies can load from the menu to learn from. The same file is the tests' fixture.
 * The bundle carries it gzipped and base64-encoded (the build's gzip-base64 import, rollup.config.mjs):
 * 11 KB instead of 71 KB of dist/Code.js, for 4 Utilities calls when the example is loaded.
 */
import SEED_GZIP_BASE64 from '../../test/fixtures/seed-2567.json?gzip-base64';

export type SeedExample = Record<string, unknown[][]> & {
  ตั้งค่า: [string, unknown][];
  หน่วยงาน: unknown[][];
  ตัวชี้วัด: unknown[][];
  มาตรการ: unknown[][];
};

export function seedExample(): SeedExample {
  const gzip = Utilities.newBlob(Utilities.base64Decode(SEED_GZIP_BASE64), 'application/x-gzip');
  return JSON.parse(Utilities.ungzip(gzip).getDataAsString('UTF-8')) as SeedExample;
}
