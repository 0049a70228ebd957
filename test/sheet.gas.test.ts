/**
 * What staff do in the Sheet, run from the built bundle (dist/Code.js) in a vm holding only the Apps Script
 * fakes: the menu, set-up, the example data, validation marks and the findings sheet, and onEdit.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGasGlobals, editCell, loadBundle, sheetsOnEdit, type FakeSheet, type GasFakes } from './fakes';
import { generateWorkbook } from './tools/generate-workbook';
import { seedWorkbook } from './tools/seed';
import type { WorkbookData } from '../src/core/workbook';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const ERROR_BG = '#f4cccc';
const WARNING_BG = '#fff2cc';
const MARKER = '⚠ ผลการตรวจสอบ ITA:';
const MEASURES = 'มาตรการ';
const FINDINGS = 'ผลการตรวจสอบ';

function project(data?: WorkbookData) {
  const fakes = createGasGlobals({ spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' } });
  if (data) for (const [name, sheet] of Object.entries(data)) fakes.seed(name, sheet?.values ?? []);
  const context = loadBundle(BUNDLE, fakes.globals);
  return { fakes, context };
}

/** What the script sees: the fake behind the Apps Script type. */
const asSheet = (sheet: FakeSheet) => sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;

/** 1-based column of a header in row 1. */
function col(sheet: FakeSheet, header: string): number {
  const i = sheet._values()[0].indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i + 1;
}

const writes = (fakes: GasFakes) =>
  Object.entries(fakes.calls.snapshot())
    .filter(([name]) => /\.(set|insert|clear|protect|merge|delete|hide|append)/.test(name))
    .map(([name]) => name);

/** Every cell of a sheet coloured with a finding colour or carrying our note: "row,col". */
function marked(sheet: FakeSheet): string[] {
  const bg = sheet._read('background', { row: 1, column: 1, numRows: sheet._maxRows, numColumns: sheet._maxColumns });
  const notes = sheet._read('note', { row: 1, column: 1, numRows: sheet._maxRows, numColumns: sheet._maxColumns });
  const out: string[] = [];
  bg.forEach((line, r) =>
    line.forEach((b, c) => {
      if (b === ERROR_BG || b === WARNING_BG || notes[r][c].includes(MARKER)) out.push(`${r + 1},${c + 1}`);
    }),
  );
  return out;
}

/**
 * Calls that reach a service. RichTextValue getters read a value already fetched in one call
 * (getRichTextValues), so they are counted apart: one per non-empty text cell.
 */
const roundTrips = (fakes: GasFakes) =>
  Object.fromEntries(Object.entries(fakes.calls.snapshot()).filter(([name]) => !name.startsWith('RichTextValue.')));

describe.skipIf(!existsSync(BUNDLE))('the Sheet (bundle + fakes)', () => {
  describe('onOpen', () => {
    it('builds the Thai menu as a simple trigger, touching nothing that needs authorisation', () => {
      const { fakes, context } = project();
      fakes.run({ authMode: 'LIMITED' }, () => context.onOpen());
      const [menu] = fakes.recorded.menus;
      expect(menu.title).toBe('รายงาน ITA');
      const captions = menu.items.flatMap((i) => (i.kind === 'item' ? [`${i.caption}→${i.functionName}`] : []));
      expect(captions).toEqual([
        'ตรวจสอบข้อมูล→validateWorkbook',
        'ตรวจลิงก์หลักฐาน→checkEvidenceLinks',
        'สร้างเอกสารมาตรการ (Google Doc)→generatePlan',
        'สร้างรายงาน (Google Doc)→generateReport',
        'สร้าง/ปรับปรุงแบบฟอร์มรายงานผล→syncForms',
        'ดึงคำตอบแบบฟอร์มทั้งหมดใหม่→reconcileResponses',
        'สรุปความคืบหน้า→refreshProgress',
        'ส่งอีเมลเตือนหน่วยงานที่ยังไม่รายงาน→sendReminders',
        'ตั้งค่าสมุดงาน→setupWorkbook',
        'ใส่ข้อมูลตัวอย่าง (รายงาน กสม. ๒๕๖๗)→fillExampleData',
        'วิธีใช้และรุ่นโปรแกรม→showHelpDialog',
      ]);
      // Every menu item names a real global of the bundle.
      for (const item of menu.items)
        if (item.kind === 'item') expect(typeof context[item.functionName]).toBe('function');
      expect(
        Object.keys(fakes.calls.snapshot()).every((n) => /^(SpreadsheetApp\.getUi|Ui\.createMenu|Menu\.)/.test(n)),
      ).toBe(true);
    });
  });

  describe('setupWorkbook', () => {
    it('turns a blank spreadsheet into the layout: headers with notes, frozen rows, dropdowns, config defaults, warning-only protection', () => {
      const { fakes, context } = project();
      context.setupWorkbook();
      const ss = fakes.spreadsheet;
      for (const name of ['ตั้งค่า', 'หน่วยงาน', 'ตัวชี้วัด', MEASURES]) {
        const sheet = ss._sheetNamed(name)!;
        expect(sheet, name).toBeDefined();
        expect(sheet.getFrozenRows()).toBe(1);
      }
      const measures = ss._sheetNamed(MEASURES)!;
      const header = measures._values()[0];
      expect(header).toEqual(
        expect.arrayContaining(['รหัสแถว', 'ตัวชี้วัด', 'ค่าเป้าหมาย', 'ผลผลิต', 'ผลสัมฤทธิ์', 'ผู้รับผิดชอบ', 'สถานะ']),
      );
      const notes = measures._read('note', { row: 1, column: 1, numRows: 1, numColumns: header.length })[0];
      notes.forEach((note, i) =>
        expect(note.length, header[i] as string).toBeGreaterThan(String(header[i]).length + 5),
      );
      expect(measures._cell(1, 1).fontWeight).toBe('bold');

      const status = measures._cell(2, col(measures, 'สถานะ')).validation!;
      expect(status.getCriteriaValues()[0]).toContain('ดำเนินการแล้วเสร็จ');
      expect(status.getAllowInvalid()).toBe(false);
      expect(measures._cell(500, col(measures, 'ผู้รับผิดชอบ')).validation).not.toBeNull();
      expect(measures._cell(2, col(measures, 'ตัวชี้วัด')).validation).not.toBeNull();

      const config = ss._sheetNamed('ตั้งค่า')!._values();
      expect(config.map((r) => r[0])).toEqual(
        expect.arrayContaining(['ชื่อหน่วยงาน', 'ปีงบประมาณ (พ.ศ.)', 'รอบรายงาน', 'รูปแบบตัวเลข']),
      );

      const protections = [
        ...ss._sheetNamed('ตั้งค่า')!.getProtections(fakes.globals.SpreadsheetApp.ProtectionType.SHEET),
        ...measures.getProtections(fakes.globals.SpreadsheetApp.ProtectionType.RANGE),
      ];
      expect(protections.length).toBe(2);
      expect(protections.every((p) => p.isWarningOnly())).toBe(true);

      const alert = fakes.recorded.alerts.at(-1)!;
      expect(alert.title).toBe('ตั้งค่าสมุดงาน');
      expect(alert.prompt).toContain(`สร้างชีต "${MEASURES}"`);
    });

    it('run a second time, changes nothing and says so', () => {
      const { fakes, context } = project();
      context.setupWorkbook();
      fakes.calls.reset();
      context.setupWorkbook();
      expect(writes(fakes)).toEqual([]);
      expect(fakes.recorded.alerts.at(-1)!.prompt).toBe('สมุดงานครบถ้วนแล้ว ไม่มีสิ่งที่ต้องเพิ่ม');
    });

    it('on a filled workbook with reordered, extra and missing columns, keeps every typed value and adds only the missing header', () => {
      const data = seedWorkbook();
      const values = data[MEASURES]!.values as unknown[][];
      // Staff moved สถานะ to the front, added their own column, and deleted วันที่ดำเนินการ.
      const drop = values[0].indexOf('วันที่ดำเนินการ');
      const status = values[0].indexOf('สถานะ');
      const reshaped = values.map((row, r) => {
        const kept = row.filter((_, i) => i !== drop && i !== status);
        return [row[status], ...kept, r === 0 ? 'หมายเหตุของสำนัก' : `หมายเหตุ ${r}`];
      });
      data[MEASURES] = { values: reshaped };
      const { fakes, context } = project(data);
      const measures = fakes.sheet(MEASURES);
      measures._maxColumns = reshaped[0].length; // every column in use: the new header needs a new column
      const before = measures._values();
      context.setupWorkbook();
      const after = measures._values();
      expect(after[0].length).toBe(before[0].length + 1);
      expect(after[0].at(-1)).toBe('วันที่ดำเนินการ');
      expect(after.map((row) => row.slice(0, -1))).toEqual(before);
      expect(fakes.calls.count('Sheet.insertColumnsAfter')).toBe(1);
      expect(fakes.recorded.alerts.at(-1)!.prompt).toContain('เพิ่มคอลัมน์ "วันที่ดำเนินการ"');
    });
  });

  describe('fillExampleData', () => {
    it('fills a blank workbook with the seed example, which validates without errors; a second run writes nothing into filled sheets', () => {
      const { fakes, context } = project();
      context.fillExampleData();
      const measures = fakes.sheet(MEASURES);
      expect(measures._values().length).toBe(19);
      context.validateWorkbook();
      expect(fakes.recorded.toasts.at(-1)!.message).toContain('พบข้อผิดพลาด 0 รายการ คำเตือน 5 รายการ');
      const before = measures._values();
      context.fillExampleData();
      expect(measures._values()).toEqual(before);
      expect(fakes.recorded.alerts.at(-1)!.prompt).toContain(`ข้ามชีต "${MEASURES}" เพราะมีข้อมูลอยู่แล้ว`);
    });
  });

  describe('validateWorkbook', () => {
    it('marks the offending cell with a colour and a Thai note, lists it in the findings sheet with a jump link, and toasts the counts', () => {
      const { fakes, context } = project(seedWorkbook());
      const measures = fakes.sheet(MEASURES);
      const unitCol = col(measures, 'ผู้รับผิดชอบ');
      measures._setValues(3, unitCol, [['สำนักที่ไม่มีอยู่จริง']]);
      context.validateWorkbook();

      const cell = measures._cell(3, unitCol);
      expect(cell.background).toBe(ERROR_BG);
      expect(cell.note).toContain(MARKER);
      expect(cell.note).toContain('สำนักที่ไม่มีอยู่จริง');
      expect(fakes.recorded.toasts.at(-1)!.message).toMatch(/^พบข้อผิดพลาด 1 รายการ คำเตือน 5 รายการ/);

      const findings = fakes.sheet(FINDINGS);
      const rows = findings._values();
      expect(rows[0]).toEqual(['ระดับ', 'ชีต', 'แถว', 'คอลัมน์', 'หัวคอลัมน์', 'รายละเอียด', 'ไปที่เซลล์']);
      expect(rows.length).toBe(1 + 6);
      const errorRow = rows.findIndex((r) => r[0] === 'ข้อผิดพลาด');
      expect(rows[errorRow].slice(1, 5)).toEqual([MEASURES, 3, 'K', 'ผู้รับผิดชอบ']);
      const formula = findings._cell(errorRow + 1, 7).formula;
      expect(formula).toBe(`=HYPERLINK("#gid=${measures.getSheetId()}&range=K3","ไปที่ K3")`);
      // The warnings of the seed are marked in the warning colour.
      expect(measures._cell(13, col(measures, 'ผลผลิต')).background).toBe(WARNING_BG);
    });

    it('keeps staff formatting: untouched cells keep theirs, and a fixed cell gets its own background and note back', () => {
      const { fakes, context } = project(seedWorkbook());
      const measures = fakes.sheet(MEASURES);
      const unitCol = col(measures, 'ผู้รับผิดชอบ');
      measures._setBackground(3, unitCol, '#d9ead3');
      measures._setNote(3, unitCol, 'ตรวจทานแล้วโดยคุณสมศรี');
      measures._setBackground(5, 2, '#cfe2f3');
      measures._setValues(3, unitCol, [['สำนักที่ไม่มีอยู่จริง']]);
      context.validateWorkbook();
      const markedCell = measures._cell(3, unitCol);
      expect(markedCell.background).toBe(ERROR_BG);
      expect(markedCell.note.startsWith('ตรวจทานแล้วโดยคุณสมศรี\n\n' + MARKER)).toBe(true);
      expect(measures._cell(5, 2).background).toBe('#cfe2f3');

      measures._setValues(3, unitCol, [[seedWorkbook()[MEASURES]!.values[2][10]]]);
      context.validateWorkbook();
      expect(measures._cell(3, unitCol).background).toBe('#d9ead3');
      expect(measures._cell(3, unitCol).note).toBe('ตรวจทานแล้วโดยคุณสมศรี');
      expect(fakes.recorded.toasts.at(-1)!.message).toMatch(/^พบข้อผิดพลาด 0 รายการ/);
    });

    it('clears the marks of a row that was emptied below the last used row', () => {
      const data = seedWorkbook();
      const { fakes, context } = project(data);
      const measures = fakes.sheet(MEASURES);
      const width = measures._values()[0].length;
      measures._setValues(21, 1, [['2567-99', ...new Array(width - 1).fill('')]]); // an id and nothing else
      context.validateWorkbook();
      expect(marked(measures).filter((k) => k.startsWith('21,')).length).toBeGreaterThan(0);
      measures.getRange(21, 1, 1, width).clearContent();
      context.validateWorkbook();
      expect(marked(measures).filter((k) => k.startsWith('21,'))).toEqual([]);
      expect(fakes.recorded.toasts.at(-1)!.message).toMatch(/^พบข้อผิดพลาด 0 รายการ/);
    });

    it('re-running with nothing changed writes no cell formatting', () => {
      const { fakes, context } = project(seedWorkbook());
      context.validateWorkbook();
      const first = marked(fakes.sheet(MEASURES));
      fakes.calls.reset();
      context.validateWorkbook();
      expect(fakes.calls.count('Range.setBackgrounds')).toBe(0);
      expect(fakes.calls.count('Range.setNotes')).toBe(0);
      expect(marked(fakes.sheet(MEASURES))).toEqual(first);
    });

    it('a deleted sheet or a renamed header gives a finding that says how to repair, never a crash', () => {
      const { fakes, context } = project(seedWorkbook());
      fakes.spreadsheet.deleteSheet(asSheet(fakes.sheet('หน่วยงาน')));
      const measures = fakes.sheet(MEASURES);
      measures._setValues(1, col(measures, 'ค่าเป้าหมาย'), [['เป้าหมาย']]);
      context.validateWorkbook();
      const details = fakes
        .sheet(FINDINGS)
        ._values()
        .map((r) => String(r[5]));
      expect(details).toContain('ไม่พบชีต "หน่วยงาน" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อสร้างชีตนี้ใหม่ แล้วกรอกข้อมูล');
      expect(details.some((d) => d.startsWith('ไม่พบคอลัมน์ "ค่าเป้าหมาย" ในแถวหัวตารางของชีต "มาตรการ"'))).toBe(true);
      expect(fakes.recorded.alerts).toEqual([]);
    });

    it('reads what Sheets really holds: Date and number cells, =HYPERLINK formulas, rich-text links, merged cells, 50,000 characters', () => {
      const { fakes, context } = project(seedWorkbook());
      const measures = fakes.sheet(MEASURES);
      const evidence = col(measures, 'ลิงก์หลักฐาน');
      measures._setFormula(4, evidence, '=HYPERLINK("https://www.nhrc.or.th/evidence-4","หลักฐาน")', 'หลักฐาน');
      measures._setLink(5, evidence, 'หลักฐาน (ลิงก์ในข้อความ)', 'https://www.nhrc.or.th/evidence-5');
      measures._setValues(6, evidence, [['ไม่ใช่ลิงก์']]);
      measures._setValues(7, col(measures, 'วันที่ดำเนินการ'), [[new Date(Date.UTC(2024, 0, 15, 5))]]);
      measures._setValues(8, col(measures, 'ผลการดำเนินงาน'), [['ก'.repeat(50_000)]]);
      measures.getRange(9, col(measures, 'ประเด็นการพัฒนา'), 2, 1).merge();
      context.validateWorkbook();
      const rows = fakes.sheet(FINDINGS)._values();
      const about = (row: number, header: string) => rows.filter((r) => r[2] === row && r[4] === header);
      expect(about(4, 'ลิงก์หลักฐาน')).toEqual([]);
      expect(about(5, 'ลิงก์หลักฐาน')).toEqual([]);
      expect(about(6, 'ลิงก์หลักฐาน').length).toBe(1);
      expect(about(7, 'วันที่ดำเนินการ')).toEqual([]);
      expect(about(8, 'ผลการดำเนินงาน')).toEqual([]);
      expect(measures._cell(8, col(measures, 'ผลการดำเนินงาน')).value).toHaveLength(50_000); // read, never truncated or rewritten
      expect(fakes.recorded.alerts).toEqual([]);
    });
  });

  describe('onEdit', () => {
    it('reads links of the edited rows only, and still sees a =HYPERLINK or linked evidence cell there', () => {
      const { fakes, context } = project(seedWorkbook());
      const measures = fakes.sheet(MEASURES);
      const evidence = col(measures, 'ลิงก์หลักฐาน');
      measures._setFormula(4, evidence, '=HYPERLINK("https://www.nhrc.or.th/evidence-4","หลักฐาน")', 'หลักฐาน');
      measures._setLink(5, evidence, 'หลักฐาน (ลิงก์ในข้อความ)', 'https://www.nhrc.or.th/evidence-5');
      context.validateWorkbook();
      fakes.calls.reset();
      fakes.run({ authMode: 'LIMITED' }, () =>
        context.onEdit(editCell(asSheet(measures), 4, col(measures, 'สถานะ'), 'ดำเนินการแล้วเสร็จ')),
      );
      fakes.run({ authMode: 'LIMITED' }, () =>
        context.onEdit(editCell(asSheet(measures), 5, col(measures, 'สถานะ'), 'ดำเนินการแล้วเสร็จ')),
      );
      expect(measures._cell(4, evidence).note ?? '').not.toContain('ลิงก์');
      expect(measures._cell(5, evidence).note ?? '').not.toContain('ลิงก์');
      // Formulas and rich text of one measures row each time, over the link columns only (plus the config's formulas).
      const config = fakes.sheet('ตั้งค่า')._values().length * 2;
      expect(fakes.calls.cellsBy.get('Range.getFormulas')).toBeLessThanOrEqual(2 * (config + 7));
      expect(fakes.calls.cellsBy.get('Range.getRichTextValues')).toBeLessThanOrEqual(2 * 7);
    });

    it('re-marks only the edited row: fixing a cell clears its mark, other rows keep theirs', () => {
      const { fakes, context } = project(seedWorkbook());
      const measures = fakes.sheet(MEASURES);
      const unitCol = col(measures, 'ผู้รับผิดชอบ');
      const good = measures._values()[2][unitCol - 1];
      measures._setValues(3, unitCol, [['สำนักที่ไม่มีอยู่จริง']]);
      measures._setValues(4, unitCol, [['สำนักที่ไม่มีอยู่จริง']]);
      context.validateWorkbook();
      expect(marked(measures)).toEqual(expect.arrayContaining([`3,${unitCol}`, `4,${unitCol}`]));

      fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(editCell(asSheet(measures), 3, unitCol, good)));
      const now = marked(measures);
      expect(now).not.toContain(`3,${unitCol}`);
      expect(now).toContain(`4,${unitCol}`);
      expect(now).toContain(`13,${col(measures, 'ผลผลิต')}`);

      // Breaking a cell by typing marks it at once.
      fakes.run({ authMode: 'LIMITED' }, () =>
        context.onEdit(editCell(asSheet(measures), 6, col(measures, 'สถานะ'), 'เสร็จแล้วมั้ง')),
      );
      const status = measures._cell(6, col(measures, 'สถานะ'));
      expect(status.background).toBe(WARNING_BG); // an unknown status is a warning
      expect(status.note).toContain('สถานะ "เสร็จแล้วมั้ง" ไม่อยู่ในรายการ');
    });

    it('a paste over many rows re-marks all of them', () => {
      const { fakes, context } = project(seedWorkbook());
      const measures = fakes.sheet(MEASURES);
      const unitCol = col(measures, 'ผู้รับผิดชอบ');
      measures._setValues(3, unitCol, [['ไม่มี'], ['ไม่มี'], ['ไม่มี']]);
      fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(sheetsOnEdit(measures.getRange(3, unitCol, 3, 1))));
      expect([3, 4, 5].map((r) => measures._cell(r, unitCol).background)).toEqual([ERROR_BG, ERROR_BG, ERROR_BG]);
    });

    it('ignores system sheets and the header row, and never throws at the user', () => {
      const { fakes, context } = project(seedWorkbook());
      context.validateWorkbook();
      const findings = fakes.sheet(FINDINGS);
      fakes.calls.reset();
      fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(editCell(asSheet(findings), 2, 6, 'แก้เล่น')));
      fakes.run({ authMode: 'LIMITED' }, () =>
        context.onEdit(editCell(asSheet(fakes.sheet(MEASURES)), 1, 30, 'คอลัมน์ของฉัน')),
      );
      expect(writes(fakes)).toEqual([]);
      // A broken event (no range) and a sheet deleted under it: logged, not thrown.
      expect(() => fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(undefined))).not.toThrow();
      const measures = fakes.sheet(MEASURES);
      const event = editCell(asSheet(measures), 3, 2, 'IIT-BUDGET');
      fakes.spreadsheet.deleteSheet(asSheet(fakes.sheet('ตั้งค่า')));
      expect(() => fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(event))).not.toThrow();
    });
  });

  describe('service calls do not grow with the rows', () => {
    it('a re-validation and a one-row onEdit make the same calls at 100 and 1,000 rows; nothing changed writes no cell', () => {
      const count = (rows: number) => {
        const { fakes, context } = project(generateWorkbook({ rows }));
        const measures = fakes.sheet(MEASURES);
        measures._setValues(5, col(measures, 'ผู้รับผิดชอบ'), [['ไม่มี']]); // the same error at both sizes
        context.validateWorkbook(); // the first run marks every finding: its writes follow the findings
        fakes.calls.reset();
        context.validateWorkbook();
        const again = { calls: roundTrips(fakes), written: fakes.calls.cells.written };
        const event = editCell(asSheet(measures), 10, col(measures, 'ผู้รับผิดชอบ'), 'ไม่มี');
        fakes.calls.reset();
        fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(event));
        return { again, edit: roundTrips(fakes), editWritten: fakes.calls.cells.written };
      };
      const small = count(100);
      const large = count(1000);
      expect(large.again).toEqual(small.again);
      expect(small.again.written).toBe(0);
      expect(large.edit).toEqual(small.edit);
      // One new mark: its note, its colour, and one row of the marks sheet.
      expect(large.editWritten).toBe(small.editWritten);
      expect(small.editWritten).toBeLessThanOrEqual(8);
      expect(Object.values(small.again.calls).reduce((a, b) => a + b, 0)).toBeLessThan(100);
    });
  });
});
