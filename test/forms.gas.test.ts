/**
 * Issue #5 through the built bundle (dist/Code.js) in a vm holding only the Apps Script fakes:
 * syncForms, onFormSubmit (the spreadsheet's and the form's events), reconcileResponses, surveys and
 * the generated report (Docs advanced service backed by the Docs simulator).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTION, type QuestionKey } from '../src/core/forms/questions';
import { LEDGER_HEADER, SHEET } from '../src/core/layout';
import {
  createGasGlobals,
  formsOnFormSubmit,
  loadBundle,
  sheetsOnFormSubmit,
  sheetsOnFormSubmitForLastResponse,
  type FakeForm,
  type FakeSheet,
  type GasContext,
  type GasFakes,
} from './fakes';
import { DocsSimulator } from './tools/docs-simulator';
import { fakeDocs } from './tools/forms-project';
import { seedWorkbook } from './tools/seed';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
type GForm = GoogleAppsScript.Forms.Form;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GResponse = GoogleAppsScript.Forms.FormResponse;

interface Project {
  fakes: GasFakes;
  context: GasContext;
  docs: ReturnType<typeof fakeDocs>;
}

/** The seed workbook in a bound spreadsheet, the bundle loaded. */
function project(): Project {
  clock = START;
  const holder: { fakes?: GasFakes } = {};
  const docs = fakeDocs(() => holder.fakes!);
  const fakes = (holder.fakes = createGasGlobals({
    docs,
    spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' },
  }));
  for (const [name, sheet] of Object.entries(seedWorkbook())) fakes.seed(name, sheet?.values ?? []);
  const context = loadBundle(BUNDLE, fakes.globals);
  return { fakes, context, docs };
}

/** A project whose progress form exists (syncForms run once, from the menu). */
function withForm(): Project & { form: FakeForm } {
  const p = project();
  p.context.syncForms();
  return { ...p, form: progressForm(p.fakes) };
}

function progressForm(fakes: GasFakes): FakeForm {
  const forms = [...fakes.workspace.forms.values()];
  expect(forms).toHaveLength(1);
  return forms[0];
}

function sheetNamed(fakes: GasFakes, name: string): FakeSheet | undefined {
  return fakes.spreadsheet._sheetNamed(name);
}

function responsesSheet(form: FakeForm): FakeSheet {
  return form._responsesSheet()!;
}

/** Ledger rows as objects keyed by the ledger's Thai headers (uncounted). */
function ledger(fakes: GasFakes): Record<string, unknown>[] {
  const sheet = sheetNamed(fakes, SHEET.ledger);
  if (!sheet) return [];
  const [header, ...rows] = sheet._values();
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

const L = LEDGER_HEADER;

interface Reply {
  unit?: string;
  row?: string;
  round?: 6 | 12;
  done?: string;
  dates?: string;
  quantity?: string;
  quantityWord?: string;
  evidence?: string;
  status?: string;
}

/** The dropdown choice of the form's question `key` ending with "[id]". */
function choice(form: FakeForm, key: QuestionKey, id: string): string {
  const item = form._items.find((i) => i.title === QUESTION[key])!;
  const found = item.choices.find((c) => c.endsWith(`[${id}]`));
  if (!found) throw new Error(`no choice [${id}] in ${key}`);
  return found;
}

/** Answers by question title, as a respondent picks them. */
function answers(form: FakeForm, reply: Reply): Record<string, string> {
  const out: Record<string, string> = {
    [QUESTION.unit]: choice(form, 'unit', reply.unit ?? 'SNY'),
    [QUESTION.row]: choice(form, 'row', reply.row ?? '2567-01'),
    [QUESTION.round]: reply.round === 6 ? 'รอบ ๖ เดือน' : 'รอบ ๑๒ เดือน',
    [QUESTION.done]: reply.done ?? 'จัดประชุมคณะกรรมการติดตามงบประมาณ ครั้งที่ ๓/๒๕๖๗',
    [QUESTION.status]: reply.status ?? 'ดำเนินการแล้วเสร็จ',
  };
  const optional: [QuestionKey, string | undefined][] = [
    ['dates', reply.dates ?? '๒๘/๖/๒๕๖๗'],
    ['quantity', reply.quantity],
    ['quantityWord', reply.quantityWord],
    ['evidence', reply.evidence ?? 'https://www.nhrc.or.th/budget/meeting-3'],
  ];
  for (const [k, v] of optional) if (v !== undefined && v !== '') out[QUESTION[k]] = v;
  return out;
}

const START = Date.UTC(2024, 5, 28, 2, 0, 0);
let clock = START;
/** A respondent submits: the row lands in the responses sheet (no trigger has run yet). */
function submit(form: FakeForm, reply: Reply = {}, email = 'somchai.j@nhrc.or.th'): GResponse {
  clock += 61_000;
  return form._submit(answers(form, reply), { timestamp: new Date(clock), email });
}

/** Apps Script runs the installable trigger: no UI in that context. */
function trigger(p: Project, event: unknown): void {
  p.fakes.run({ ui: false }, () => p.context.onFormSubmit(event));
}

/** The spreadsheet's onFormSubmit event for the response sheet's row `row` (the whole row as range). */
function eventForRow(form: FakeForm, row: number, changedColumns?: number[]) {
  const sheet = responsesSheet(form);
  const range = sheet._range({ row, column: 1, numRows: 1, numColumns: sheet._grid.lastColumn() });
  return sheetsOnFormSubmit(range as unknown as GRange, changedColumns ? { changedColumns } : {});
}

/** Submits and fires the trigger for the new row, as Apps Script does once the row has landed. */
function submitAndFire(p: Project & { form: FakeForm }, reply: Reply = {}): GResponse {
  const response = submit(p.form, reply);
  trigger(p, sheetsOnFormSubmitForLastResponse(p.form as unknown as GForm));
  return response;
}

/** Everything stored in a sheet, for before/after comparisons. */
function snapshot(sheet: FakeSheet) {
  return {
    values: sheet._read('value').map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v))),
    formulas: sheet._read('formula'),
    backgrounds: sheet._read('background'),
    notes: sheet._read('note'),
    rows: sheet.getMaxRows(),
    columns: sheet.getMaxColumns(),
  };
}

/** Appends a row to one of the workbook's sheets, as staff type it (uncounted). */
function appendRow(fakes: GasFakes, name: string, values: unknown[]): void {
  const sheet = sheetNamed(fakes, name)!;
  sheet._setValues(sheet._grid.lastRow() + 1, 1, [values]);
}

/** Deletes the measures row holding `rowId` (uncounted). */
function deleteMeasure(fakes: GasFakes, rowId: string): void {
  const sheet = sheetNamed(fakes, SHEET.measures)!;
  const row = sheet._values().findIndex((r) => r[0] === rowId) + 1;
  expect(row).toBeGreaterThan(1);
  sheet._grid.deleteRows(row, 1);
  sheet._grid.touched();
}

/** Generates the report and returns the text of each body row of its table (cells joined by " | "). */
function reportRows(p: Project): { rows: string[][]; doc: DocsSimulator } {
  p.context.generateReport();
  expect(p.fakes.recorded.alerts.filter((a) => a.title === 'ยังสร้างรายงานไม่ได้')).toEqual([]);
  const doc = [...p.docs.docs.values()].at(-1)!;
  const table = doc.tables()[0];
  return { rows: table.cells.map((r) => r.map((c) => c.text)), doc };
}

/** The report table's row whose targets/measure cell holds the given text. */
function reportRow(rows: string[][], text: string): string[] {
  const found = rows.filter((r) => r.some((c) => c.includes(text)));
  expect(found.length, `rows holding "${text}"`).toBeGreaterThan(0);
  return found[0];
}

describe.skipIf(!existsSync(BUNDLE))('forms through the bundle (syncForms, onFormSubmit, reconcileResponses)', () => {
  it('syncForms creates one linked form with the Thai questions and readable labels mapped back to รหัสแถว', () => {
    const p = project();
    p.context.syncForms();
    const form = progressForm(p.fakes);
    expect(form._items.map((i) => [i.title, i.type, i.required])).toEqual([
      [QUESTION.unit, 'LIST', true],
      [QUESTION.row, 'LIST', true],
      [QUESTION.round, 'LIST', true],
      [QUESTION.done, 'PARAGRAPH_TEXT', true],
      [QUESTION.dates, 'PARAGRAPH_TEXT', false],
      [QUESTION.quantity, 'TEXT', false],
      [QUESTION.quantityWord, 'TEXT', false],
      [QUESTION.evidence, 'PARAGRAPH_TEXT', false],
      [QUESTION.status, 'LIST', true],
    ]);
    expect(form._title).toBe(
      'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ ๒๕๖๗ — สำนักงานคณะกรรมการสิทธิมนุษยชนแห่งชาติ',
    );
    const rows = form._items[1].choices;
    const ids = (sheetNamed(p.fakes, SHEET.measures)!._values().slice(1) as unknown[][]).map((r) => String(r[0]));
    expect(rows).toHaveLength(18);
    // Each label is readable (Thai digits, the measure number, the measure text) and ends with its row id.
    expect(rows.map((l) => /\[([^\]]+)\]$/.exec(l)![1])).toEqual(ids);
    expect(rows[0]).toMatch(/^๑\.๑ ค่าเป้าหมาย ๑–๒: ตั้งคณะกรรมการด้านงบประมาณ .+… \[2567-01\]$/);
    expect(rows[1]).toMatch(/^๑\.๑ ค่าเป้าหมาย ๓: ตั้งคณะกรรมการด้านงบประมาณ .+… \[2567-02\]$/);
    expect(rows[4]).toMatch(/^ประเด็น ๒: .+ \[2567-05\]$/);
    expect(form._items[0].choices).toContain('สำนักบริหารกลาง [SBK]');
    expect(form._items[0].choices).toHaveLength(9);
    expect(form._items[2].choices).toEqual(['รอบ ๖ เดือน', 'รอบ ๑๒ เดือน']);
    expect(form._items[8].choices).toEqual([
      'ยังไม่ดำเนินการ',
      'อยู่ระหว่างดำเนินการ',
      'ดำเนินการแล้วเสร็จ',
      'ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย',
    ]);
    // Linked to this spreadsheet: the responses tab has the timestamp and one column per question.
    const sheet = responsesSheet(form);
    expect(sheet.getName()).toBe('การตอบแบบฟอร์ม 1');
    expect(sheet._values()[0]).toEqual(['ประทับเวลา', ...Object.values(QUESTION)]);
    expect(form._destination!.spreadsheetId).toBe(p.fakes.spreadsheet.getId());
    expect(form._allowResponseEdits).toBe(true);
    expect(p.fakes.services.ScriptApp._triggers).toEqual([
      expect.objectContaining({
        handlerFunction: 'onFormSubmit',
        eventType: 'ON_FORM_SUBMIT',
        source: 'SPREADSHEETS',
        sourceId: p.fakes.spreadsheet.getId(),
      }),
    ]);
    expect(sheetNamed(p.fakes, SHEET.ledger)!._values()[0]).toEqual(Object.values(LEDGER_HEADER));
    expect(sheetNamed(p.fakes, SHEET.surveys)).toBeDefined();
    // The dialog gives the respondents' link.
    expect(p.fakes.recorded.dialogs.at(-1)!.html).toContain(form.getPublishedUrl());
  });

  it('run again after a unit and a row change: still one form, one trigger, one responses tab, lists refreshed, no response lost', () => {
    const p = withForm();
    submitAndFire(p, { unit: 'SBK', row: '2567-06', done: 'รายงานสถิติเรื่องร้องเรียน' });
    const before = ledger(p.fakes);
    expect(before).toHaveLength(1);
    const rawBefore = snapshot(responsesSheet(p.form));
    const formId = p.form.getId();

    appendRow(p.fakes, SHEET.units, ['HR', 'กลุ่มงานบริหารทรัพยากรบุคคล', 'กบค.', '']);
    const measures = sheetNamed(p.fakes, SHEET.measures)!;
    const last = measures._values().at(-1)!;
    appendRow(p.fakes, SHEET.measures, ['2567-19', ...last.slice(1, 5), 'มาตรการใหม่ทดลองเพิ่ม', ...last.slice(6)]);
    deleteMeasure(p.fakes, '2567-17');
    p.context.syncForms();
    p.context.syncForms();

    expect([...p.fakes.workspace.forms.keys()]).toEqual([formId]);
    expect(p.fakes.services.ScriptApp._triggers).toHaveLength(1);
    expect(p.fakes.spreadsheet.getSheets().filter((s) => s.getName().startsWith('การตอบแบบฟอร์ม'))).toHaveLength(1);
    const units = p.form._items[0].choices;
    const rows = p.form._items[1].choices;
    expect(units).toContain('กลุ่มงานบริหารทรัพยากรบุคคล [HR]');
    expect(rows.some((l) => l.endsWith('[2567-19]') && l.includes('มาตรการใหม่ทดลองเพิ่ม'))).toBe(true);
    expect(rows.some((l) => l.endsWith('[2567-17]'))).toBe(false);
    expect(p.form._items).toHaveLength(9);
    expect(p.form._responses).toHaveLength(1);
    expect(snapshot(responsesSheet(p.form))).toEqual(rawBefore);
    expect(ledger(p.fakes)).toEqual(before);
    // A new unit can answer at once.
    submitAndFire(p, { unit: 'HR', row: '2567-19', done: 'ทดลอง' });
    expect(ledger(p.fakes).map((r) => [r[L.unit], r[L.rowId], r[L.check]])).toEqual([
      ['SBK', '2567-06', 'ใช้ได้'],
      ['HR', '2567-19', 'ใช้ได้'],
    ]);
  });

  it('a form deleted by mistake: syncForms makes a new one, links it, keeps one trigger, and the old answers stay in the ledger', () => {
    const p = withForm();
    submitAndFire(p, { unit: 'SBK', row: '2567-06', done: 'คำตอบในแบบฟอร์มเดิม' });
    p.fakes.services.DriveApp._item(p.form.getId())!.trashed = true;
    p.context.syncForms();
    const forms = [...p.fakes.workspace.forms.values()];
    expect(forms).toHaveLength(2);
    const fresh = forms[1];
    expect(fresh._responsesSheet()!.getName()).toBe('การตอบแบบฟอร์ม 2');
    expect(p.fakes.services.ScriptApp._triggers).toHaveLength(1);
    expect(p.fakes.recorded.dialogs.at(-1)!.html).toContain('ไม่พบแบบฟอร์มเดิม');
    submitAndFire({ ...p, form: fresh }, { unit: 'SNY', row: '2567-01', done: 'คำตอบในแบบฟอร์มใหม่' });
    p.context.reconcileResponses();
    // Each tab is read with its own form (the old one is still in the trash); the ledger keeps its order.
    expect(ledger(p.fakes).map((r) => [r[L.sheet], r[L.done]])).toEqual([
      ['การตอบแบบฟอร์ม 1', 'คำตอบในแบบฟอร์มเดิม'],
      ['การตอบแบบฟอร์ม 2', 'คำตอบในแบบฟอร์มใหม่'],
    ]);
  });

  it('the ledger deleted or disturbed by staff: the next submission rebuilds what is missing, without doubles', () => {
    const p = withForm();
    submitAndFire(p, { unit: 'SNY' });
    submitAndFire(p, { unit: 'SBK', row: '2567-06' });
    // staff insert a blank row in the middle of the ledger
    const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
    sheet.insertRowsAfter(2, 1);
    submitAndFire(p, { unit: 'LAW', row: '2567-05' });
    expect(ledger(p.fakes).map((r) => [r[L.row], r[L.unit]])).toEqual([
      ['2', 'SNY'],
      ['3', 'SBK'],
      ['4', 'LAW'],
    ]);
    expect(sheet._values()).toHaveLength(4);
    // staff delete the ledger sheet
    p.fakes.spreadsheet.deleteSheet(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet);
    submitAndFire(p, { unit: 'AUDIT', row: '2567-05' });
    expect(ledger(p.fakes).map((r) => [r[L.row], r[L.unit]])).toEqual([
      ['5', 'AUDIT'],
      ['2', 'SNY'],
      ['3', 'SBK'],
      ['4', 'LAW'],
    ]);
  });

  it('one submission costs the same number of service calls with 10 or 500 earlier responses, and reads few cells of the ledger', () => {
    const counts = [10, 500].map((n) => {
      const p = withForm();
      for (let i = 0; i < n; i++) submit(p.form, { unit: 'SNY', row: '2567-02', done: `กิจกรรมที่ ${i + 1}` });
      p.context.reconcileResponses();
      submit(p.form, { unit: 'SBK', row: '2567-02' });
      p.fakes.calls.reset();
      trigger(p, sheetsOnFormSubmitForLastResponse(p.form as unknown as GForm));
      expect(ledger(p.fakes)).toHaveLength(n + 1);
      // Of the ledger it reads the key column (1 a line), not its 18 cells a line (test/forms-event.gas.test.ts: exact).
      expect(p.fakes.calls.cells.read).toBeLessThan(1000 + 4 * n);
      return p.fakes.calls.snapshot();
    });
    expect(counts[1]).toEqual(counts[0]);
  });

  it('a question deleted in the form by mistake: syncForms adds it back, old and new answers are both read', () => {
    const p = withForm();
    submitAndFire(p, { quantity: '2', quantityWord: 'ครั้ง' });
    const item = p.form._items.find((i) => i.title === QUESTION.quantity)!;
    p.form.deleteItem(p.form.getItemById(item.id));
    submitAndFire(p, { unit: 'SBK', row: '2567-06' }); // answered while the question was missing
    p.context.syncForms();
    expect(p.form._items.filter((i) => i.title === QUESTION.quantity)).toHaveLength(1);
    const header = responsesSheet(p.form)._values()[0];
    expect(header.filter((h) => h === QUESTION.quantity)).toHaveLength(2); // Forms keeps the old column
    submitAndFire(p, { unit: 'LAW', row: '2567-05', quantity: '4' });
    p.context.reconcileResponses();
    expect(ledger(p.fakes).map((r) => [r[L.unit], r[L.quantity]])).toEqual([
      ['SNY', '2'],
      ['SBK', ''],
      ['LAW', '4'],
    ]);
  });

  it('a question renamed in the form: the answer waits in the raw sheet until syncForms puts the title back', () => {
    const p = withForm();
    const unit = p.form._items.find((i) => i.title === QUESTION.unit)!;
    const sbk = choice(p.form, 'unit', 'SBK');
    p.form.getItemById(unit.id).asListItem().setTitle('ชื่อสำนัก');
    const sheet = responsesSheet(p.form);
    expect(sheet._values()[0]).toContain('ชื่อสำนัก'); // the linked sheet follows the title
    p.form._submit(
      {
        ชื่อสำนัก: sbk,
        [QUESTION.row]: choice(p.form, 'row', '2567-06'),
        [QUESTION.round]: 'รอบ ๑๒ เดือน',
        [QUESTION.done]: 'ตอบระหว่างที่ชื่อคำถามถูกเปลี่ยน',
        [QUESTION.status]: 'ดำเนินการแล้วเสร็จ',
      },
      { timestamp: new Date(Date.UTC(2024, 6, 3)) },
    );
    trigger(p, sheetsOnFormSubmitForLastResponse(p.form as unknown as GForm));
    expect(ledger(p.fakes)).toEqual([]);
    expect(p.fakes.recorded.console.some((c) => c.level === 'warn' && String(c.args[0]).includes('syncForms'))).toBe(
      true,
    );
    // A rebuild now would drop that sheet's records: it refuses and says why.
    p.context.reconcileResponses();
    expect(p.fakes.recorded.alerts.at(-1)!.prompt).toContain('ชื่อคำถามหน่วยงานหรือมาตรการถูกเปลี่ยนในแบบฟอร์ม');
    p.context.syncForms();
    expect(sheet._values()[0][1]).toBe(QUESTION.unit);
    p.context.reconcileResponses();
    expect(ledger(p.fakes).map((r) => [r[L.unit], r[L.done]])).toEqual([['SBK', 'ตอบระหว่างที่ชื่อคำถามถูกเปลี่ยน']]);
  });

  it('a submission (the spreadsheet event: namedValues, values, range) becomes one normalised ledger record', () => {
    const p = withForm();
    const response = submit(p.form, {
      unit: 'SNY',
      row: '2567-01',
      done: 'จัดประชุมคณะกรรมการติดตามงบประมาณ\nครั้งที่ ๓/๒๕๖๗',
      dates: '๒๘/๖/๒๕๖๗\n2024-07-02',
      quantity: '๒',
      quantityWord: 'ครั้ง',
      evidence: 'https://www.nhrc.or.th/a\nhttps://www.nhrc.or.th/b',
    });
    const e = sheetsOnFormSubmitForLastResponse(p.form as unknown as GForm);
    // The event is what Apps Script sends: display values, by header.
    expect(e.range.getRow()).toBe(2);
    expect(e.namedValues[QUESTION.row]).toEqual([choice(p.form, 'row', '2567-01')]);
    expect(e.values[0]).toContain('28/6/2024');
    p.fakes.calls.reset();
    trigger(p, e);
    expect(ledger(p.fakes)).toEqual([
      {
        // Keyed by the Form response, not by the row: the tab's rows can move.
        [L.key]: response.getId(),
        [L.sheet]: 'การตอบแบบฟอร์ม 1',
        [L.row]: '2',
        [L.timestamp]: '2024-06-28 09:01:01',
        [L.rowId]: '2567-01',
        [L.round]: '12',
        [L.unit]: 'SNY',
        [L.done]: 'จัดประชุมคณะกรรมการติดตามงบประมาณ\nครั้งที่ ๓/๒๕๖๗',
        [L.dates]: '2024-06-28\n2024-07-02',
        [L.quantity]: '2',
        [L.quantityWord]: 'ครั้ง',
        [L.evidence]: 'https://www.nhrc.or.th/a\nhttps://www.nhrc.or.th/b',
        [L.status]: 'ดำเนินการแล้วเสร็จ',
        [L.check]: 'ใช้ได้',
        [L.reasons]: '',
        [L.exclude]: '',
        [L.fingerprint]: expect.stringMatching(/^[0-9a-f]{14}$/),
        [L.editUrl]: response.getEditResponseUrl(),
      },
    ]);
    expect(response.getId()).toMatch(/^fake-response-/);
    // Under the document lock, released; a fixed handful of calls; no UI from a trigger.
    const lock = p.fakes.services.LockService._state('document');
    // The first wait is syncForms' (withForm made the form under the lock): the submission's is the last.
    expect(lock.waits.slice(1)).toEqual([{ method: 'tryLock', timeoutMs: 20_000, acquired: true }]);
    expect(lock.heldBy).toBeUndefined();
    expect(p.fakes.calls.count('Range.setValues')).toBe(1);
    expect(p.fakes.calls.count('SpreadsheetApp.getUi')).toBe(0);
    expect(p.fakes.recorded.console.filter((c) => c.level === 'error')).toEqual([]);
  });

  it('the same event fired twice adds nothing and writes nothing the second time', () => {
    const p = withForm();
    submit(p.form);
    const e = sheetsOnFormSubmitForLastResponse(p.form as unknown as GForm);
    trigger(p, e);
    const once = ledger(p.fakes);
    p.fakes.calls.reset();
    trigger(p, e);
    expect(ledger(p.fakes)).toEqual(once);
    expect(once).toHaveLength(1);
    expect(p.fakes.calls.count('Range.setValues')).toBe(0);
    expect(p.fakes.calls.count('Range.setBackgrounds')).toBe(0);
  });

  it('two submissions racing: both land before either trigger runs, the triggers run in any order, each is recorded once', () => {
    const p = withForm();
    submit(p.form, { unit: 'SNY', row: '2567-02', done: 'สนย. บรรจุวาระงบประมาณ' });
    submit(p.form, { unit: 'SBK', row: '2567-02', done: 'สบก. บรรจุวาระงบประมาณ' });
    const second = eventForRow(p.form, 3);
    const first = eventForRow(p.form, 2);
    trigger(p, second); // the later submission's trigger wins the lock
    expect(ledger(p.fakes).map((r) => r[L.row])).toEqual(['3', '2']); // it also caught up row 2
    trigger(p, first);
    trigger(p, second); // and a duplicate delivery
    expect(ledger(p.fakes).map((r) => [r[L.row], r[L.unit]])).toEqual([
      ['3', 'SBK'],
      ['2', 'SNY'],
    ]);
  });

  it('two submissions racing for the lock: the one that waits too long is picked up by the next, nothing lost or doubled', () => {
    const p = withForm();
    const locks = p.fakes.services.LockService;
    submit(p.form, { unit: 'SNY', row: '2567-02' });
    locks._holdByOther('document'); // another execution (the first submission's) holds the lock
    trigger(p, eventForRow(p.form, 2));
    expect(ledger(p.fakes)).toEqual([]);
    locks._holdByOther('document', false);
    submit(p.form, { unit: 'SBK', row: '2567-02' });
    trigger(p, eventForRow(p.form, 3));
    expect(ledger(p.fakes).map((r) => [r[L.row], r[L.unit]])).toEqual([
      ['3', 'SBK'],
      ['2', 'SNY'],
    ]);
    expect(p.fakes.services.PropertiesService.getDocumentProperties().getProperty('ITA_FORMS_MISSED_AT')).toBeNull();
  });

  it('a lock timeout loses nothing: the answer stays in the raw sheet, is noted, and reconcileResponses picks it up', () => {
    const p = withForm();
    submit(p.form, { unit: 'SBK', row: '2567-06', done: 'สถิติเรื่องร้องเรียน' });
    const raw = snapshot(responsesSheet(p.form));
    p.fakes.services.LockService._holdByOther('document');
    expect(() => trigger(p, eventForRow(p.form, 2))).not.toThrow();
    expect(ledger(p.fakes)).toEqual([]);
    expect(snapshot(responsesSheet(p.form))).toEqual(raw);
    const props = p.fakes.services.PropertiesService.getDocumentProperties();
    expect(props.getProperty('ITA_FORMS_MISSED_AT')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(p.fakes.recorded.console.some((c) => c.level === 'warn' && String(c.args[0]).includes('lock'))).toBe(true);

    // reconcile while the lock is still taken says so and changes nothing
    p.context.reconcileResponses();
    expect(p.fakes.recorded.alerts.at(-1)!.prompt).toContain('ลองสั่งอีกครั้ง');
    expect(ledger(p.fakes)).toEqual([]);

    p.fakes.services.LockService._holdByOther('document', false);
    p.context.reconcileResponses();
    expect(ledger(p.fakes).map((r) => [r[L.row], r[L.unit], r[L.rowId], r[L.check]])).toEqual([
      ['2', 'SBK', '2567-06', 'ใช้ได้'],
    ]);
    expect(props.getProperty('ITA_FORMS_MISSED_AT')).toBeNull();
    expect(p.fakes.recorded.alerts.at(-1)!.prompt).toContain('เพิ่มใหม่ 1');
    // idempotent
    const once = ledger(p.fakes);
    p.fakes.calls.reset();
    p.context.reconcileResponses();
    expect(ledger(p.fakes)).toEqual(once);
    expect(p.fakes.calls.count('Range.setValues')).toBe(0);
    expect(p.fakes.recorded.alerts.at(-1)!.prompt).toContain('ไม่มีสิ่งที่ต้องเปลี่ยน');
  });

  it('the form event (response, source) names no row: it catches up every raw row the ledger lacks', () => {
    const p = withForm();
    submit(p.form, { unit: 'SNY' });
    const r2 = submit(p.form, { unit: 'SBK', row: '2567-06' });
    trigger(p, formsOnFormSubmit(p.form as unknown as GForm, r2));
    expect(ledger(p.fakes).map((r) => r[L.row])).toEqual(['2', '3']);
  });

  it('malformed answers are kept in the ledger with a Thai reason, flagged in colour, and left out of the sums', () => {
    const p = withForm();
    submitAndFire(p, { quantity: 'สองครั้ง', dates: '๓๒/๑๓/๒๕๖๗', evidence: 'ดูในแฟ้มกลาง' });
    // A unit deleted from the units sheet after it answered: the answer cannot be used.
    submit(p.form, { unit: 'LAW', row: '2567-05', done: 'เปิดโอกาสให้แสดงความคิดเห็น' });
    const units = sheetNamed(p.fakes, SHEET.units)!;
    const lawRow = units._values().findIndex((r) => r[0] === 'LAW') + 1;
    units._grid.deleteRows(lawRow, 1);
    units._grid.touched();
    trigger(p, sheetsOnFormSubmitForLastResponse(p.form as unknown as GForm));

    const rows = ledger(p.fakes);
    expect(rows).toHaveLength(2);
    expect(rows[0][L.check]).toBe('ใช้ได้ (มีคำเตือน)');
    expect(rows[0][L.quantity]).toBe('');
    expect(String(rows[0][L.reasons]).split('\n')).toEqual([
      'จำนวนที่ทำได้ต้องเป็นตัวเลข เช่น ๒ (ไม่นำไปรวมยอด)',
      'อ่านวันที่ "๓๒/๑๓/๒๕๖๗" ไม่ได้ — ใช้รูปแบบ ๒๘/๒/๒๕๖๗ หรือ ๒๘ ก.พ. ๒๕๖๗',
      '"ดูในแฟ้มกลาง" ไม่ใช่ลิงก์ https:// — จะแสดงเป็นข้อความ',
    ]);
    expect(rows[0][L.dates]).toBe('๓๒/๑๓/๒๕๖๗'); // kept as typed
    expect(rows[1][L.check]).toBe('ใช้ไม่ได้');
    expect(rows[1][L.unit]).toBe('สำนักกฎหมาย [LAW]');
    expect(rows[1][L.reasons]).toBe(
      'ไม่พบหน่วยงาน "สำนักกฎหมาย [LAW]" ในชีตหน่วยงาน — ตรวจสอบชื่อ/รหัสหน่วยงาน แล้วสั่งดึงคำตอบใหม่',
    );
    const colours = sheetNamed(p.fakes, SHEET.ledger)!._read('background', {
      row: 2,
      numRows: 2,
      column: 1,
      numColumns: 17,
    });
    expect(colours.map((r) => [...new Set(r)])).toEqual([['#fff2cc'], ['#f4cccc']]);
    p.context.reconcileResponses();
    expect(p.fakes.recorded.alerts.at(-1)!.prompt).toContain('ใช้ไม่ได้ 1 รายการ');
    expect(ledger(p.fakes)).toHaveLength(2);
  });

  it('an answer naming a row deleted since: kept, flagged with the reason after reconcile, and not in the report', () => {
    const p = withForm();
    submitAndFire(p, { unit: 'SBK', row: '2567-18', done: 'ทบทวนแนวปฏิบัติรับเรื่องร้องเรียนทุจริต' });
    expect(ledger(p.fakes)[0][L.check]).toBe('ใช้ได้');
    deleteMeasure(p.fakes, '2567-18');
    p.context.syncForms();
    p.context.reconcileResponses();
    const [record] = ledger(p.fakes);
    expect(record[L.rowId]).toBe('2567-18');
    expect(record[L.check]).toBe('ใช้ไม่ได้');
    expect(record[L.reasons]).toBe(
      'ไม่พบแถวรหัส "2567-18" ในชีตมาตรการแล้ว (แถวถูกลบหรือเปลี่ยนรหัส) — ให้หน่วยงานส่งคำตอบใหม่ หรือคืนรหัสแถวเดิม',
    );
    const { rows } = reportRows(p);
    expect(rows.flat().some((c) => c.includes('ทบทวนแนวปฏิบัติรับเรื่องร้องเรียนทุจริต'))).toBe(false);
  });

  it('an edited response replaces its record on the same key (the row is rewritten in place, the event names it)', () => {
    const p = withForm();
    const response = submitAndFire(p, { quantity: '1', done: 'ร่างแรก' });
    submitAndFire(p, { unit: 'SBK', row: '2567-06' });
    const [first] = ledger(p.fakes);
    const row = p.form._editResponse(
      response,
      { [QUESTION.done]: 'ฉบับแก้ไข', [QUESTION.quantity]: '3' },
      { timestamp: new Date(Date.UTC(2024, 6, 1, 3)) },
    )!;
    expect(row).toBe(2);
    expect(responsesSheet(p.form)._grid.lastRow()).toBe(3); // no new row
    const done = Object.values(QUESTION).indexOf(QUESTION.done) + 2;
    const qty = Object.values(QUESTION).indexOf(QUESTION.quantity) + 2;
    const e = eventForRow(p.form, 2, [1, done, qty]);
    expect(e.namedValues[QUESTION.unit]).toEqual(['']); // unchanged answers come blank in the event
    trigger(p, e);
    const rows = ledger(p.fakes);
    expect(rows).toHaveLength(2);
    expect(rows[0][L.key]).toBe(first[L.key]);
    expect(rows[0][L.done]).toBe('ฉบับแก้ไข');
    expect(rows[0][L.quantity]).toBe('3');
    expect(rows[0][L.unit]).toBe('SNY'); // read from the row, not the blank event value
    expect(rows[0][L.timestamp]).toBe('2024-07-01 10:00:00');
    expect(rows[0][L.fingerprint]).not.toBe(first[L.fingerprint]);
    expect(rows[1][L.unit]).toBe('SBK');
    // reconcile agrees
    p.fakes.calls.reset();
    p.context.reconcileResponses();
    expect(p.fakes.calls.count('Range.setValues')).toBe(0);
  });

  it('answers starting with = + - @ are stored as text in the ledger, never as formulas', () => {
    const p = withForm();
    const done = '=IMPORTXML("https://evil.example/x","//a")';
    submitAndFire(p, { done, quantityWord: '+ครั้ง', evidence: '-', dates: '@today' });
    submitAndFire(p, {
      done: '+66 2 141 3800 โทรแจ้ง',
      quantityWord: '@mention',
      evidence: '=HYPERLINK("https://evil.example","คลิก")',
    });
    const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
    expect(
      sheet
        ._read('formula')
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    const rows = ledger(p.fakes);
    expect(rows[0][L.done]).toBe(done);
    expect(rows[0][L.quantityWord]).toBe('+ครั้ง');
    expect(rows[0][L.evidence]).toBe('-');
    expect(rows[0][L.dates]).toBe('@today');
    expect(rows[1][L.done]).toBe('+66 2 141 3800 โทรแจ้ง');
    expect(rows[1][L.quantityWord]).toBe('@mention');
    expect(rows[1][L.evidence]).toBe('=HYPERLINK("https://evil.example","คลิก")');
    // a leading apostrophe is kept too (Sheets would swallow it as its own "text" marker)
    submitAndFire(p, { done: "'ตามหนังสือที่แจ้ง' ลงวันที่ ๑ ก.ค.", evidence: "'https://www.nhrc.or.th/x" });
    expect(ledger(p.fakes)[2][L.done]).toBe("'ตามหนังสือที่แจ้ง' ลงวันที่ ๑ ก.ค.");
    expect(ledger(p.fakes)[2][L.evidence]).toBe("'https://www.nhrc.or.th/x");
    // the whole written block is plain text
    expect(new Set(sheet._read('numberFormat', { row: 2, numRows: 3, column: 1, numColumns: 17 }).flat())).toEqual(
      new Set(['@']),
    );
    // and a rebuild reads them back unchanged
    p.fakes.calls.reset();
    p.context.reconcileResponses();
    expect(p.fakes.calls.count('Range.setValues')).toBe(0);
    expect(
      sheet
        ._read('formula')
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('the raw responses sheet is never edited, and respondents’ e-mail and name never reach the ledger', () => {
    const p = withForm();
    // The admin makes the form collect e-mails and adds a name question by hand.
    p.form.setCollectEmail(true);
    p.form.addTextItem().setTitle('ชื่อ-นามสกุลผู้รายงาน');
    const sheet = responsesSheet(p.form);
    expect(sheet._values()[0].slice(0, 2)).toEqual(['ประทับเวลา', 'ที่อยู่อีเมล']);
    const r = p.form._submit(
      { ...answers(p.form, { unit: 'SBK', row: '2567-06' }), 'ชื่อ-นามสกุลผู้รายงาน': 'นางสาวสมศรี ใจดี' },
      { email: 'somsri.j@nhrc.or.th', timestamp: new Date(Date.UTC(2024, 6, 2, 3)) },
    );
    submit(p.form, { unit: 'SNY', quantity: '=1+1' }, 'somchai.j@nhrc.or.th');
    const raw = snapshot(sheet);
    trigger(p, eventForRow(p.form, 2));
    trigger(p, formsOnFormSubmit(p.form as unknown as GForm, r));
    trigger(p, eventForRow(p.form, 3));
    p.context.reconcileResponses();
    p.context.syncForms();
    reportRows(p);
    p.context.reconcileResponses();
    expect(snapshot(sheet)).toEqual(raw);
    const cells = sheetNamed(p.fakes, SHEET.ledger)!._values().flat().map(String).join('\n');
    expect(ledger(p.fakes)).toHaveLength(2);
    for (const secret of ['somsri.j@nhrc.or.th', 'somchai.j@nhrc.or.th', 'สมศรี', 'ใจดี', '@nhrc'])
      expect(cells).not.toContain(secret);
  });

  it('ledger entries appear in the generated report under the right row: staff text first, units in bold, quantities summed', () => {
    const p = withForm();
    submitAndFire(p, {
      unit: 'SBK',
      row: '2567-02',
      done: 'สบก. บรรจุวาระงบประมาณในการประชุมสำนัก',
      quantity: '1',
      quantityWord: 'ครั้ง',
    });
    submitAndFire(p, {
      unit: 'SNY',
      row: '2567-02',
      done: 'สนย. บรรจุวาระงบประมาณในการประชุมสำนัก',
      quantity: '2',
      quantityWord: 'ครั้ง',
    });
    submitAndFire(p, { unit: 'SNY', row: '2567-02', done: 'คำตอบรอบ ๖ เดือน', round: 6 });
    submitAndFire(p, { unit: 'SBK', row: '2567-02', done: 'คำตอบที่เจ้าหน้าที่ไม่ใช้', quantity: '5', quantityWord: 'ครั้ง' });
    submitAndFire(p, { unit: 'SBK', row: '2567-09', done: 'เผยแพร่ประมวลจริยธรรมทางกลุ่ม Line', quantity: '1' });
    submitAndFire(p, { unit: 'SNY', row: '2567-09', done: 'เผยแพร่ประมวลจริยธรรมทางเว็บไซต์', quantity: '1' });
    // Staff tick "ไม่ใช้ในรายงาน" on the last record; a rebuild keeps the tick.
    const excludeColumn = Object.keys(LEDGER_HEADER).indexOf('exclude') + 1;
    sheetNamed(p.fakes, SHEET.ledger)!._setValues(5, excludeColumn, [['x']]);
    p.context.reconcileResponses();
    expect(ledger(p.fakes).map((r) => r[L.exclude])).toEqual(['', '', '', 'x', '', '']);
    const { rows, doc } = reportRows(p);
    const measures = sheetNamed(p.fakes, SHEET.measures)!._values();
    const header = measures[0].map(String);
    const seedRow = measures.find((r) => r[0] === '2567-02')!;
    const typed = String(seedRow[header.indexOf('ผลการดำเนินงาน')]).split('\n')[0];
    const row = reportRow(rows, 'สบก. บรรจุวาระงบประมาณในการประชุมสำนัก');
    const result = row.find((c) => c.includes('สบก. บรรจุวาระ'))!;
    expect(result.startsWith(typed.replace(/\*\*/g, '').trim())).toBe(true); // staff's text first
    const lines = result.split('\n');
    const sny = lines.findIndex((l) => /^[๐-๙]+\. สำนักนโยบายและยุทธศาสตร์$/.test(l));
    const sbk = lines.findIndex((l) => /^[๐-๙]+\. สำนักบริหารกลาง$/.test(l));
    expect(sny).toBeGreaterThan(0);
    expect(sbk).toBeGreaterThan(sny); // units in the units sheet's order
    expect(lines[sbk + 1]).toBe('สบก. บรรจุวาระงบประมาณในการประชุมสำนัก');
    expect(lines.slice(sny + 1, sbk).join('\n')).toContain('คำตอบรอบ ๖ เดือน'); // a 12-month report includes round 6
    const para = doc
      .tables()[0]
      .cells.flat()
      .flatMap((c) => c.paragraphs)
      .find((pp) => pp.text === lines[sny])!;
    expect(para.runs.every((r) => r.style.bold === true)).toBe(true);
    expect(row.some((c) => c.includes('ดำเนินการรวม ๓ ครั้ง'))).toBe(true);
    expect(rows.flat().some((c) => c.includes('คำตอบที่เจ้าหน้าที่ไม่ใช้'))).toBe(false);
    // against a target "ไม่น้อยกว่า ๒ ครั้ง": the counting word defaults to the target's
    expect(
      rows.filter((r) => r.some((c) => c.includes('ดำเนินการรวม ๒ ครั้ง บรรลุค่าเป้าหมาย (ไม่น้อยกว่า ๒ ครั้ง)'))),
    ).toHaveLength(1);
    const row09 = reportRow(rows, 'เผยแพร่ประมวลจริยธรรมทางกลุ่ม Line');
    expect(row09.some((c) => c.includes('ดำเนินการรวม ๒ ครั้ง บรรลุค่าเป้าหมาย (ไม่น้อยกว่า ๒ ครั้ง)'))).toBe(true);
    expect(row09.join('\n')).toContain('เผยแพร่ประมวลจริยธรรมทางเว็บไซต์');
    // nothing of it in another row
    expect(rows.filter((r) => r.some((c) => c.includes('สบก. บรรจุวาระงบประมาณในการประชุมสำนัก')))).toHaveLength(1);
  });

  it('a survey mapped to a row reaches the report only as aggregates (respondents, share of 4–5, mean)', () => {
    const p = withForm();
    const survey = p.fakes.createForm('แบบประเมินความพึงพอใจผู้รับบริการ');
    const q1 = survey.addScaleItem();
    q1.setTitle('ความพึงพอใจต่อช่องทางออนไลน์');
    q1.setBounds(1, 5);
    const q2 = survey.addScaleItem();
    q2.setTitle('ความพึงพอใจโดยรวม');
    q2.setBounds(1, 5);
    survey.addTextItem().setTitle('ข้อเสนอแนะ');
    survey.setCollectEmail(true);
    survey.setDestination(p.fakes.globals.FormApp.DestinationType.SPREADSHEET, p.fakes.spreadsheet.getId());
    const tab = survey._responsesSheet()!.getName();
    expect(tab).toBe('การตอบแบบฟอร์ม 2');
    const answersOf: [number, number][] = [
      [5, 4],
      [5, 5],
      [4, 3],
      [2, 5],
    ];
    answersOf.forEach(([a, b], i) => {
      survey._submit(
        { ความพึงพอใจต่อช่องทางออนไลน์: a, ความพึงพอใจโดยรวม: b, ข้อเสนอแนะ: 'ดีมาก' },
        { email: `person${i}@example.com`, timestamp: new Date(Date.UTC(2024, 2, 1 + i, 3)) },
      );
      // The spreadsheet trigger fires for every form linked to it: the progress handler ignores surveys.
      trigger(p, sheetsOnFormSubmitForLastResponse(survey as unknown as GForm));
    });
    // An answer dated outside the fiscal year is not counted: 23:30 on 30 Sep 2023 in Bangkok (FY 2567 starts 1 Oct).
    survey._submit(
      { ความพึงพอใจต่อช่องทางออนไลน์: 1, ความพึงพอใจโดยรวม: 1 },
      { timestamp: new Date(Date.UTC(2023, 8, 30, 16, 30)) },
    );
    expect(ledger(p.fakes)).toEqual([]);
    appendRow(p.fakes, SHEET.surveys, ['2567-15', tab, '', 'ความพึงพอใจภาพรวม']);
    const { rows } = reportRows(p);
    const row = reportRow(rows, 'ผู้ตอบแบบประเมิน');
    expect(row.some((c) => c.includes('ความพึงพอใจภาพรวม ผู้ตอบแบบประเมิน ๔ คน'))).toBe(true);
    // 8 answers, 6 of them 4 or 5; sum 33 → mean 4.125 → ๔.๑๓
    expect(row.some((c) => c.includes('ความพึงพอใจภาพรวม ร้อยละ ๗๕.๐๐ (ค่าเฉลี่ย ๔.๑๓ จาก ๕)'))).toBe(true);
    const text = rows.flat().join('\n');
    expect(text).not.toContain('person0@example.com');
    expect(text).not.toContain('ดีมาก');
    const targetCell = sheetNamed(p.fakes, SHEET.measures)!
      ._values()
      .find((r) => r[0] === '2567-15')!;
    expect(row.join('\n')).toContain(String(targetCell[6]).split('\n')[0].slice(0, 20));
  });

  it('a survey with no answers yet says so in the report instead of inventing figures', () => {
    const p = withForm();
    const survey = p.fakes.createForm('แบบประเมินความรู้หลังการอบรม');
    survey.addScaleItem().setTitle('ความรู้ความเข้าใจหลังการอบรม');
    survey.setDestination(p.fakes.globals.FormApp.DestinationType.SPREADSHEET, p.fakes.spreadsheet.getId());
    appendRow(p.fakes, SHEET.surveys, [
      '2567-08',
      survey._responsesSheet()!.getName(),
      'ความรู้ความเข้าใจหลังการอบรม',
      'ผลการประเมินการอบรม',
    ]);
    const { rows } = reportRows(p);
    const row = reportRow(rows, 'ผลการประเมินการอบรม ยังไม่มีผู้ตอบแบบประเมิน');
    expect(row.join('\n')).not.toContain('ร้อยละ');
  });

  // Validation in the bundle reads the ledger too (readWorkbookData), so form answers complete a row.
  it('a row left blank for the bureaus to fill through the form is not an error once they have answered', () => {
    const p = withForm();
    const measures = sheetNamed(p.fakes, SHEET.measures)!;
    const values = measures._values();
    const header = values[0].map(String);
    const r = values.findIndex((v) => v[0] === '2567-06') + 1;
    measures._setRawValues(r, header.indexOf('ผลการดำเนินงาน') + 1, [['']]);
    submitAndFire(p, { unit: 'SBK', row: '2567-06', done: 'จัดทำสถิติเรื่องร้องเรียนประจำปี (จากแบบฟอร์ม)' });
    const { rows } = reportRows(p);
    expect(reportRow(rows, 'จัดทำสถิติเรื่องร้องเรียนประจำปี (จากแบบฟอร์ม)')).toBeDefined();
  });

  it('reconcileResponses: spreadsheet calls constant for 100 and 1,000 responses; Forms getters a fixed number per response', () => {
    const counts = [100, 1000].map((n) => {
      const p = withForm();
      for (let i = 0; i < n; i++)
        submit(p.form, { unit: i % 2 ? 'SBK' : 'SNY', row: i % 3 ? '2567-02' : '2567-14', done: `กิจกรรมที่ ${i + 1}` });
      p.fakes.calls.reset();
      p.context.reconcileResponses();
      expect(ledger(p.fakes)).toHaveLength(n);
      const first = p.fakes.calls.snapshot();
      p.fakes.calls.reset();
      p.context.reconcileResponses(); // nothing to change
      return { n, first, again: p.fakes.calls.snapshot() };
    });
    // Forms has no batch getter: FormResponse / ItemResponse calls grow with the responses, nothing else does.
    const perResponse = /^(FormResponse|ItemResponse)\./;
    const split = (c: Record<string, number>, n: number) => ({
      rest: Object.fromEntries(
        Object.entries(c).filter(([k]) => !perResponse.test(k) && k !== 'Sheet.insertRowsAfter'),
      ),
      each: Object.fromEntries(
        Object.entries(c)
          .filter(([k]) => perResponse.test(k))
          .map(([k, v]) => [k, v / n]),
      ),
    });
    const [small, large] = counts.map((c) => ({ first: split(c.first, c.n), again: split(c.again, c.n) }));
    // The one other difference allowed: a new sheet has 1,000 rows, so 1,001 ledger rows need one insertRowsAfter.
    expect(counts[0].first['Sheet.insertRowsAfter']).toBeUndefined();
    expect(counts[1].first['Sheet.insertRowsAfter']).toBe(1);
    expect(large.first.rest).toEqual(small.first.rest);
    expect(large.again.rest).toEqual(small.again.rest);
    expect(large.first.each).toEqual(small.first.each);
    // Per response: getId, getTimestamp, getEditResponseUrl, one getResponseForItem per question (9), getResponse per answer.
    expect(small.first.each).toEqual({
      'FormResponse.getEditResponseUrl': 1,
      'FormResponse.getId': 1,
      'FormResponse.getResponseForItem': 9,
      'FormResponse.getTimestamp': 1,
      'ItemResponse.getResponse': 7,
    });
    expect(Object.values(small.first.rest).reduce((a, b) => a + b, 0)).toBeLessThan(80);
    // The second run writes nothing.
    expect(counts[0].again['Range.setValues']).toBeUndefined();
  });
});
