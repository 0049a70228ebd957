import { SHEET } from '../core/layout';
import { buildReportModel } from '../core/report-model';
import { applyDigitStyle } from '../core/thai';
import { buildDocsRequests, DOCS_MAX_CHARACTERS } from '../render/docs-requests';
import { REPORT_BUSY_TH, tooLongForDocsTh } from '../render/report-messages';
import { reportLabels } from '../render/report-naming';
import { errorMessage } from './error-message';
import { continuationInTheWay, ExecutionClock, stillContinuingMessage } from './report-continue';
import { runValidation } from './validate';
import { LockBusyError } from './document-lock';
import { loadFormView } from './forms'; // [forms]
import { formStatuses } from '../core/form-status';
import { RunRecord } from './report-history';
import { writeReport } from './report-write';
import { spreadsheetTimeZone } from './time-zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A second report run of the same account is refused at once rather than queued behind a long run. */
const LOCK_WAIT_MS = 1000;

/**
 * Menu "สร้างรายงาน (Google Doc)": validates, then writes a new Google Doc (never overwriting an earlier one)
 * in a constant number of Docs calls: create, the body batch(es), the footer.
 */
export function generateReportFromSheet(): void {
  const clock = new ExecutionClock(Date.now()); // what this execution spends counts against its budget
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // [publish] One history line per run, whatever happens (an unexpected error included).
  const record = new RunRecord(new Date());
  try {
    runReport(ss, record, clock);
  } catch (e) {
    record.fail(`เกิดข้อผิดพลาดที่ไม่คาดคิด: ${errorMessage(e)}`);
    throw e;
  } finally {
    record.write(ss, spreadsheetTimeZone(ss));
  }
}

function runReport(ss: Spreadsheet, record: RunRecord, clock: ExecutionClock): void {
  const ui = SpreadsheetApp.getUi();
  // A report still being written in the background: say so before validating anything.
  const continuing = continuationInTheWay(Date.now(), false);
  if (continuing) {
    const message = stillContinuingMessage(continuing, spreadsheetTimeZone(ss));
    record.fail(message);
    ui.alert('ยังสร้างรายงานไม่ได้', message, ui.ButtonSet.OK);
    return;
  }
  let result: ReturnType<typeof runValidation>;
  try {
    result = runValidation(ss);
  } catch (e) {
    if (!(e instanceof LockBusyError)) throw e;
    record.fail(e.message);
    ui.alert('ยังสร้างรายงานไม่ได้', e.message, ui.ButtonSet.OK); // another run holds the lock: nothing was made
    return;
  }
  const config = result.workbook.config;
  record.errors = result.errors; // [publish]
  record.warnings = result.warnings;
  record.rows = result.workbook.measures.length;
  if (config) record.round = applyDigitStyle(`${config.fiscalYear} รอบ ${config.round} เดือน`, config.digitStyle);
  if (result.errors > 0 || !config) {
    record.fail(`พบข้อผิดพลาด ${result.errors} รายการ: แก้ไขตามชีต "${SHEET.findings}" แล้วสั่งใหม่`);
    ui.alert(
      'ยังสร้างรายงานไม่ได้',
      `พบข้อผิดพลาด ${result.errors} รายการ และคำเตือน ${result.warnings} รายการ\n` +
        `แก้ไขข้อผิดพลาดตามรายการในชีต "${SHEET.findings}" (เซลล์ที่มีปัญหาถูกระบายสีแดงและมีหมายเหตุ) ` +
        'แล้วสั่งสร้างรายงานอีกครั้ง คำเตือนไม่ขัดขวางการสร้างรายงาน',
      ui.ButtonSet.OK,
    );
    return;
  }

  if (typeof Docs === 'undefined' || !Docs?.Documents) {
    record.fail('ยังไม่ได้เปิดใช้บริการ Google Docs API');
    ui.alert(
      'ยังสร้างรายงานไม่ได้',
      'สคริปต์ยังไม่ได้เปิดใช้บริการ Google Docs API: ในหน้าแก้ไข Apps Script กด บริการ (+) เลือก Google Docs API แล้วกด เพิ่ม ' +
        '(หรือวางไฟล์ appsscript.json ของโปรแกรมให้ครบ) แล้วลองอีกครั้ง',
      ui.ButtonSet.OK,
    );
    return;
  }
  const documents = Docs.Documents;

  // [forms] Form answers (ledger) and survey aggregates are appended after what staff typed in each row.
  const forms = loadFormView(ss, result.workbook, config);
  // [publish] A row without สถานะ takes its latest form answer's status in the summary.
  const statuses = formStatuses(forms.records, config.round);
  const model = buildReportModel(result.workbook, config, forms.contributions, statuses);
  const [year, month, day, hour, minute] = Utilities.formatDate(new Date(), spreadsheetTimeZone(ss), 'yyyy-M-d-H-m')
    .split('-')
    .map(Number);
  const { title: name, footerText } = reportLabels(model, { year, month, day, hour, minute });
  const plan = buildDocsRequests(model, { footerText });
  if (plan.stats.characters > DOCS_MAX_CHARACTERS) {
    const d = (n: number) => applyDigitStyle(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','), model.digitStyle);
    record.fail(tooLongForDocsTh(plan.stats.characters, d));
    ui.alert(
      'รายงานยาวเกินกว่าที่ Google Docs รับได้',
      `${tooLongForDocsTh(plan.stats.characters, d)} โปรดย่อข้อความผลการดำเนินงาน หรือใช้โปรแกรมบนเครื่อง (ita-report) สร้างเป็นไฟล์ .docx`,
      ui.ButtonSet.OK,
    );
    return;
  }

  // One report run at a time per account: the journal must never take a live run's Doc for a leftover.
  const lock = LockService.getUserLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    record.fail(REPORT_BUSY_TH);
    ui.alert('ยังสร้างรายงานไม่ได้', REPORT_BUSY_TH, ui.ButtonSet.OK);
    return;
  }
  try {
    writeReport({
      ss,
      documents,
      model,
      plan,
      name,
      footerText,
      templateText: config.reportTemplate,
      folder: config.reportFolder,
      warnings: result.warnings,
      record,
      oitCode: config.oitCode,
      share: config.shareWithLink, // [publish]
      clock,
      startedAt: record.startedAt.getTime(),
      errors: result.errors,
      round: record.round,
      rows: result.workbook.measures.length,
      notes: [forms.notCaughtUp],
    });
  } finally {
    lock.releaseLock();
  }
}
