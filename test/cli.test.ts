/**
 * The command line: main(argv, io) called in-process (exit code, stdout, stderr), and once through the bin
 * launcher as a child process.
 */
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingLine } from '../src/cli/findings-text';
import { HELP } from '../src/cli/help';
import { main } from '../src/cli/main';
import { withRound } from '../src/cli/round-override';
import { workbookToXlsx } from '../src/cli/write-xlsx';
import { MEASURE_HEADER, SHEET } from '../src/core/layout';
import { buildReportModel } from '../src/core/report-model';
import { validateWorkbookData } from '../src/core/validation';
import type { WorkbookData } from '../src/core/workbook';
import { generateWorkbook } from './tools/generate-workbook';
import { startGoogleFake } from './tools/google-loopback';
import { seedWorkbook } from './tools/seed';
import { writeServiceAccountKey } from './tools/service-account-key';

const EXAMPLE = 'examples/seed-2567.xlsx';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ita-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The loopback Google fake a test points the CLI at (an Io option: the environment never can). */
let googleRootUrl: string | undefined;

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), googleRootUrl });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function xlsx(name: string, data: WorkbookData): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await workbookToXlsx(data));
  return path;
}

/** The seed with one measure cell changed (row is the 1-based sheet row, as staff see it). */
function seedWith(row: number, header: string, value: unknown): WorkbookData {
  const data = seedWorkbook();
  const values = data[SHEET.measures]!.values;
  values[row - 1][values[0].indexOf(header)] = value;
  return data;
}

/** Nothing at the output path, and no temporary file left beside it. */
function expectNothingWritten(path: string): void {
  expect(existsSync(path)).toBe(false);
  const folder = resolve(path, '..');
  if (existsSync(folder)) expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

describe('help and usage', () => {
  it('--help explains every command and option and exits 0', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toBe(HELP);
    for (const word of [
      'validate',
      'build',
      '--output',
      '--round',
      '--font',
      '--spreadsheet',
      '--google-doc',
      '--key-file',
      '--help',
      '--version',
    ]) {
      expect(r.out).toContain(word);
    }
  });

  it('an unknown option, a missing value, an unknown command or no workbook: a Thai message and exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['validate', EXAMPLE, '--bogus'], /ไม่รู้จักตัวเลือก --bogus/],
      [['build', EXAMPLE, '-o'], /ตัวเลือก .*--output.* ต้องมีค่าตามหลัง/],
      [['build', EXAMPLE, '-o', join(dir, 'r.docx'), '--round', '7'], /--round ต้องเป็น 6 หรือ 12/],
      [['publish', EXAMPLE], /ไม่รู้จักคำสั่ง "publish"/],
      [[], /ไม่ได้ระบุคำสั่ง/],
      [['validate'], /ไม่ได้ระบุสมุดงาน/],
      [['build', EXAMPLE], /ไม่ได้ระบุที่เก็บรายงาน/],
      [['build', EXAMPLE, '-o', join(dir, 'report.pdf')], /ต้องลงท้ายด้วย \.docx/],
      [['validate', EXAMPLE, '--spreadsheet', 'abc'], /ระบุได้อย่างเดียว/],
      [['validate', EXAMPLE, '-o', join(dir, 'r.docx')], /ใช้ได้กับคำสั่ง build เท่านั้น/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err, argv.join(' ')).toMatch(message);
      expect(r.out, argv.join(' ')).toBe('');
    }
  });
});

describe('validate', () => {
  it('prints every finding as the Sheet lists it and exits 0 when there are only warnings', async () => {
    const expected = validateWorkbookData(seedWorkbook());
    expect(expected.errors).toBe(0);
    expect(expected.warnings).toBeGreaterThan(0);
    const r = await cli('validate', EXAMPLE);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.slice(0, -1)).toEqual(expected.findings.map(findingLine));
    expect(lines.at(-1)).toBe(`พบข้อผิดพลาด 0 รายการ คำเตือน ${expected.warnings} รายการ`);
    expect(r.err).toContain(`กำลังอ่าน ${EXAMPLE}`);
  });

  it('a finding line names the severity, sheet, row, column letter and header', async () => {
    const path = await xlsx('no-title.xlsx', seedWith(3, MEASURE_HEADER.issueTitle, ''));
    const r = await cli('validate', path);
    expect(r.code).toBe(1);
    const column = seedWorkbook()[SHEET.measures]!.values[0].indexOf(MEASURE_HEADER.issueTitle);
    const letter = String.fromCharCode(65 + column);
    expect(r.out).toContain(
      `[ข้อผิดพลาด] ชีต "${SHEET.measures}" แถว 3 คอลัมน์ ${letter} (${MEASURE_HEADER.issueTitle}): กรอกประเด็นการพัฒนา`,
    );
    expect(r.out.split('\n').at(-1)).toMatch(/^พบข้อผิดพลาด [1-9]\d* รายการ/);
  });

  it('a missing sheet is an error finding (exit 1)', async () => {
    const data = seedWorkbook();
    delete data[SHEET.headings];
    const r = await cli('validate', await xlsx('no-headings.xlsx', data));
    expect(r.code).toBe(1);
    expect(r.out).toContain(`ไม่พบชีต "${SHEET.headings}"`);
  });

  it('a missing header is an error finding (exit 1)', async () => {
    const data = seedWorkbook();
    const values = data[SHEET.measures]!.values;
    values[0][values[0].indexOf(MEASURE_HEADER.targets)] = 'เป้า';
    const r = await cli('validate', await xlsx('no-targets-header.xlsx', data));
    expect(r.code).toBe(1);
    expect(r.out).toContain(MEASURE_HEADER.targets);
    expect(r.out).toMatch(/\[ข้อผิดพลาด\] ชีต "มาตรการ"/);
  });
});

describe('build', () => {
  it('writes the .docx, prints where and a summary of sections, rows and findings', async () => {
    const out = join(dir, 'nested', 'out', 'report.docx');
    const r = await cli('build', EXAMPLE, '-o', out);
    expect(r.code, r.err).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const result = validateWorkbookData(seedWorkbook());
    const stats = buildReportModel(result.workbook, result.workbook.config!).stats;
    expect(r.out).toContain(`เขียนรายงานแล้ว: ${out}`);
    expect(r.out).toContain(
      `สรุป: ${stats.sections} หัวข้อตัวชี้วัด · ${stats.issues} ประเด็น · ${stats.measures} มาตรการ · ${stats.rows} แถว`,
    );
    expect(r.out).toContain(`คำเตือน ${result.warnings} รายการ`);
    for (const step of ['กำลังอ่าน', 'กำลังตรวจสอบข้อมูล', 'กำลังสร้างไฟล์ Word']) expect(r.err).toContain(step);
    const document = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(document).toContain('รอบ ๑๒ เดือน');
    expectNothingWritten(join(dir, 'nested', 'out', 'none.docx'));
  });

  it('--round 6 validates and builds the 6-month report', async () => {
    // The seed is a 12-month report: as a 6-month one, its activity dates after 31 March are errors.
    const r6 = await cli('validate', EXAMPLE, '--round', '6');
    expect(r6.code).toBe(1);
    expect(r6.out.split('\n').slice(0, -1)).toEqual(
      validateWorkbookData(withRound(seedWorkbook(), 6)).findings.map(findingLine),
    );
    expect(r6.out).toContain('รอบ ๖ เดือน');

    // A generated agency without activity dates (its dates span the whole year).
    const generated = generateWorkbook({ rows: 30, seed: 5 });
    const values = generated[SHEET.measures]!.values;
    const dates = values[0].indexOf(MEASURE_HEADER.activityDates);
    for (const line of values.slice(1)) line[dates] = '';
    const out = join(dir, 'report-6.docx');
    const r = await cli('build', await xlsx('generated.xlsx', generated), '-o', out, '--round', '6');
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain('รอบ 6 เดือน');
    const document = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(document).toContain('รอบ ๖ เดือน');
    expect(document).toContain('๓๑ มีนาคม');
  });

  it('replaces an earlier report at the same path', async () => {
    const out = join(dir, 'again.docx');
    writeFileSync(out, 'old');
    expect((await cli('build', EXAMPLE, '-o', out)).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('errors in the workbook: no report, exit 1, an earlier report at the path untouched', async () => {
    const path = await xlsx('errors.xlsx', seedWith(2, MEASURE_HEADER.measureText, ''));
    const out = join(dir, 'errors.docx');
    const r = await cli('build', path, '-o', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ยังสร้างรายงานไม่ได้: พบข้อผิดพลาด [1-9]/);
    expectNothingWritten(out);

    writeFileSync(out, 'earlier report');
    expect((await cli('build', path, '-o', out)).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('earlier report');
  });

  it('a missing sheet: exit 1 and no file', async () => {
    const data = seedWorkbook();
    delete data[SHEET.measures];
    const out = join(dir, 'no-measures.docx');
    const r = await cli('build', await xlsx('no-measures.xlsx', data), '-o', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`ไม่พบชีต "${SHEET.measures}"`);
    expectNothingWritten(out);
  });
});

describe('bad input files and output paths', () => {
  const out = () => join(dir, 'bad', `report-${Math.random().toString(36).slice(2)}.docx`);

  it('not an .xlsx (text, a .docx, an old .xls), corrupt or missing: a clear message, exit 2, no file', async () => {
    mkdirSync(join(dir, 'bad'), { recursive: true });
    const text = join(dir, 'bad', 'measures.xlsx');
    writeFileSync(text, 'รหัสแถว,ตัวชี้วัด\n2567-01,IIT-1\n');
    const docx = join(dir, 'bad', 'report-as-input.xlsx');
    await cli('build', EXAMPLE, '-o', join(dir, 'bad', 'input.docx'));
    writeFileSync(docx, readFileSync(join(dir, 'bad', 'input.docx')));
    const xls = join(dir, 'bad', 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const whole = readFileSync(EXAMPLE);
    const cut = join(dir, 'bad', 'cut.xlsx');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));

    const cases: Array<[string, RegExp]> = [
      [text, /ไม่ใช่ไฟล์ \.xlsx/],
      [docx, /ไม่ใช่สมุดงาน \.xlsx \(ไม่พบชีตใดในไฟล์\)/],
      [xls, /Excel รุ่นเก่า \.xls/],
      [cut, /เสียหาย/],
      [join(dir, 'bad', 'nowhere.xlsx'), /ไม่พบไฟล์/],
    ];
    for (const [input, message] of cases) {
      for (const command of ['validate', 'build']) {
        const target = out();
        const r = await cli(...(command === 'build' ? ['build', input, '-o', target] : ['validate', input]));
        expect(r.code, `${command} ${input}`).toBe(2);
        expect(r.err, `${command} ${input}`).toMatch(message);
        expect(r.err).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
        expectNothingWritten(target);
      }
    }
  });

  it('an output path that cannot be written: exit 2, the reason in Thai, nothing left behind', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const folder = join(dir, 'a-folder.docx');
    mkdirSync(folder, { recursive: true });
    const cases: Array<[string, RegExp]> = [
      [join(file, 'report.docx'), /เขียนไฟล์ .* ไม่ได้: ส่วนหนึ่งของเส้นทางเป็นไฟล์/],
      [folder, /เขียนไฟล์ .* ไม่ได้: ปลายทางเป็นโฟลเดอร์/],
    ];
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked');
      mkdirSync(locked, { mode: 0o500 });
      cases.push([join(locked, 'report.docx'), /ไม่มีสิทธิ์เขียน/]);
    }
    for (const [target, message] of cases) {
      const r = await cli('build', EXAMPLE, '-o', target);
      expect(r.code, target).toBe(2);
      expect(r.err, target).toMatch(message);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});

describe('--spreadsheet and --google-doc through the loopback Google fake', () => {
  it('reads a Google Sheet, writes the .docx and a Google Doc', async () => {
    const { keyFile, publicKeyPem } = writeServiceAccountKey(dir, {
      email: 'ita-report@loopback-test.iam.gserviceaccount.com',
    });

    const fake = await startGoogleFake({
      spreadsheets: { 'sheet-1': seedWorkbook() },
      publicKeyPem,
    });
    googleRootUrl = fake.rootUrl;
    try {
      const validate = await cli('validate', '--spreadsheet', 'sheet-1', '--key-file', keyFile);
      expect(validate.code, validate.err).toBe(0);
      expect(validate.out.split('\n').slice(0, -1)).toEqual(
        validateWorkbookData(seedWorkbook()).findings.map(findingLine),
      );

      const out = join(dir, 'from-sheet.docx');
      const build = await cli('build', '--spreadsheet', 'sheet-1', '--key-file', keyFile, '-o', out, '--google-doc');
      expect(build.code, build.err).toBe(0);
      expect(existsSync(out)).toBe(true);
      expect(build.out).toMatch(/สร้าง Google Doc แล้ว: \S+/);
      expect(fake.documents.size).toBe(1);

      const missing = await cli('validate', '--spreadsheet', 'no-such-sheet', '--key-file', keyFile);
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/อ่าน Google Sheet ไม่สำเร็จ/);
    } finally {
      googleRootUrl = undefined;
      await fake.close();
    }
  });
});

describe('the bin launcher', () => {
  it('node bin/ita-report.mjs runs the CLI: --help, build, and a non-zero exit on a bad option', async () => {
    const run = promisify(execFile);
    const help = await run(process.execPath, ['bin/ita-report.mjs', '--help']);
    expect(help.stdout).toContain('ita-report validate');
    const out = join(dir, 'bin.docx');
    const build = await run(process.execPath, ['bin/ita-report.mjs', 'build', EXAMPLE, '-o', out]);
    expect(build.stdout).toContain('สรุป:');
    expect(existsSync(out)).toBe(true);
    const bad = await run(process.execPath, ['bin/ita-report.mjs', 'validate', EXAMPLE, '--nope']).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad?.code).toBe(2);
    expect(bad?.stderr).toContain('ไม่รู้จักตัวเลือก --nope');
  });
});

// A workbook exceljs writes itself (not our writer) reads too: formulas and links from another program.
describe('a workbook made by another program', () => {
  it('validates a workbook whose evidence cell is a =HYPERLINK formula', async () => {
    const data = seedWorkbook();
    const wb = new ExcelJS.Workbook();
    for (const [name, sheet] of Object.entries(data)) {
      const ws = wb.addWorksheet(name);
      sheet!.values.forEach((line) => ws.addRow(line));
    }
    const measures = wb.getWorksheet(SHEET.measures)!;
    const column = data[SHEET.measures]!.values[0].indexOf(MEASURE_HEADER.evidence) + 1;
    measures.getCell(2, column).value = {
      formula: 'HYPERLINK("https://example.go.th/evidence","หลักฐาน")',
      result: 'หลักฐาน',
    };
    const path = join(dir, 'formula.xlsx');
    await wb.xlsx.writeFile(path);
    const out = join(dir, 'formula.docx');
    const r = await cli('build', path, '-o', out);
    expect(r.code, r.out + r.err).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('https://example.go.th/evidence');
  });
});
