/**
 * A bound project with the progress form, for tests through the built bundle (dist/Code.js) over the
 * fakes: respondents submit, the trigger fires, staff run the menus, the report is generated.
 */
import { expect } from 'vitest';
import { QUESTION, type QuestionKey } from '../../src/core/forms/questions';
import { LEDGER_HEADER, SHEET } from '../../src/core/layout';
import {
  createGasGlobals,
  loadBundle,
  sheetsOnFormSubmit,
  type FakeForm,
  type FakeSheet,
  type GasContext,
  type GasFakes,
} from '../fakes';
import { DocsSimulator } from './docs-simulator';
import { seedWorkbook } from './seed';

export const BUNDLE = new URL('../../dist/Code.js', import.meta.url).pathname;
export const L = LEDGER_HEADER;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GResponse = GoogleAppsScript.Forms.FormResponse;

/** Docs advanced service over DocsSimulator documents: create and batchUpdate (what the forms suites need). */
export function fakeDocs(fakes: () => GasFakes) {
  const docs = new Map<string, DocsSimulator>();
  let n = 0;
  return {
    docs,
    Documents: {
      create(resource: { title?: string }) {
        const id = `doc${++n}_0123456789`;
        docs.set(id, new DocsSimulator());
        fakes().services.DriveApp._addFile({ id, name: resource.title ?? 'Untitled document' });
        return { documentId: id, title: resource.title, revisionId: 'rev1' };
      },
      batchUpdate(resource: { requests: unknown[] }, id: string) {
        const { replies } = docs.get(id)!.batchUpdate(resource.requests);
        return { documentId: id, replies };
      },
    },
  };
}

/** The seed workbook in a bound spreadsheet with the Docs advanced service, the bundle loaded (no form yet). */
export function seedProject() {
  const holder: { fakes?: GasFakes } = {};
  const service = fakeDocs(() => holder.fakes!);
  const fakes = (holder.fakes = createGasGlobals({
    docs: service,
    spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' },
  }));
  for (const [name, sheet] of Object.entries(seedWorkbook())) fakes.seed(name, sheet?.values ?? []);
  const context = loadBundle(BUNDLE, fakes.globals);
  return { fakes, context, docs: service.docs };
}

export interface FormProject {
  fakes: GasFakes;
  context: GasContext;
  docs: ReturnType<typeof fakeDocs>;
  form: FakeForm;
  /** Minutes since the first submission's clock: each submission is a minute later. */
  clock: number;
}

/** The seed workbook in a bound spreadsheet, the bundle loaded, syncForms run once. */
export function withForm(): FormProject {
  const holder: { fakes?: GasFakes } = {};
  const docs = fakeDocs(() => holder.fakes!);
  const fakes = (holder.fakes = createGasGlobals({
    docs,
    spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' },
  }));
  for (const [name, sheet] of Object.entries(seedWorkbook())) fakes.seed(name, sheet?.values ?? []);
  const context = loadBundle(BUNDLE, fakes.globals);
  context.syncForms();
  const forms = [...fakes.workspace.forms.values()];
  expect(forms).toHaveLength(1);
  return { fakes, context, docs, form: forms[0], clock: 0 };
}

export function sheetNamed(fakes: GasFakes, name: string): FakeSheet | undefined {
  return fakes.spreadsheet._sheetNamed(name);
}

export function responsesSheet(p: FormProject): FakeSheet {
  return p.form._responsesSheet()!;
}

/** Ledger rows as objects keyed by the ledger's Thai headers (uncounted), blank rows left out. */
export function ledger(fakes: GasFakes): Record<string, unknown>[] {
  const sheet = sheetNamed(fakes, SHEET.ledger);
  if (!sheet) return [];
  const [header, ...rows] = sheet._values();
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

export interface Reply {
  unit?: string;
  row?: string;
  done?: string;
  quantity?: string;
  quantityWord?: string;
}

function choice(form: FakeForm, key: QuestionKey, id: string): string {
  const item = form._items.find((i) => i.title === QUESTION[key])!;
  const found = item.choices.find((c) => c.endsWith(`[${id}]`));
  if (!found) throw new Error(`no choice [${id}] in ${key}`);
  return found;
}

export function answers(form: FakeForm, reply: Reply): Record<string, string> {
  const out: Record<string, string> = {
    [QUESTION.unit]: choice(form, 'unit', reply.unit ?? 'SNY'),
    [QUESTION.row]: choice(form, 'row', reply.row ?? '2567-02'),
    [QUESTION.round]: 'รอบ ๑๒ เดือน',
    [QUESTION.done]: reply.done ?? 'บรรจุวาระงบประมาณในการประชุม',
    [QUESTION.status]: 'ดำเนินการแล้วเสร็จ',
    [QUESTION.dates]: '๒๘/๖/๒๕๖๗',
  };
  if (reply.quantity) out[QUESTION.quantity] = reply.quantity;
  if (reply.quantityWord) out[QUESTION.quantityWord] = reply.quantityWord;
  return out;
}

const START = Date.UTC(2024, 5, 28, 2, 0, 0);

/** A respondent submits (a minute after the previous one): the row lands in the responses sheet. */
export function submit(p: FormProject, reply: Reply = {}): GResponse {
  p.clock++;
  return p.form._submit(answers(p.form, reply), { timestamp: new Date(START + p.clock * 60_000) });
}

/** Apps Script runs the installable trigger: no UI in that context. */
export function trigger(p: FormProject, event: unknown): void {
  p.fakes.run({ ui: false }, () => p.context.onFormSubmit(event));
}

/** The spreadsheet's onFormSubmit event for the responses sheet's row `row`. */
export function eventForRow(p: FormProject, row: number, changedColumns?: number[]) {
  const sheet = responsesSheet(p);
  const range = sheet._range({ row, column: 1, numRows: 1, numColumns: sheet._grid.lastColumn() });
  return sheetsOnFormSubmit(range as unknown as GRange, changedColumns ? { changedColumns } : {});
}

/** Submits and fires the trigger for the row it landed on. */
export function submitAndFire(p: FormProject, reply: Reply = {}): GResponse {
  const response = submit(p, reply);
  trigger(p, eventForRow(p, p.form._responses.at(-1)!.row!));
  return response;
}

/** Generates the report; the text of each body row of its table (cells). */
export function reportRows(p: FormProject): string[][] {
  p.context.generateReport();
  expect(p.fakes.recorded.alerts.filter((a) => a.title === 'ยังสร้างรายงานไม่ได้')).toEqual([]);
  const doc = [...p.docs.docs.values()].at(-1)!;
  return doc.tables()[0].cells.map((r) => r.map((c) => c.text));
}

// ---- the report's forms part of row 2567-02, and staff's exclusions -------------------------------

const EXCLUDE_COLUMN = Object.keys(LEDGER_HEADER).indexOf('exclude') + 1;
export const UNIT = '๑. สำนักนโยบายและยุทธศาสตร์';
export const line = (n: string, done: string, qty: string) => `(${n}) ${done}\n(จำนวน ${qty} ครั้ง วันที่ ๒๘ มิ.ย. ๒๕๖๗)`;

/** The forms' part of row 2567-02 in the report: the unit's answers, and the total line. */
export function formPart(p: FormProject): { answers: string; total: string } {
  const rows = reportRows(p).filter((r) => r.some((c) => c.includes(UNIT)));
  expect(rows).toHaveLength(1);
  const result = rows[0].find((c) => c.includes(UNIT))!;
  const total = rows[0].filter((c) => c.includes('ดำเนินการรวม'));
  expect(total).toHaveLength(1);
  return { answers: result.slice(result.indexOf(UNIT)), total: total[0].split('\n').at(-1)! };
}

/** Staff type `mark` in the "ไม่ใช้ในรายงาน" cell of the ledger line of response `id`. */
export function exclude(p: FormProject, id: string, mark: unknown = 'x'): void {
  const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
  const row = sheet._values().findIndex((r) => r[0] === id) + 1;
  expect(row).toBeGreaterThan(1);
  sheet._setValues(row, EXCLUDE_COLUMN, [[mark]]);
}
