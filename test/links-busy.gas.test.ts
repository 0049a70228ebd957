/**
 * ตรวจลิงก์หลักฐาน while another person's validation (or a form answer being recorded) holds the document lock:
 * the check itself needs no lock and its results sheet is written; only the marks on the cells wait. The run used
 * to end on an Apps Script error saying nothing had been changed (ยังไม่มีการเปลี่ยนแปลงใด ๆ), with the results
 * already written and no summary.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGasGlobals, loadBundle } from './fakes';
import { linkWorkbook } from './tools/link-workbook';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const SITE = 'https://www.example.go.th';

describe.skipIf(!existsSync(BUNDLE))('link check with the document lock taken', () => {
  it('writes its results, says the cells are marked at the next validation, and throws nothing', () => {
    const fakes = createGasGlobals({ spreadsheet: { name: 'ITA', timeZone: 'Asia/Bangkok' } });
    for (const [name, sheet] of Object.entries(linkWorkbook([{ rowId: 'R1', evidence: [`${SITE}/gone`] }], SITE)))
      fakes.seed(name, sheet?.values ?? []);
    const context = loadBundle(BUNDLE, fakes.globals);
    fakes.services.UrlFetchApp._route(`${SITE}/gone`, { status: 404 });
    fakes.services.LockService._holdByOther('document');

    expect(() => context.checkEvidenceLinks()).not.toThrow();
    const sheet = fakes.spreadsheet._sheetNamed('ตรวจลิงก์หลักฐาน')!;
    expect(sheet._values().some((r) => r.includes(`${SITE}/gone`))).toBe(true);
    const said = fakes.recorded.toasts.at(-1)!.message;
    expect(said).toContain('ตรวจลิงก์ 1 ลิงก์');
    expect(said).toContain('ตรวจสอบข้อมูล');
    expect(said).not.toContain('ยังไม่มีการเปลี่ยนแปลงใด ๆ');

    // The other run ends: the next validation puts the problem on the cell, from the saved results.
    fakes.services.LockService._holdByOther('document', false);
    context.validateWorkbook();
    const findings = fakes.spreadsheet._sheetNamed('ผลการตรวจสอบ')!._values();
    expect(findings.some((r) => String(r[5]).includes(`${SITE}/gone`) || String(r[5]).includes('/gone'))).toBe(true);
  });
});
