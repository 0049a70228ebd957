/**
 * Every action at 100, 1,000 and 10,000 rows through the built bundle over the fakes: calls by kind, cells
 * read and written, Docs requests and batch sizes, local time, and the Apps Script time the cost model
 * (src/core/cost-model.ts) estimates from those counts. Called from bench/run.ts (`npm run bench actions`).
 */
import { existsSync } from 'node:fs';
import vm from 'node:vm';
import { QUESTION } from '../src/core/forms/questions';
import {
  createGasGlobals,
  editCell,
  loadBundle,
  sheetsOnFormSubmitForLastResponse,
  type FakeForm,
  type GasFakes,
} from '../test/fakes';
import { fakeDocs, type FakeDocs } from '../test/tools/fake-docs';
import { generateWorkbook } from '../test/tools/generate-workbook';
import { scatteredAnswers, withForms } from '../test/tools/generate-ledger';
import { SHEET } from '../src/core/layout';
import { seedWorkbook } from '../test/tools/seed';
import { describeModel, estimateSeconds, EXECUTION_LIMIT_MS, type Counts } from '../src/core/cost-model';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const SIZES = [100, 1000, 10_000];
/** About the largest report a Google Doc holds (~1.02M characters) with the generated rows. */
const LARGEST_REPORT_ROWS = 3800;
const BULK_READ =
  /^Range\.get(Values|DisplayValues|Backgrounds|Notes|RichTextValues|Formulas|FormulasR1C1|FontWeights|DataValidations)$/;

interface Project {
  fakes: GasFakes;
  docs: FakeDocs;
  context: ReturnType<typeof loadBundle>;
  /** The script's Date.now(): the execution's start plus what the model (upper) says its calls took so far. */
  clock: { start: number; sinceStart: () => number };
}

function project(data: ReturnType<typeof generateWorkbook>): Project {
  const holder: { fakes?: GasFakes } = {};
  const docs = fakeDocs(() => holder.fakes!, { recordOnly: true });
  const fakes = (holder.fakes = createGasGlobals({ docs, spreadsheet: { name: 'bench', timeZone: 'Asia/Bangkok' } }));
  for (const [name, sheet] of Object.entries(data)) fakes.seed(name, sheet?.values ?? []);
  const context = loadBundle(BUNDLE, fakes.globals);
  // generateReport decides whether to continue later from the time it has spent: here, the model's upper estimate.
  const clock = { start: Date.UTC(2026, 11, 1, 3), sinceStart: () => 0 };
  (context as Record<string, unknown>).__benchNow = () => clock.start + clock.sinceStart();
  vm.runInContext('(() => { const now = __benchNow; Date.now = () => now(); })()', context);
  return { fakes, docs, context, clock };
}

interface Measured extends Counts {
  byKind: string;
  cellsBy: string;
  batchSizes: number[];
}

function measure(p: Project, action: () => void): Measured {
  p.fakes.calls.reset();
  const docsBefore = {
    calls: p.docs.batchCalls + p.docs.createCalls,
    batches: [...p.docs.docs.values()].map((d) => d.batches.length),
  };
  const t0 = performance.now();
  p.clock.sinceStart = () =>
    1000 * estimateSeconds(counted(p, docsBefore, performance.now() - t0 - p.fakes.calls.fakeMs))[1];
  action();
  p.clock.start += p.clock.sinceStart();
  p.clock.sinceStart = () => 0;
  // The script's own time: the fakes' work serving its calls is taken out (Apps Script does that on Google's side).
  const localMs = performance.now() - t0 - p.fakes.calls.fakeMs;
  return counted(p, docsBefore, localMs);
}

/** What the fakes counted since `docsBefore` was taken (and the calls log reset). */
function counted(p: Project, docsBefore: { calls: number; batches: number[] }, localMs: number): Measured {
  // RichTextValue getters read values already fetched by one getRichTextValues: in memory, not service calls.
  const snapshot = Object.fromEntries(
    Object.entries(p.fakes.calls.snapshot()).filter(([k]) => !k.startsWith('RichTextValue.')),
  );
  const batchSizes: number[] = [];
  [...p.docs.docs.values()].forEach((d, i) => {
    for (const b of d.batches.slice(docsBefore.batches[i] ?? 0)) batchSizes.push(b.length);
  });
  const kinds = new Map<string, number>();
  for (const [name, n] of Object.entries(snapshot))
    kinds.set(name.split('.')[0], (kinds.get(name.split('.')[0]) ?? 0) + n);
  return {
    calls: Object.values(snapshot).reduce((a, b) => a + b, 0),
    bulkReads: Object.entries(snapshot).reduce((s, [k, n]) => (BULK_READ.test(k) ? s + n : s), 0),
    cellsRead: p.fakes.calls.cells.read,
    cellsWritten: p.fakes.calls.cells.written,
    docsRequests: batchSizes.reduce((a, b) => a + b, 0),
    docsCalls: p.docs.batchCalls + p.docs.createCalls - docsBefore.calls,
    localMs,
    byKind: [...kinds]
      .sort(([, a], [, b]) => b - a)
      .slice(0, 5)
      .map(([k, n]) => `${k} ${n}`)
      .join(', '),
    cellsBy: [...p.fakes.calls.cellsBy]
      .sort(([, a], [, b]) => b - a)
      .slice(0, 4)
      .map(([k, n]) => `${k.replace('Range.', '')} ${n.toLocaleString('en')}`)
      .join(', '),
    batchSizes,
  };
}

function line(label: string, m: Measured): string {
  const [lo, hi] = estimateSeconds(m);
  const docs = m.docsCalls
    ? `; Docs ${m.docsCalls} calls, ${m.docsRequests.toLocaleString('en')} requests in batches of [${m.batchSizes.join(', ')}]`
    : '';
  return (
    `    ${label.padEnd(28)} est. ${lo.toFixed(1)}–${hi.toFixed(1)} s | ${m.calls} calls (${m.byKind}); ` +
    `cells read ${m.cellsRead.toLocaleString('en')}, written ${m.cellsWritten.toLocaleString('en')} (${m.cellsBy})${docs}; script CPU ${m.localMs.toFixed(0)} ms`
  );
}

/**
 * onEdit as Apps Script runs a trigger: a new execution, the bundle evaluated afresh and every function cold (not
 * warmed by the validations this project ran before). Its script CPU includes evaluating the bundle.
 */
function coldOnEdit(p: Project, event: GoogleAppsScript.Events.SheetsOnEdit): void {
  const context = loadBundle(BUNDLE, p.fakes.globals);
  p.fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(event));
}

/** validateWorkbook (twice: the second changes nothing), onEdit of one row and of a 50-row paste, generateReport. */
export function sheetActions(rows: number): string[] {
  const p = project(generateWorkbook({ rows }));
  const measures = p.fakes.sheet('มาตรการ');
  const header = measures._values()[0] as string[];
  const unitColumn = header.indexOf('ผู้รับผิดชอบ') + 1;
  measures._setValues(5, unitColumn, [['หน่วยที่ไม่มี']]);
  const out = [`  N=${rows.toLocaleString('en')} measure rows`];
  out.push(
    line(
      'validateWorkbook',
      measure(p, () => p.context.validateWorkbook()),
    ),
  );
  out.push(
    line(
      'validateWorkbook, no change',
      measure(p, () => p.context.validateWorkbook()),
    ),
  );
  // One finding changes: a row's unit becomes unknown (an error on one cell), the rest as before.
  measures._setValues(7, unitColumn, [['หน่วยที่ไม่มี']]);
  out.push(
    line(
      'validateWorkbook, 1 changed',
      measure(p, () => p.context.validateWorkbook()),
    ),
  );
  measures._setValues(7, unitColumn, [['U1']]);
  const mid = Math.floor(rows / 2);
  const edit = editCell(measures as unknown as GoogleAppsScript.Spreadsheet.Sheet, mid, unitColumn, 'หน่วยที่ไม่มี');
  out.push(
    line(
      'onEdit, one row',
      measure(p, () => coldOnEdit(p, edit)),
    ),
  );
  const resultColumn = header.indexOf('ผลการดำเนินงาน') + 1;
  const pasteRows = Math.min(50, rows - mid);
  measures._setValues(
    mid,
    resultColumn,
    Array.from({ length: pasteRows }, (_, i) => [`วาง ${i}  สองช่อง`]),
  );
  const paste = editCell(measures as unknown as GoogleAppsScript.Spreadsheet.Sheet, mid, resultColumn, 'วาง 0  สองช่อง');
  const pasteEvent = {
    ...paste,
    range: measures.getRange(mid, resultColumn, pasteRows, 1),
  } as GoogleAppsScript.Events.SheetsOnEdit;
  out.push(
    line(
      `onEdit, ${pasteRows}-row paste`,
      measure(p, () => coldOnEdit(p, pasteEvent)),
    ),
  );
  // A unit's name emptied on the units sheet: its findings need the small sheets only, whatever the rows.
  const units = p.fakes.sheet('หน่วยงาน');
  const unitName = (units._values()[0] as string[]).indexOf('ชื่อหน่วยงาน') + 1;
  const unitNameBefore = units._values()[2][unitName - 1];
  const unitEdit = editCell(units as unknown as GoogleAppsScript.Spreadsheet.Sheet, 3, unitName, '');
  out.push(
    line(
      'onEdit, a units row',
      measure(p, () => coldOnEdit(p, unitEdit)),
    ),
  );
  units._setValues(3, unitName, [[unitNameBefore]]); // its name back: an empty one stops the report
  // Typing in a row that is right and stays right (the common edit): no mark before or after.
  const notes = measures._read('note', { row: 1, column: 1, numRows: rows + 1, numColumns: header.length });
  const clean = notes.findIndex((line, i) => i >= rows / 4 && line.every((n) => n === '')) + 1;
  const cleanEdit = editCell(
    measures as unknown as GoogleAppsScript.Spreadsheet.Sheet,
    clean,
    resultColumn,
    'จัดประชุมชี้แจงครบทุกหน่วยงาน',
  );
  out.push(
    line(
      'onEdit, a row left right',
      measure(p, () => coldOnEdit(p, cleanEdit)),
    ),
  );
  // Fix the two unit errors (row 5 and the edited row) so the report is made.
  measures._setValues(5, unitColumn, [['U1']]);
  measures._setValues(mid, unitColumn, [['U1']]);
  for (let i = 0; i < pasteRows; i++) measures._setValues(mid + i, resultColumn, [[`วาง ${i}`]]);
  const report = measure(p, () => p.context.generateReport());
  out.push(line(report.docsCalls ? 'generateReport' : 'generateReport (refused: over a Doc)', report));
  const followUps = continueAll(p);
  if (followUps.length > 0) {
    const all = [report, ...followUps];
    const highs = all.map((m) => estimateSeconds(m)[1]);
    out.push(
      `    generateReport in ${all.length} executions × est. ${all
        .map((m) =>
          estimateSeconds(m)
            .map((s) => s.toFixed(0))
            .join('–'),
        )
        .join(' s, ')} s ` +
        `(each ≤ 5 min: ${highs.every((h) => h <= 300) ? 'yes' : 'NO'}; limit ${EXECUTION_LIMIT_MS / 1000} s)`,
    );
    followUps.forEach((m, i) => out.push(line(`  continueReport #${i + 1}`, m)));
  }
  return out;
}

/** Fires continueReport's one-off triggers until the report is done: one measured execution each. */
function continueAll(p: Project): Measured[] {
  const scriptApp = p.fakes.services.ScriptApp;
  const fired = new Set<string>();
  const out: Measured[] = [];
  for (;;) {
    const next = scriptApp._clockTriggers('continueReport').filter((t) => !fired.has(t.uniqueId))[0];
    if (!next || out.length > 20) return out;
    fired.add(next.uniqueId);
    p.clock.start += Number(next.schedule?.after ?? 0);
    const { handler, event } = scriptApp._timeEvent(next.uniqueId, new Date(p.clock.start));
    out.push(measure(p, () => p.fakes.run({ ui: false }, () => p.context[handler](event))));
    p.fakes.services.LockService._endExecution();
  }
}

/** reconcileResponses and one onFormSubmit with N raw responses (the seed workbook, its form). */
export function formActions(n: number): string[] {
  const p = project(seedWorkbook() as ReturnType<typeof generateWorkbook>);
  p.context.syncForms();
  const form = [...p.fakes.workspace.forms.values()][0] as FakeForm;
  const choices = (title: string) => form._items.find((i) => i.title === title)!.choices;
  const sheet = form._responsesSheet()!;
  const header = sheet._values()[0].map(String);
  const start = Date.UTC(2023, 9, 2, 2);
  const block = Array.from({ length: n }, (_, i) => {
    const answer: Record<string, unknown> = {
      [QUESTION.unit]: choices(QUESTION.unit)[i % choices(QUESTION.unit).length],
      [QUESTION.row]: choices(QUESTION.row)[i % choices(QUESTION.row).length],
      [QUESTION.round]: 'รอบ ๑๒ เดือน',
      [QUESTION.done]: `กิจกรรมที่ ${i + 1}`,
      [QUESTION.status]: 'ดำเนินการแล้วเสร็จ',
    };
    return header.map((h, c) => (c === 0 ? new Date(start + i * 60_000) : (answer[h] ?? '')));
  });
  sheet._setRawValues(2, 1, block);
  const out = [`  N=${n.toLocaleString('en')} form responses`];
  out.push(
    line(
      'reconcileResponses',
      measure(p, () => p.context.reconcileResponses()),
    ),
  );
  // One more answer through the form, the i-th choice of unit and row, a minute after the previous one.
  const submitOne = (i: number, done: string) =>
    form._submit(
      {
        [QUESTION.unit]: choices(QUESTION.unit)[i],
        [QUESTION.row]: choices(QUESTION.row)[i],
        [QUESTION.round]: 'รอบ ๑๒ เดือน',
        [QUESTION.done]: done,
        [QUESTION.status]: 'ดำเนินการแล้วเสร็จ',
      },
      { timestamp: new Date(start + (n + i) * 60_000) },
    );
  submitOne(0, 'ใหม่');
  const event = sheetsOnFormSubmitForLastResponse(form as unknown as GoogleAppsScript.Forms.Form);
  out.push(
    line(
      'onFormSubmit',
      measure(p, () => p.fakes.run({ ui: false }, () => p.context.onFormSubmit(event))),
    ),
  );
  // An answer whose trigger never ran (the lock was busy, say): the next reconcile finds it and writes its line.
  submitOne(1, 'ตกหล่น');
  out.push(
    line(
      'reconcile, one answer missed',
      measure(p, () => p.context.reconcileResponses()),
    ),
  );
  out.push(onEditWithForms(p));
  return out;
}

/**
 * onEdit of one measure row once the forms are in use. On the seed's 18 rows every 18th answer is the edited
 * row's: the worst case, the ledger read in one span.
 */
function onEditWithForms(p: Project, row = 3): string {
  p.context.validateWorkbook();
  const measures = p.fakes.sheet('มาตรการ');
  const column = (measures._values()[0] as string[]).indexOf('ผลการดำเนินงาน') + 1;
  const edit = editCell(measures as unknown as GoogleAppsScript.Spreadsheet.Sheet, row, column, 'แก้ไข  สองช่อง');
  const m = measure(p, () => p.fakes.run({ authMode: 'LIMITED' }, () => p.context.onEdit(edit)));
  const ledger = p.fakes.calls.cellsReadBySheet.get(SHEET.ledger) ?? 0;
  return `${line('onEdit, forms in use', m)}; of them the ledger ${ledger.toLocaleString('en')}`;
}

/** The realistic case: 10,000 rows, 15,000 answers in arrival order (1–2 a row), 2 surveys of other rows. */
export function onEditWithFormsAtScale(): string[] {
  const links = ['G-10', 'G-20'].map((rowId, i) => ({ rowId, sheet: `แบบประเมิน ${i + 1}`, respondents: 2000 }));
  const p = project(withForms(generateWorkbook({ rows: 10_000 }), scatteredAnswers(15_000, 10_000, 7), links));
  return ['  N=10,000 measure rows, 15,000 form answers (scattered), 2 surveys of 2,000', onEditWithForms(p, 5000)];
}

export function benchActions(): string[] {
  if (!existsSync(BUNDLE)) return ['Actions: dist/Code.js is missing — run `npm run build` first'];
  const lines = [
    'Actions (bundle over the fakes; estimated Apps Script time from src/core/cost-model.ts):',
    ...describeModel(),
  ];
  for (const rows of SIZES) lines.push(...sheetActions(rows));
  lines.push(
    `  N=${LARGEST_REPORT_ROWS.toLocaleString('en')} measure rows (about the largest report a Google Doc holds)`,
  );
  const largest = sheetActions(LARGEST_REPORT_ROWS);
  lines.push(...largest.slice(largest.findIndex((l) => l.trimStart().startsWith('generateReport'))));
  for (const n of SIZES) lines.push(...formActions(n));
  lines.push(...onEditWithFormsAtScale());
  return lines;
}

// Run directly: npx tsx bench/actions.ts
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href)
  for (const l of benchActions()) console.log(l);
