/**
 * Text as agencies paste it, through the built bundle (dist/Code.js) over the Apps Script fakes: a staff cell
 * and a form answer holding legacy Thai PUA characters, a URL in brackets, a formula error; then validation
 * and the menu report (Docs advanced service backed by the Docs simulator, which strips what the API strips).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTION } from '../src/core/forms/questions';
import { LEDGER_HEADER, SHEET } from '../src/core/layout';
import { sheetsOnFormSubmitForLastResponse, type FakeForm } from './fakes';
import type { DocsSimulator } from './tools/docs-simulator';
import { seedProject } from './tools/forms-project';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;

const project = seedProject;

type Project = ReturnType<typeof project>;

/** Sets the measures cell of the row `rowId` under `header`, as staff paste it (uncounted). */
function paste(p: Project, rowId: string, header: string, value: string): { row: number; column: number } {
  const sheet = p.fakes.spreadsheet._sheetNamed(SHEET.measures)!;
  const values = sheet._values();
  const row = values.findIndex((r) => r[0] === rowId) + 1;
  const column = values[0].map(String).indexOf(header) + 1;
  expect(row * column).toBeGreaterThan(0);
  sheet._setValues(row, column, [[value]]);
  return { row, column };
}

function lastDoc(p: Project): DocsSimulator {
  const doc = [...p.docs.values()].at(-1);
  expect(doc, 'a report Doc').toBeDefined();
  return doc!;
}

const cellsOf = (doc: DocsSimulator) => doc.tables()[0].cells.flat();

function submit(form: FakeForm, done: string, more: Record<string, string> = {}): void {
  const pick = (title: string, end: string) =>
    form._items.find((i) => i.title === title)!.choices.find((c) => c.endsWith(end))!;
  form._submit(
    {
      [QUESTION.unit]: pick(QUESTION.unit, '[SNY]'),
      [QUESTION.row]: pick(QUESTION.row, '[2567-02]'),
      [QUESTION.round]: 'รอบ ๑๒ เดือน',
      [QUESTION.done]: done,
      [QUESTION.status]: 'ดำเนินการแล้วเสร็จ',
      ...more,
    },
    { timestamp: new Date(Date.UTC(2024, 5, 28, 2)), email: 'a@example.go.th' },
  );
}

describe.skipIf(!existsSync(BUNDLE))('pasted text through the bundle', () => {
  it('a result cell with PUA characters from an old PDF: warned on its cell, and the report prints it cleaned, links and bold in place', () => {
    const p = project();
    // "ที่ประชุม" as copied from a TH SarabunPSK PDF, a bold unit line, and a link in brackets.
    const at = paste(
      p,
      '2567-01',
      'ผลการดำเนินงาน',
      '**สบก.**\nท\uf702\uf70aประชุม\uf70bมีมติ (https://example.go.th/m?id=1).',
    );
    p.context.validateWorkbook();
    const findings = p.fakes.spreadsheet
      ._sheetNamed(SHEET.findings)!
      ._values()
      .map((r) => r.map(String).join(' | '));
    expect(findings.filter((l) => l.includes('ฟอนต์รุ่นเก่า'))).toHaveLength(1);
    const measures = p.fakes.spreadsheet._sheetNamed(SHEET.measures)!;
    expect(measures._read('note')[at.row - 1][at.column - 1]).toContain('รายงานจะพิมพ์ข้อความที่แก้แล้ว');
    expect(measures._values()[at.row - 1][at.column - 1]).toContain('\uf702'); // what staff typed stays
    p.context.generateReport();
    const failed = p.fakes.recorded.alerts.filter((a) => /ไม่ได้|ไม่สำเร็จ/.test(a.title ?? ''));
    expect(failed).toEqual([]);
    const cell = cellsOf(lastDoc(p)).find((c) => c.text.includes('มีมติ'))!;
    expect(cell.text).toContain('ที่ประชุม้มีมติ (https://example.go.th/m?id=1).');
    const runs = cell.paragraphs.flatMap((pp) => pp.runs);
    expect(runs.filter((r) => r.style.bold).map((r) => r.text)).toEqual(['สบก.']);
    const link = runs.filter((r) => r.style.link);
    expect(link.map((r) => [r.text, (r.style.link as { url: string }).url])).toEqual([
      ['https://example.go.th/m?id=1', 'https://example.go.th/m?id=1'],
    ]);
  });

  it('a form answer with PUA characters: kept with a warning in the ledger, printed cleaned in the menu report', () => {
    const p = project();
    p.context.syncForms();
    const form = [...p.fakes.workspace.forms.values()][0];
    submit(form, 'จัดประชุมผู\uf70bบริหาร ๒ ครั้ง\uf8ff');
    p.fakes.run({ ui: false }, () =>
      p.context.onFormSubmit(sheetsOnFormSubmitForLastResponse(form as unknown as GoogleAppsScript.Forms.Form)),
    );
    const ledger = p.fakes.spreadsheet._sheetNamed(SHEET.ledger)!._values();
    const header = ledger[0].map(String);
    const record = ledger[1];
    expect(String(record[header.indexOf(LEDGER_HEADER.done)])).toBe('จัดประชุมผู้บริหาร ๒ ครั้ง');
    expect(String(record[header.indexOf(LEDGER_HEADER.reasons)])).toContain('ฟอนต์รุ่นเก่า');
    const raw = form._responsesSheet()!._values();
    expect(String(raw[1][raw[0].map(String).indexOf(QUESTION.done)])).toContain('\uf70b'); // the raw record is untouched
    p.context.generateReport();
    expect(cellsOf(lastDoc(p)).some((c) => c.text.includes('จัดประชุมผู้บริหาร ๒ ครั้ง'))).toBe(true);
  });

  it('the same pasted text prints the same from a Sheet cell and from a form answer (cleaned once, or again from the ledger)', () => {
    const p = project();
    // น ํ ้ ้ า: sara am typed as nikhahit + sara aa, with the tone mark doubled.
    const typed = 'ตรวจคุณภาพน\u0e4d\u0e49\u0e49\u0e32ประปา ๒ ครั้ง';
    paste(p, '2567-01', 'ผลการดำเนินงาน', typed);
    p.context.syncForms();
    const form = [...p.fakes.workspace.forms.values()][0];
    submit(form, typed);
    p.fakes.run({ ui: false }, () =>
      p.context.onFormSubmit(sheetsOnFormSubmitForLastResponse(form as unknown as GoogleAppsScript.Forms.Form)),
    );
    p.context.generateReport();
    const printed = cellsOf(lastDoc(p))
      .flatMap((c) => c.text.split('\n'))
      .filter((line) => line.includes('ประปา'));
    expect(printed.map((line) => line.slice(line.indexOf('ตรวจ')))).toEqual([
      'ตรวจคุณภาพน้ำประปา ๒ ครั้ง',
      'ตรวจคุณภาพน้ำประปา ๒ ครั้ง',
    ]);
  });

  it('a cell near the 50,000-character limit of Sheets, pasted into the wrong column: validation finishes, its finding fits a cell', () => {
    const p = project();
    const long = 'จัดประชุมคณะทำงานเพื่อพิจารณาแนวทางการดำเนินงาน '.repeat(2000).slice(0, 49_990);
    const at = paste(p, '2567-03', 'สถานะ', long);
    p.context.validateWorkbook();
    expect(p.fakes.recorded.alerts.filter((a) => /ไม่ได้|ไม่สำเร็จ|ผิดพลาด/.test(a.title ?? ''))).toEqual([]);
    const lines = p.fakes.spreadsheet._sheetNamed(SHEET.findings)!._values();
    const line = lines.find((l) => l[2] === at.row && l[4] === 'สถานะ')!;
    expect(String(line[5])).toMatch(/^สถานะ "จัดประชุมคณะทำงาน.{0,80}…" ไม่อยู่ในรายการ/);
    expect(p.fakes.spreadsheet._sheetNamed(SHEET.measures)!._values()[at.row - 1][at.column - 1]).toBe(long);
  });

  it('a form answer with a long text pasted into its dates question is recorded, its reasons fitting a cell', () => {
    const p = project();
    p.context.syncForms();
    const form = [...p.fakes.workspace.forms.values()][0];
    const dates = Array.from(
      { length: 500 },
      (_, i) => `ครั้งที่ ${i + 1} จัดประชุมคณะทำงานเพื่อพิจารณาแนวทางการดำเนินงานตามมาตรการ`,
    );
    submit(form, 'จัดประชุมคณะทำงาน ๕๐๐ ครั้ง', { [QUESTION.dates]: dates.join('\n') });
    p.fakes.run({ ui: false }, () =>
      p.context.onFormSubmit(sheetsOnFormSubmitForLastResponse(form as unknown as GoogleAppsScript.Forms.Form)),
    );
    const ledger = p.fakes.spreadsheet._sheetNamed(SHEET.ledger)!._values();
    const header = ledger[0].map(String);
    expect(ledger.map((l) => String(l[header.indexOf(LEDGER_HEADER.done)]))).toContain('จัดประชุมคณะทำงาน ๕๐๐ ครั้ง');
    const reasons = String(ledger[1][header.indexOf(LEDGER_HEADER.reasons)]);
    expect(reasons).toContain('อ่านวันที่ "ครั้งที่ 1 จัดประชุม');
    expect(reasons.length).toBeLessThanOrEqual(50_000);
    // A reconcile reads the same answer again: the ledger stays as it is.
    p.context.reconcileResponses();
    expect(p.fakes.spreadsheet._sheetNamed(SHEET.ledger)!._values()).toEqual(ledger);
  });

  it('a formula error in a row id or a result blocks the report, naming the cell', () => {
    const p = project();
    const at = paste(p, '2567-03', 'ผลผลิต', '#REF!');
    p.context.generateReport();
    expect(p.docs.size).toBe(0);
    const findings = p.fakes.spreadsheet
      ._sheetNamed(SHEET.findings)!
      ._values()
      .map((r) => r.map(String).join(' | '));
    const line = findings.find((l) => l.includes('#REF!'));
    expect(line).toContain(String(at.row));
    expect(line).toContain('ผลผลิต');
  });
});
