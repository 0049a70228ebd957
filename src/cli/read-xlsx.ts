/**
 * .xlsx -> WorkbookData, shaped exactly as Apps Script's getValues() shapes a sheet, so the core reads a
 * downloaded workbook as it reads the live Sheet: strings, numbers, booleans, Date objects for date cells,
 * '' for empty cells, one rectangle per sheet (the data range). Links go in `links`, as the Apps Script
 * reader puts them there (=HYPERLINK formulas and linked cells).
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { MEASURE_HEADER, SHEET } from '../core/layout';
import { fillMeasureMerges, repeatedColumns, type CellBox } from '../core/merged-cells';
import { headerRowIndex } from '../core/sheet-table';
import { normaliseHeader, type SheetData, type WorkbookData } from '../core/workbook';
import { CliError, EXIT } from './errors';

/** A sheet date is midnight in Asia/Bangkok, as getValues() returns it under the script's time zone. */
const BANGKOK_OFFSET_MS = 7 * 3_600_000;

/** Reads every sheet of an .xlsx file. Throws CliError (exit 2) for a file that is not a readable .xlsx. */
export async function readXlsxFile(path: string): Promise<WorkbookData> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `ไม่พบไฟล์ ${path}` : `อ่านไฟล์ ${path} ไม่ได้ (${code ?? String(e)})`,
      EXIT.usage,
    );
  }
  return readXlsxBuffer(bytes, path);
}

export async function readXlsxBuffer(bytes: Buffer, name = 'workbook'): Promise<WorkbookData> {
  checkSignature(bytes, name);
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (e) {
    throw new CliError(
      `ไฟล์ ${name} เสียหาย หรือไม่ใช่สมุดงาน .xlsx ที่สมบูรณ์ — ดาวน์โหลดจาก Google Sheets ใหม่ (ไฟล์ > ดาวน์โหลด > Microsoft Excel (.xlsx)) ` +
        `[${(e as Error).message}]`,
      EXIT.usage,
    );
  }
  // Another zip file (a .docx, an .ods, a zip of files) opens without error but holds no worksheet.
  if (workbook.worksheets.length === 0) {
    throw new CliError(
      `${name} ไม่ใช่สมุดงาน .xlsx (ไม่พบชีตใดในไฟล์) — ใช้ไฟล์ที่ดาวน์โหลดจาก Google Sheets เป็น Microsoft Excel (.xlsx)`,
      EXIT.usage,
    );
  }
  const data: WorkbookData = {};
  workbook.eachSheet((sheet) => {
    data[sheet.name] = readWorksheet(sheet);
  });
  const measures = workbook.getWorksheet(SHEET.measures);
  if (measures) fillMergedDown(measures, data[SHEET.measures]!);
  return data;
}

/**
 * exceljs, then, if it throws, exceljs on the file with its drawings emptied: charts and pictures hold nothing
 * the report reads, and exceljs 4.4 throws on some it cannot parse (a drawing part written with a default
 * namespace: "reading 'anchors'", its issue #2591), which Excel and Sheets open. The first error is the one kept.
 */
async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  } catch (first) {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes);
    } catch {
      throw first;
    }
    const drawings = Object.keys(files).filter((f) => /^xl\/drawings\/[^/]+\.xml$/.test(f));
    if (drawings.length === 0) throw first;
    for (const f of drawings) files[f] = strToU8(EMPTY_DRAWING);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(zipSync(files)) as unknown as ArrayBuffer).catch(() => Promise.reject(first));
    return workbook;
  }
}

const EMPTY_DRAWING =
  '<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>';

/** An .xlsx is a zip file: anything else (.xls, .csv, a PDF) is refused before exceljs sees it. */
function checkSignature(bytes: Buffer, name: string): void {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return; // "PK\3\4"
  const isOldExcel = bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0;
  // A password to open turns an .xlsx into a compound file holding the encrypted zip (MS-OFFCRYPTO), same name.
  if (isOldExcel && bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    throw new CliError(
      `${name} ตั้งรหัสผ่านไว้ จึงอ่านไม่ได้ — เปิดใน Excel แล้วเอารหัสผ่านออก (ไฟล์ › ข้อมูล › ป้องกันเวิร์กบุ๊ก › ` +
        'เข้ารหัสด้วยรหัสผ่าน › ลบรหัสผ่านให้ว่าง) แล้วบันทึกเป็น .xlsx อีกครั้ง',
      EXIT.usage,
    );
  }
  throw new CliError(
    `${name} ไม่ใช่ไฟล์ .xlsx` +
      (isOldExcel
        ? ' (เป็นไฟล์ Excel รุ่นเก่า .xls — เปิดแล้วบันทึกเป็น .xlsx ก่อน)'
        : ' — ใช้ไฟล์ที่ดาวน์โหลดจาก Google Sheets เป็น Microsoft Excel (.xlsx)'),
    EXIT.usage,
  );
}

/** One worksheet as getDataRange().getValues(): rows 1..last used row, columns 1..last used column. */
export function readWorksheet(sheet: ExcelJS.Worksheet): SheetData {
  const cells: { r: number; c: number; value: unknown; link?: string }[] = [];
  let height = 0;
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const { value, link } = cellValue(cell);
      if (value === '' && !link) return;
      cells.push({ r, c, value, link });
      height = Math.max(height, r);
      width = Math.max(width, c);
    });
  });
  const values: unknown[][] = Array.from({ length: height }, () => Array<unknown>(width).fill(''));
  const links: (string | undefined)[][] = Array.from({ length: height }, () =>
    Array<string | undefined>(width).fill(undefined),
  );
  let linked = false;
  for (const { r, c, value, link } of cells) {
    values[r - 1][c - 1] = value;
    if (link) {
      links[r - 1][c - 1] = link;
      linked = true;
    }
  }
  return linked ? { values, links } : { values };
}

/**
 * The measures sheet's vertical merges, as boxes for core/merged-cells.ts (the one rule the Sheet and --spreadsheet
 * use too): each covered cell of a repeated column extends its master's box down to it.
 */
function fillMergedDown(sheet: ExcelJS.Worksheet, data: SheetData): void {
  const headerRow = headerRowIndex(data.values, normaliseHeader(MEASURE_HEADER.rowId)) + 1;
  const boxes = new Map<string, CellBox>();
  for (const c of repeatedColumns(data.values[headerRow - 1] ?? [])) {
    for (let r = headerRow + 1; r <= data.values.length; r++) {
      const master = sheet.getCell(r, c).master;
      if (Number(master.col) !== c || Number(master.row) >= r) continue;
      const key = master.address;
      const box = boxes.get(key) ?? { row: Number(master.row), column: c, numRows: 1, numColumns: 1 };
      box.numRows = r - box.row + 1;
      boxes.set(key, box);
    }
  }
  fillMeasureMerges(data.values, [...boxes.values()]);
}

/** A cell as getValues() would give it, and the URL behind it if any. */
export function cellValue(cell: ExcelJS.Cell): { value: unknown; link?: string } {
  // A merged range holds its value in the top-left cell only; exceljs echoes it in the others.
  if (cell.isMerged && cell.master !== cell) return { value: '' };
  return fromRaw(cell.value);
}

function fromRaw(raw: ExcelJS.CellValue): { value: unknown; link?: string } {
  if (raw === null || raw === undefined) return { value: '' };
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  if (raw instanceof Date) return { value: new Date(raw.getTime() - BANGKOK_OFFSET_MS) };
  if (typeof raw !== 'object') return { value: String(raw) };
  if ('richText' in raw) return { value: richText(raw) };
  if ('hyperlink' in raw) {
    const text = raw.text as unknown;
    const shown =
      typeof text === 'object' && text !== null && 'richText' in text
        ? richText(text as ExcelJS.CellRichTextValue)
        : String(text ?? '');
    return { value: shown, link: raw.hyperlink || undefined };
  }
  if ('formula' in raw || 'sharedFormula' in raw) {
    const formula = 'formula' in raw ? raw.formula : '';
    const result = fromRaw((raw as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    const url = formula ? hyperlinkFormulaUrl(formula) : undefined;
    return { value: result.value, link: url ?? result.link };
  }
  if ('error' in raw) return { value: raw.error };
  return { value: '' };
}

function richText(v: ExcelJS.CellRichTextValue): string {
  return v.richText.map((part) => part.text).join('');
}

/** HYPERLINK("url", "label") (exceljs stores formulas without the leading =): the URL. */
export function hyperlinkFormulaUrl(formula: string): string | undefined {
  const m = /^=?\s*HYPERLINK\s*\(\s*"([^"]+)"/i.exec(formula);
  return m ? m[1] : undefined;
}
