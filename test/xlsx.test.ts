import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXlsxBuffer, readXlsxFile } from '../src/cli/read-xlsx';
import { workbookToXlsx } from '../src/cli/write-xlsx';
import { CliError } from '../src/cli/errors';
import { MEASURE_HEADER, SHEET } from '../src/core/layout';
import { validateWorkbookData } from '../src/core/validation';
import { cellText, type WorkbookData } from '../src/core/workbook';
import { generateWorkbook } from './tools/generate-workbook';
import { seedWorkbook } from './tools/seed';

/** A Date as Apps Script's getValues() gives a date cell: midnight in Asia/Bangkok. */
const bangkokMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);

async function xlsxOf(build: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet(SHEET.measures));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('xlsx round trip', () => {
  it('writes the seed workbook and reads back the same values, sheet by sheet', async () => {
    const seed = seedWorkbook();
    const back = await readXlsxBuffer(await workbookToXlsx(seed));
    expect(Object.keys(back)).toEqual(Object.keys(seed));
    for (const [name, sheet] of Object.entries(seed)) expect(back[name]?.values, name).toEqual(sheet!.values);
  });

  it('gives the same findings and report rows as the fixture itself', async () => {
    const seed = seedWorkbook();
    const back = await readXlsxBuffer(await workbookToXlsx(seed));
    const a = validateWorkbookData(seed);
    const b = validateWorkbookData(back);
    expect(b.findings).toEqual(a.findings);
    expect(b.workbook.measures).toEqual(a.workbook.measures);
  });

  it('round-trips a generated agency of 300 rows', async () => {
    const data = generateWorkbook({ rows: 300, seed: 7 });
    const back = await readXlsxBuffer(await workbookToXlsx(data));
    for (const [name, sheet] of Object.entries(data)) expect(back[name]?.values, name).toEqual(sheet!.values);
  });

  it('keeps links and dates: a linked cell keeps its text and its URL, a date stays the same Bangkok day', async () => {
    const date = bangkokMidnight(2024, 2, 28);
    const data: WorkbookData = {
      [SHEET.measures]: {
        values: [
          ['ลิงก์หลักฐาน', 'วันที่ดำเนินการ'],
          ['ดูเอกสาร', date],
        ],
        links: [
          [null, null],
          ['https://example.go.th/a', null],
        ],
      },
    };
    const back = (await readXlsxBuffer(await workbookToXlsx(data)))[SHEET.measures]!;
    expect(back.values[1][0]).toBe('ดูเอกสาร');
    expect(back.links?.[1][0]).toBe('https://example.go.th/a');
    expect((back.values[1][1] as Date).getTime()).toBe(date.getTime());
    expect(cellText(back.values[1][1])).toBe('2024-02-28');
  });

  it('the bundled example (examples/seed-2567.xlsx) is the fixture: regenerate it with npm run example', async () => {
    const example = await readXlsxFile('examples/seed-2567.xlsx');
    const seed = seedWorkbook();
    for (const [name, sheet] of Object.entries(seed)) expect(example[name]?.values, name).toEqual(sheet!.values);
  });
});

describe('reading cells as getValues() does', () => {
  it('hyperlink cells, =HYPERLINK formulas, other formulas, rich text, dates, booleans, merged cells', async () => {
    const bytes = await xlsxOf((ws) => {
      ws.getCell('A1').value = { text: 'เว็บไซต์', hyperlink: 'https://www.nhrc.or.th/th/ita' };
      ws.getCell('B1').value = { formula: 'HYPERLINK("https://example.go.th/x","หลักฐาน")', result: 'หลักฐาน' };
      ws.getCell('C1').value = { formula: '1+2', result: 3 };
      ws.getCell('D1').value = { richText: [{ text: 'ผลการ', font: { bold: true } }, { text: 'ดำเนินงาน' }] };
      ws.getCell('E1').value = new Date(Date.UTC(2023, 11, 20)); // exceljs: the calendar day in UTC
      ws.getCell('F1').value = true;
      ws.getCell('A2').value = 'รวม';
      ws.mergeCells('A2:B2');
      ws.getCell('C3').value = 'สุดท้าย';
    });
    const sheet = (await readXlsxBuffer(bytes))[SHEET.measures]!;
    expect(sheet.values).toHaveLength(3);
    expect(sheet.values[0]).toHaveLength(6);
    expect(sheet.values[0][0]).toBe('เว็บไซต์');
    expect(sheet.links?.[0][0]).toBe('https://www.nhrc.or.th/th/ita');
    expect(sheet.values[0][1]).toBe('หลักฐาน');
    expect(sheet.links?.[0][1]).toBe('https://example.go.th/x');
    expect(sheet.values[0][2]).toBe(3);
    expect(sheet.values[0][3]).toBe('ผลการดำเนินงาน');
    expect(cellText(sheet.values[0][4])).toBe('2023-12-20');
    expect(sheet.values[0][5]).toBe(true);
    // Only the top-left cell of a merge holds the value, as in Sheets.
    expect(sheet.values[1].slice(0, 2)).toEqual(['รวม', '']);
    expect(sheet.values[2]).toEqual(['', '', 'สุดท้าย', '', '', '']);
    expect(sheet.links?.[1][0]).toBeUndefined();
  });

  it("an issue or measure merged down its rows (as copied from last year's Word table) reads on every row", async () => {
    // The seed's first issue is rows 2–5 and its indicator rows 2–6: merged as the report prints them.
    const seed = seedWorkbook();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookToXlsx(seed)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET.measures)!;
    const header = seed[SHEET.measures]!.values[0];
    const letter = (h: string) => String.fromCharCode(65 + header.indexOf(h));
    const spans: [string, number][] = [
      [MEASURE_HEADER.heading, 6],
      [MEASURE_HEADER.issueNo, 5],
      [MEASURE_HEADER.issueTitle, 5],
    ];
    for (const [h, last] of spans) {
      for (let r = 3; r <= last; r++) ws.getCell(`${letter(h)}${r}`).value = null;
      ws.mergeCells(`${letter(h)}2:${letter(h)}${last}`);
    }
    // A value column merged across rows stays in its top cell only, as Sheets gives it.
    ws.mergeCells(`${letter(MEASURE_HEADER.result)}7:${letter(MEASURE_HEADER.result)}8`);
    const back = await readXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    const values = back[SHEET.measures]!.values;
    // A title row above the header (the core allows one) moves every row down, merges included.
    ws.spliceRows(1, 0, ['ตารางมาตรการ ปีงบประมาณ ๒๕๖๗']);
    const titled = (await readXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer())))[SHEET.measures]!.values;
    expect(titled.slice(1)).toEqual(values);
    const expected = seed[SHEET.measures]!.values;
    for (const [h] of spans) {
      const c = header.indexOf(h);
      expect(
        values.slice(1, 6).map((row) => row[c]),
        h,
      ).toEqual(expected.slice(1, 6).map((row) => row[c]));
    }
    expect(values[7][header.indexOf(MEASURE_HEADER.result)]).toBe('');
    const merged = {
      ...seed,
      [SHEET.measures]: { ...seed[SHEET.measures]!, values: [...values.slice(0, 7), expected[7], ...values.slice(8)] },
    };
    expect(validateWorkbookData(merged).findings).toEqual(validateWorkbookData(seed).findings);
  });

  it('an empty sheet reads as no rows', async () => {
    const sheet = (await readXlsxBuffer(await xlsxOf(() => undefined)))[SHEET.measures]!;
    expect(sheet.values).toEqual([]);
  });
});

/**
 * The example workbook with a bar chart on its units sheet, its drawing part written with a default namespace
 * (<wsDr xmlns="…spreadsheetDrawing">, valid OOXML, opened by Excel): exceljs 4.4 matches prefixed tags only,
 * finds no drawing and throws "Cannot read properties of undefined (reading 'anchors')" (exceljs issue #2591).
 */
function withUnprefixedChart(xlsx: Uint8Array): Buffer {
  const files = unzipSync(xlsx);
  const ns = (k: string) => `http://schemas.openxmlformats.org/${k}`;
  const rels = (type: string, target: string) =>
    strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns('package/2006/relationships')}">` +
        `<Relationship Id="rId9" Type="${ns('officeDocument/2006/relationships/')}${type}" Target="${target}"/></Relationships>`,
    );
  files['[Content_Types].xml'] = strToU8(
    strFromU8(files['[Content_Types].xml']).replace(
      '</Types>',
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    ),
  );
  files['xl/worksheets/_rels/sheet2.xml.rels'] = rels('drawing', '../drawings/drawing1.xml');
  const sheet = strFromU8(files['xl/worksheets/sheet2.xml']);
  expect(sheet).toContain(`xmlns:r="${ns('officeDocument/2006/relationships')}"`);
  files['xl/worksheets/sheet2.xml'] = strToU8(sheet.replace('</worksheet>', '<drawing r:id="rId9"/></worksheet>'));
  files['xl/drawings/_rels/drawing1.xml.rels'] = rels('chart', '../charts/chart1.xml');
  files['xl/drawings/drawing1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><wsDr xmlns="${ns('drawingml/2006/spreadsheetDrawing')}" ` +
      `xmlns:a="${ns('drawingml/2006/main')}" xmlns:c="${ns('drawingml/2006/chart')}" xmlns:r="${ns('officeDocument/2006/relationships')}">` +
      '<oneCellAnchor><from><col>5</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="5715000" cy="3533775"/>' +
      '<graphicFrame><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr>' +
      '<xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xfrm><a:graphic><a:graphicData uri="' +
      `${ns('drawingml/2006/chart')}"><c:chart r:id="rId9"/></a:graphicData></a:graphic></graphicFrame><clientData/></oneCellAnchor></wsDr>`,
  );
  files['xl/charts/chart1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="${ns('drawingml/2006/chart')}"><c:chart><c:plotArea><c:layout/>` +
      '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart></c:chartSpace>',
  );
  return Buffer.from(zipSync(files));
}

describe('a workbook with a chart exceljs cannot parse', () => {
  it('reads the cells anyway (drawings hold nothing the report reads), not "the file is damaged"', async () => {
    const seed = seedWorkbook();
    const back = await readXlsxBuffer(withUnprefixedChart(await workbookToXlsx(seed)), 'chart.xlsx');
    for (const [name, sheet] of Object.entries(seed)) expect(back[name]?.values, name).toEqual(sheet!.values);
  });
});

describe('files that are not a readable workbook', () => {
  const expectCliError = async (run: Promise<unknown>, pattern: RegExp) => {
    const error = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(pattern);
    expect((error as CliError).exitCode).toBe(2);
  };

  it('refuses text, old .xls files and corrupt zips with a Thai message', async () => {
    await expectCliError(readXlsxBuffer(Buffer.from('รหัสแถว,ตัวชี้วัด\n'), 'a.xlsx'), /a\.xlsx ไม่ใช่ไฟล์ \.xlsx/);
    await expectCliError(
      readXlsxBuffer(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls'),
      /\.xls/,
    );
    const good = readFileSync('examples/seed-2567.xlsx');
    await expectCliError(readXlsxBuffer(good.subarray(0, good.length / 2), 'cut.xlsx'), /cut\.xlsx เสียหาย/);
  });

  it('a password-protected .xlsx (a compound file holding EncryptedPackage) is named as such, not as an old .xls', async () => {
    // MS-OFFCRYPTO: Excel's "Encrypt with password" keeps the .xlsx name and writes a compound file whose
    // directory names (UTF-16LE) include EncryptionInfo and EncryptedPackage.
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const names = Buffer.from('EncryptionInfo\0EncryptedPackage\0', 'utf16le');
    const locked = Buffer.concat([header, Buffer.alloc(1024), names, Buffer.alloc(512)]);
    await expectCliError(readXlsxBuffer(locked, 'locked.xlsx'), /locked\.xlsx ตั้งรหัสผ่านไว้.*เอารหัสผ่านออก/);
    const error = await readXlsxBuffer(locked, 'locked.xlsx').catch((e: unknown) => e);
    expect((error as CliError).message).not.toContain('.xls —');
  });

  it('a missing file says so', async () => {
    await expectCliError(readXlsxFile('no/such/file.xlsx'), /ไม่พบไฟล์ no\/such\/file\.xlsx/);
  });
});
