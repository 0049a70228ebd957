import { ALL_UNITS, CONFIG_LABEL, MEASURE_HEADER, SHEET, STATUS_VALUES } from '../core/layout';
import { CONFIG_DEFAULTS, CONFIG_SPEC, DATA_SHEET_SPECS, SHARE_CHOICES, type SheetSpec } from '../core/sheet-specs';
import { normaliseHeader } from '../core/workbook';
import { seedExample, type SeedExample } from './seed-example';
import { ensureFormSheets } from './form-sheets'; // [forms]
import { ensureSheetSize } from './sheet-size';
import { ensurePlanSheet, fillExampleScores } from './plan-setup';
import { headerRow } from './header-row';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PROTECTION_NOTE = 'ITA: หัวตาราง — แก้ไขได้ แต่ชื่อหัวคอลัมน์ต้องตรงตามที่โปรแกรมใช้';
const CONFIG_PROTECTION_NOTE = 'ITA: ชีตตั้งค่า — ตรวจสอบก่อนแก้ไข';

/** Menu "ตั้งค่าสมุดงาน". */
export function setUpWorkbook(): string[] {
  const actions = ensureWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  SpreadsheetApp.getUi().alert(
    'ตั้งค่าสมุดงาน',
    actions.length === 0
      ? 'สมุดงานครบถ้วนแล้ว ไม่มีสิ่งที่ต้องเพิ่ม'
      : `ดำเนินการแล้ว:\n• ${actions.join('\n• ')}\n\nข้อมูลที่กรอกไว้ไม่ถูกเปลี่ยนแปลง`,
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
  return actions;
}

/**
 * Creates or completes the sheets of the layout. Never changes a value a person typed:
 * it only adds what is missing, so a second run does nothing. Returns what it did, in Thai.
 */
export function ensureWorkbook(ss: Spreadsheet): string[] {
  const actions: string[] = [];
  const config = ensureSheet(ss, CONFIG_SPEC, actions);
  ensureConfigRows(config, actions);
  const sheets = new Map<string, Sheet>();
  for (const spec of DATA_SHEET_SPECS) sheets.set(spec.name, ensureSheet(ss, spec, actions));
  ensureMeasureDropdowns(sheets.get(SHEET.measures)!, actions);
  ensureProtections(config, sheets, actions);
  ensureFormSheets(ss, actions); // [forms] the survey-mapping sheet (src/gas/form-sheets.ts)
  ensurePlanSheet(ss, actions, ensureSheet); // [plan] last year's ITA scores (src/gas/plan-setup.ts)
  return actions;
}

function ensureSheet(ss: Spreadsheet, spec: SheetSpec, actions: string[]): Sheet {
  let sheet = ss.getSheetByName(spec.name);
  if (!sheet) {
    sheet = ss.insertSheet(spec.name);
    actions.push(`สร้างชีต "${spec.name}"`);
  }
  const { row, present } = headerRow(sheet, headersOf(spec));
  const missing = spec.columns.filter((c) => !present.includes(normaliseHeader(c.header)));
  if (missing.length > 0) {
    // New headers go after the last used column, so staff's own columns are never overwritten.
    const start = present.every((h) => h === '') ? 1 : sheet.getLastColumn() + 1;
    ensureSheetSize(sheet, 1, start + missing.length - 1);
    const range = sheet.getRange(row, start, 1, missing.length);
    range.setNotes([missing.map((c) => c.note)]);
    range.setFontWeight('bold');
    range.setBackground('#d9e2f3');
    missing.forEach((c, i) => {
      sheet!.setColumnWidth(start + i, c.width);
      if (c.text) sheet!.getRange(row + 1, start + i, Math.max(sheet!.getMaxRows() - row, 1), 1).setNumberFormat('@');
    });
    sheet.getRange(1, start, Math.max(sheet.getMaxRows(), 2), missing.length).setWrap(true);
    // The headers last: a run stopped before them left nothing the next run takes as done, so it redoes all.
    range.setValues([missing.map((c) => c.header)]);
    actions.push(`เพิ่มคอลัมน์ ${missing.map((c) => `"${c.header}"`).join(', ')} ในชีต "${spec.name}"`);
  }
  // Down to the header row; more rows frozen by staff stay so.
  if (sheet.getFrozenRows() < row) {
    sheet.setFrozenRows(row);
    actions.push(`ตรึงแถวหัวตารางของชีต "${spec.name}"`);
  }
  return sheet;
}

function ensureConfigRows(sheet: Sheet, actions: string[]): void {
  const last = Math.max(sheet.getLastRow(), 1);
  const labels = sheet
    .getRange(1, 1, last, 1)
    .getValues()
    .map((r) => normaliseHeader(r[0]));
  const missing = CONFIG_DEFAULTS.filter(([label]) => !labels.includes(normaliseHeader(label)));
  if (missing.length === 0) return;
  // An older config sheet with its empty rows deleted ends at its last label: getRange below it would throw.
  ensureSheetSize(sheet, last + missing.length, 2);
  sheet.getRange(last + 1, 1, missing.length, 1).setNotes(missing.map(([, , note]) => [note]));
  // [publish] The sharing row, when added now, offers its three words (typed ones like ใช่ stay allowed).
  const share = missing.findIndex(([label]) => label === CONFIG_LABEL.shareWithLink);
  if (share >= 0) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...SHARE_CHOICES], true)
      .setAllowInvalid(true)
      .build();
    sheet.getRange(last + 1 + share, 2).setDataValidation(rule);
  }
  // The labels last (as the headers above): a stopped run's notes and dropdown are written again.
  sheet.getRange(last + 1, 1, missing.length, 2).setValues(missing.map(([label, value]) => [label, value]));
  actions.push(`เพิ่มค่าตั้งต้น ${missing.map(([l]) => `"${l}"`).join(', ')} ในชีต "${SHEET.config}"`);
}

const headersOf = (spec: SheetSpec) => spec.columns.map((c) => c.header);

/** A column below its header, to the sheet's end (staff may have deleted its empty rows); null without the header. */
function below(sheet: Sheet, header: string): GoogleAppsScript.Spreadsheet.Range | null {
  const { row, present } = headerRow(sheet, [header]);
  const column = present.indexOf(normaliseHeader(header)) + 1;
  return column ? sheet.getRange(row + 1, column, Math.max(sheet.getMaxRows() - row, 1), 1) : null;
}

/**
 * Dropdowns for ตัวชี้วัด, ผู้รับผิดชอบ and สถานะ, added where a column has none yet, and again where the list
 * sheet was just made anew: the old dropdown pointed into the deleted sheet.
 */
function ensureMeasureDropdowns(sheet: Sheet, actions: string[]): void {
  const ss = sheet.getParent();
  const headingSheet = ss.getSheetByName(SHEET.headings)!;
  const unitSheet = ss.getSheetByName(SHEET.units)!;
  const rules: [string, () => GoogleAppsScript.Spreadsheet.DataValidation, string?][] = [
    [
      MEASURE_HEADER.heading,
      () =>
        SpreadsheetApp.newDataValidation()
          .requireValueInRange(below(headingSheet, 'รหัสตัวชี้วัด')!, true)
          .setAllowInvalid(true)
          .setHelpText('เลือกรหัสตัวชี้วัดจากชีตตัวชี้วัด')
          .build(),
      SHEET.headings,
    ],
    [
      MEASURE_HEADER.units,
      () =>
        SpreadsheetApp.newDataValidation()
          .requireValueInRange(below(unitSheet, 'ชื่อหน่วยงาน')!, true)
          // Joint units ("สบก. + สนย.") and ทุกสำนัก/หน่วย are valid too: the check is the menu's validation.
          .setAllowInvalid(true)
          .setHelpText(`เลือกหน่วยงาน หรือพิมพ์หลายหน่วยคั่นด้วย + หรือพิมพ์ ${ALL_UNITS}`)
          .build(),
      SHEET.units,
    ],
    [
      MEASURE_HEADER.status,
      () =>
        SpreadsheetApp.newDataValidation()
          .requireValueInList([...STATUS_VALUES], true)
          .setAllowInvalid(false)
          .setHelpText('เลือกสถานะจากรายการ')
          .build(),
    ],
  ];
  for (const [header, rule, list] of rules) {
    const cells = below(sheet, header);
    if (!cells) continue;
    const made = actions.includes(`สร้างชีต "${list}"`);
    if (!made && cells.getDataValidation() !== null) continue;
    cells.setDataValidation(rule());
    actions.push(`เพิ่มรายการให้เลือกในคอลัมน์ "${header}"`);
  }
}

/** Warning-only protection: staff are warned before editing headers or config, never blocked. */
function ensureProtections(config: Sheet, sheets: Map<string, Sheet>, actions: string[]): void {
  // Any sheet protection is kept: protect() would hand back an administrator's and make it a mere warning.
  if (config.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    config.protect().setDescription(CONFIG_PROTECTION_NOTE).setWarningOnly(true);
    actions.push(`ตั้งการเตือนก่อนแก้ไขชีต "${SHEET.config}"`);
  }
  for (const spec of DATA_SHEET_SPECS) {
    const sheet = sheets.get(spec.name)!;
    const has = sheet
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .some((p) => p.getDescription() === PROTECTION_NOTE);
    if (has) continue;
    sheet
      .getRange(1, 1, headerRow(sheet, headersOf(spec)).row, sheet.getMaxColumns())
      .protect()
      .setDescription(PROTECTION_NOTE)
      .setWarningOnly(true);
    actions.push(`ตั้งการเตือนก่อนแก้ไขหัวตารางของชีต "${sheet.getName()}"`);
  }
}

/** Menu "ใส่ข้อมูลตัวอย่าง": the seed report's data, written only into empty sheets and empty config values. */
export function fillSeedExample(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const actions = ensureWorkbook(ss);
  actions.push(...writeExample(ss));
  SpreadsheetApp.getUi().alert(
    'ใส่ข้อมูลตัวอย่าง',
    actions.length ? `• ${actions.join('\n• ')}` : 'ไม่มีการเปลี่ยนแปลง',
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}

export function writeExample(ss: Spreadsheet): string[] {
  const actions: string[] = [];
  const seed = seedExample();
  const filled = fillEmptyConfigValues(ss.getSheetByName(SHEET.config)!, seed);
  if (filled > 0) actions.push(`กรอกค่าตั้งค่าที่ว่างอยู่ ${filled} รายการ`);
  for (const name of [SHEET.units, SHEET.headings, SHEET.measures] as const) {
    const sheet = ss.getSheetByName(name)!;
    const [header, ...rows] = seed[name];
    const { row, present } = headerRow(sheet, header as string[]);
    if (sheet.getLastRow() > row) {
      actions.push(`ข้ามชีต "${name}" เพราะมีข้อมูลอยู่แล้ว`);
      continue;
    }
    const width = present.length;
    // Place each example column under its header, wherever staff moved it.
    const at = header.map((h) => present.indexOf(normaliseHeader(h)));
    const out = rows.map((row) => {
      const line: unknown[] = new Array(width).fill('');
      row.forEach((v, i) => {
        if (at[i] >= 0) line[at[i]] = v;
      });
      return line;
    });
    sheet.getRange(row + 1, 1, out.length, width).setValues(out);
    actions.push(`ใส่ข้อมูลตัวอย่าง ${out.length} แถวในชีต "${name}"`);
  }
  actions.push(...fillExampleScores(ss, seed[SHEET.lastResult] ?? [])); // [plan]
  return actions;
}

/**
 * Writes the example's config values into empty value cells only, one write per run of adjacent empty cells:
 * a value a person typed, a =HYPERLINK folder cell (even one that shows "") and a cell linked with
 * Insert > Link are never rewritten, since writing their plain value back would drop the formula or the link.
 */
function fillEmptyConfigValues(config: Sheet, seed: SeedExample): number {
  const rows = Math.max(config.getLastRow(), 1);
  const values = config.getRange(1, 1, rows, 2).getValues();
  const formulas = config.getRange(1, 2, rows, 1).getFormulas();
  const example = new Map(seed[SHEET.config].map((r) => [normaliseHeader(r[0]), r[1]]));
  const wanted = values.map(([label, value], i) => {
    const v = example.get(normaliseHeader(label));
    return value === '' && formulas[i][0] === '' && v !== undefined && v !== '' ? v : undefined;
  });
  let filled = 0;
  for (let start = 0; start < rows; start++) {
    if (wanted[start] === undefined) continue;
    let end = start;
    while (end + 1 < rows && wanted[end + 1] !== undefined) end++;
    config.getRange(start + 1, 2, end - start + 1, 1).setValues(wanted.slice(start, end + 1).map((v) => [v]));
    filled += end - start + 1;
    start = end;
  }
  return filled;
}
