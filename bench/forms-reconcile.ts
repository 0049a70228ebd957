/**
 * reconcileResponses at scale, through the built bundle (dist/Code.js) with the Apps Script fakes:
 * the seed workbook, its progress form (syncForms), N raw responses in the linked responses sheet,
 * each also a response of the form, then "ดึงคำตอบแบบฟอร์มทั้งหมดใหม่" twice (the second run has
 * nothing to change; both read every response through FormApp) and one onFormSubmit on top. Local ms (the fakes' own cost included) and the service calls the script
 * made (the fakes' CallLog, `Kind.method`). Called from bench/run.ts; `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { QUESTION } from '../src/core/forms/questions';
import { SHEET } from '../src/core/layout';
import { createGasGlobals, loadBundle, sheetsOnFormSubmitForLastResponse, type FakeForm } from '../test/fakes';
import { seedWorkbook } from '../test/tools/seed';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const SIZES = [1000, 10_000];

/** Prints the figures (for bench/run.ts). */
export function runFormsReconcileBench(): void {
  for (const line of benchFormsReconcile()) console.log(line);
}

/** The figures as lines: for 1,000 and 10,000 raw responses. */
export function benchFormsReconcile(): string[] {
  if (!existsSync(BUNDLE)) return ['Forms reconcile: dist/Code.js is missing — run `npm run build` first'];
  const lines = ['Forms reconcile (bundle + fakes; calls = Apps Script service calls the script made)'];
  for (const n of SIZES) {
    const fakes = createGasGlobals({ spreadsheet: { name: 'ITA bench', timeZone: 'Asia/Bangkok' } });
    for (const [name, sheet] of Object.entries(seedWorkbook())) fakes.seed(name, sheet?.values ?? []);
    const context = loadBundle(BUNDLE, fakes.globals);
    context.syncForms();
    const form = [...fakes.workspace.forms.values()][0] as FakeForm;
    const choices = (title: string) => form._items.find((i) => i.title === title)!.choices;
    const units = choices(QUESTION.unit);
    const rows = choices(QUESTION.row);
    const start = Date.UTC(2023, 9, 2, 2);
    // The form's responses, and their rows exactly as Forms writes them (timestamp Date, numbers as
    // numbers) in one block: n form._submit calls would cost the fakes O(n²) re-measuring the sheet.
    const sheet = form._responsesSheet()!;
    const header = sheet._values()[0].map(String);
    const itemOf = new Map(form._items.map((item) => [item.title, item.id]));
    const block: unknown[][] = [];
    for (let i = 0; i < n; i++) {
      const answer: Record<string, unknown> = {
        [QUESTION.unit]: units[i % units.length],
        [QUESTION.row]: rows[i % rows.length],
        [QUESTION.round]: i % 2 ? 'รอบ ๑๒ เดือน' : 'รอบ ๖ เดือน',
        [QUESTION.done]: `กิจกรรมที่ ${i + 1}: จัดประชุมชี้แจงและเผยแพร่ข้อมูลแก่บุคลากร`,
        [QUESTION.dates]: '๒๘/๒/๒๕๖๗',
        [QUESTION.quantity]: 1 + (i % 3),
        [QUESTION.evidence]: `https://www.example.go.th/ita/${i + 1}`,
        [QUESTION.status]: 'ดำเนินการแล้วเสร็จ',
      };
      block.push(header.map((h, c) => (c === 0 ? new Date(start + i * 60_000) : (answer[h] ?? ''))));
      form._responses.push({
        id: `bench-response-${i + 1}`,
        timestamp: new Date(start + i * 60_000),
        email: '',
        answers: new Map(Object.entries(answer).map(([title, v]) => [itemOf.get(title)!, String(v)])),
        row: i + 2,
      });
    }
    sheet._setRawValues(2, 1, block);
    const run = (label: string, fn: () => void) => {
      fakes.calls.reset();
      const t0 = performance.now();
      fn();
      const t1 = performance.now();
      const calls = Object.entries(fakes.calls.snapshot());
      const forms = calls.filter(([k]) => /^(FormResponse|ItemResponse)\./.test(k)).reduce((a, [, v]) => a + v, 0);
      const sheets = calls
        .filter(([k]) => /^(Range|Sheet|Spreadsheet|SpreadsheetApp)\./.test(k))
        .reduce((a, [, v]) => a + v, 0);
      return `${label} ${ms(t1 - t0)}, ${fakes.calls.total()} calls (FormResponse/ItemResponse getters ${forms}, Sheets ${sheets})`;
    };
    const rebuild = run('rebuild', () => context.reconcileResponses());
    const records = fakes.spreadsheet._sheetNamed(SHEET.ledger)!._grid.lastRow() - 1;
    const again = run('again (no change)', () => context.reconcileResponses());
    form._submit(
      {
        [QUESTION.unit]: units[0],
        [QUESTION.row]: rows[0],
        [QUESTION.round]: 'รอบ ๑๒ เดือน',
        [QUESTION.done]: 'คำตอบใหม่',
        [QUESTION.status]: 'ดำเนินการแล้วเสร็จ',
      },
      { timestamp: new Date(start + n * 60_000) },
    );
    const event = sheetsOnFormSubmitForLastResponse(form as unknown as GoogleAppsScript.Forms.Form);
    const submit = run('one onFormSubmit', () => fakes.run({ ui: false }, () => context.onFormSubmit(event)));
    lines.push(
      `  N=${n.toLocaleString('en')} (${records.toLocaleString('en')} ledger records): ${rebuild}; ${again}; ${submit}`,
    );
  }
  return lines;
}

function ms(n: number): string {
  return `${n.toFixed(0)} ms`;
}

// Run directly: npx tsx bench/forms-reconcile.ts
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) runFormsReconcileBench();
