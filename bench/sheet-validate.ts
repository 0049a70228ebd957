/**
 * The Sheet at scale, through the built bundle and the Apps Script fakes: local ms for validateWorkbook and for
 * an onEdit of one row, and the service calls the fakes counted. Called from bench/run.ts.
 */
import { createGasGlobals, editCell, loadBundle, type GasFakes } from '../test/fakes';
import { generateWorkbook } from '../test/tools/generate-workbook';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const SIZES = [100, 1000, 10000];

interface Calls {
  /** Calls that reach Sheets (reads, writes, sheet lookups). */
  service: number;
  /** RichTextValue getters on values already fetched in one getRichTextValues call. */
  inMemory: number;
}

function calls(fakes: GasFakes): Calls {
  let service = 0;
  let inMemory = 0;
  for (const [name, n] of Object.entries(fakes.calls.snapshot())) {
    if (name.startsWith('RichTextValue.')) inMemory += n;
    else service += n;
  }
  return { service, inMemory };
}

/** The figures as lines: for 100, 1,000 and 10,000 generated measure rows, each with one error to mark. */
export function benchSheetValidate(): string[] {
  const lines = ['Sheet: validateWorkbook and onEdit (bundle in a vm over the Apps Script fakes)'];
  for (const rows of SIZES) {
    const fakes = createGasGlobals({ spreadsheet: { name: 'bench', timeZone: 'Asia/Bangkok' } });
    for (const [name, sheet] of Object.entries(generateWorkbook({ rows }))) fakes.seed(name, sheet?.values ?? []);
    const measures = fakes.sheet('มาตรการ');
    const unitColumn = (measures._values()[0] as string[]).indexOf('ผู้รับผิดชอบ') + 1;
    measures._setValues(5, unitColumn, [['หน่วยที่ไม่มี']]);
    const context = loadBundle(BUNDLE, fakes.globals);

    const heapBefore = process.memoryUsage().heapUsed;
    fakes.calls.reset();
    const t0 = performance.now();
    context.validateWorkbook();
    const validateMs = performance.now() - t0;
    const validateCalls = calls(fakes);
    const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

    const event = editCell(
      measures as unknown as GoogleAppsScript.Spreadsheet.Sheet,
      Math.floor(rows / 2),
      unitColumn,
      'หน่วยที่ไม่มี',
    );
    fakes.calls.reset();
    const t1 = performance.now();
    fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(event));
    const editMs = performance.now() - t1;
    const editCalls = calls(fakes);
    lines.push(
      `  N=${rows}: validateWorkbook ${validateMs.toFixed(0)} ms, ${validateCalls.service} service calls ` +
        `(+${validateCalls.inMemory} in-memory RichTextValue reads), heap +${heapMiB.toFixed(0)} MiB; ` +
        `onEdit of one row ${editMs.toFixed(0)} ms, ${editCalls.service} service calls (+${editCalls.inMemory} in-memory)`,
    );
  }
  return lines;
}

// Run directly: npx tsx bench/sheet-validate.ts
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href)
  for (const l of benchSheetValidate()) console.log(l);
