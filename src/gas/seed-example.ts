/**
 * The seed report (สำนักงาน กสม., FY 2567, 12-month round) in the sheet layout: the example
 * agencies can load from the menu to learn from. The same file is the tests' fixture.
 */
import seed from '../../test/fixtures/seed-2567.json';

export const SEED_EXAMPLE = seed as unknown as Record<string, unknown[][]> & {
  'ตั้งค่า': [string, unknown][];
  'หน่วยงาน': unknown[][];
  'ตัวชี้วัด': unknown[][];
  'มาตรการ': unknown[][];
};
