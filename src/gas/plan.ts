/**
 * [plan] Menu "สร้างเอกสารมาตรการ (Google Doc)" (global generatePlan): the measures plan, made at the start of the
 * year from the same Sheet as the report. Validates for the plan (src/core/plan-validation.ts), draws the chart
 * with the Charts service, writes a new Doc with the Docs API (the report's page, title block, digits, font and
 * batching), puts the chart image in with DocumentApp, then files it, names it, makes its PDF and shares it as
 * the report does, with a line in the history sheet. Safe to stop anywhere: the Doc carries a unique in-progress
 * name in the report's journal until the last write, so the next run (plan or report) trashes a leftover.
 */
import { SHEET } from '../core/layout';
import type { Finding } from '../core/findings';
import type { Config } from '../core/schemas';
import { buildPlanModel, type PlanModel } from '../core/plan-model';
import { validatePlanData } from '../core/plan-validation';
import { applyDigitStyle } from '../core/thai';
import { buildPlanDocsRequests } from '../render/plan-docs-requests';
import { writeBatches } from '../render/docs-write';
import { leftoversTh, REPORT_BUSY_TH, stoppedPartWayTh, tooLongForDocsTh } from '../render/report-messages';
import { DOCS_MAX_CHARACTERS } from '../render/docs-requests';
import { planSegments } from '../render/docs-continue';
import { generatedStamp, inProgressName } from '../render/report-naming';
import { docsCalls, withRetry } from './docs-calls';
import { errorMessage } from './error-message';
import { chartBlob, placeChart } from './plan-chart';
import { docUrl, placeDocument } from './report-finish';
import { freeName } from './report-complete';
import { RunRecord } from './report-history';
import { discardDocument, ReportJournal } from './report-journal';
import { publishReport } from './report-pdf';
import { continuationInTheWay, ExecutionClock, fitsNow } from './report-continue';
import { TemplateError, type StartedDocument } from './report-template';
import { startDocument } from './start-document';
import { readSheet, readWorkbookData } from './read-workbook';
import { spreadsheetTimeZone } from './time-zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
/** Findings listed in the alert; the rest are counted. */
const SHOWN_FINDINGS = 12;

export function generatePlanFromSheet(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const record = new RunRecord(new Date());
  try {
    runPlan(ss, record);
  } catch (e) {
    record.fail(`เกิดข้อผิดพลาดที่ไม่คาดคิด: ${errorMessage(e)}`);
    throw e;
  } finally {
    record.write(ss, spreadsheetTimeZone(ss));
  }
}

/** "ชีต "มาตรการ" แถว 5 คอลัมน์ งบประมาณ (บาท): …", one line a finding. */
export function findingLineTh(f: Finding): string {
  const where = [`ชีต "${f.sheet}"`, f.row ? `แถว ${f.row}` : '', f.header ? `คอลัมน์ ${f.header}` : '']
    .filter(Boolean)
    .join(' ');
  return `• ${f.severity === 'error' ? 'ข้อผิดพลาด' : 'คำเตือน'} ${where}: ${f.messageTh}`;
}

function runPlan(ss: Spreadsheet, record: RunRecord): void {
  const clock = new ExecutionClock(Date.now()); // the validation's time counts against the budget
  const ui = SpreadsheetApp.getUi();
  const refuse = (text: string, alert = text) => {
    record.fail(text);
    ui.alert('ยังสร้างเอกสารมาตรการไม่ได้', alert, ui.ButtonSet.OK);
  };
  // Reads only (values, and the links the report reads): the plan marks no cells; its findings are in the alert.
  const data = readWorkbookData(ss);
  const scores = ss.getSheetByName(SHEET.lastResult);
  if (scores) data[SHEET.lastResult] = readSheet(scores, 'none', 'none');
  const result = validatePlanData(data);
  const config = result.workbook.config;
  record.errors = result.errors;
  record.warnings = result.warnings;
  record.rows = result.workbook.measures.length;
  if (config) record.round = applyDigitStyle(`เอกสารมาตรการ ${config.fiscalYear}`, config.digitStyle);
  const listed = result.findings.slice(0, SHOWN_FINDINGS).map(findingLineTh);
  if (result.findings.length > SHOWN_FINDINGS) listed.push(`… และอีก ${result.findings.length - SHOWN_FINDINGS} รายการ`);
  if (result.errors > 0 || !config)
    return refuse(
      `พบข้อผิดพลาด ${result.errors} รายการ`,
      `พบข้อผิดพลาด ${result.errors} รายการ และคำเตือน ${result.warnings} รายการ แก้ไขแล้วสั่งใหม่\n\n${listed.join('\n')}`,
    );
  if (typeof Docs === 'undefined' || !Docs?.Documents)
    return refuse(
      'ยังไม่ได้เปิดใช้บริการ Google Docs API',
      'สคริปต์ยังไม่ได้เปิดใช้บริการ Google Docs API: ในหน้าแก้ไข Apps Script กด บริการ (+) เลือก Google Docs API แล้วกด เพิ่ม',
    );
  const model = buildPlanModel(result, config);
  const [year, month, day, hour, minute] = Utilities.formatDate(new Date(), spreadsheetTimeZone(ss), 'yyyy-M-d-H-m')
    .split('-')
    .map(Number);
  const stamp = generatedStamp({ year, month, day, hour, minute });
  const name = applyDigitStyle(`${model.title} ปีงบประมาณ ${model.fiscalYear} (สร้างเมื่อ ${stamp})`, model.digitStyle);
  const footerText = applyDigitStyle(
    `${model.title} ปีงบประมาณ ${model.fiscalYear} · สร้างเมื่อ ${stamp}`,
    model.digitStyle,
  );
  // No continuation as the report has: past a Doc's size or one execution's budget (upper estimates), it is
  // refused before anything is made, not killed at 6 minutes without a word.
  const requests = buildPlanDocsRequests(model, { footerText });
  const chars = requests.stats.characters;
  const tooLarge =
    chars > DOCS_MAX_CHARACTERS
      ? tooLongForDocsTh(chars, (n) => applyDigitStyle(n.toLocaleString('en-US'), model.digitStyle), 'เอกสารมาตรการ')
      : !fitsNow(planSegments(requests), clock) &&
        'เอกสารมาตรการนี้ยาวเกินกว่าจะเขียนเสร็จใน ๖ นาทีที่ Apps Script ให้ทำงานได้ต่อครั้ง จึงยังไม่ได้สร้างเอกสาร';
  if (tooLarge) return refuse(tooLarge, `${tooLarge} โปรดใช้โปรแกรมบนเครื่อง (ita-report plan) สร้างเป็นไฟล์ .docx`);

  // The chart first: if the Charts service fails, nothing has been made.
  let blob: GoogleAppsScript.Base.Blob;
  try {
    blob = withRetry(() => chartBlob(model.chart));
  } catch (e) {
    record.fail(`วาดแผนภูมิไม่ได้: ${errorMessage(e)}`);
    ui.alert(
      'สร้างเอกสารมาตรการไม่สำเร็จ',
      `วาดแผนภูมิคะแนนไม่ได้ (${errorMessage(e)}) ยังไม่ได้สร้างเอกสาร ลองสั่งอีกครั้งในอีกสักครู่`,
      ui.ButtonSet.OK,
    );
    return;
  }
  const lock = LockService.getUserLock();
  if (!lock.tryLock(1000)) return refuse(REPORT_BUSY_TH);
  try {
    writePlan({
      ss,
      documents: Docs.Documents,
      model,
      requests,
      blob,
      name,
      footerText,
      config,
      record,
      warningsListed: listed,
    });
  } finally {
    lock.releaseLock();
  }
}

interface PlanJob {
  ss: Spreadsheet;
  documents: GoogleAppsScript.Docs.Collection.DocumentsCollection;
  model: PlanModel;
  requests: ReturnType<typeof buildPlanDocsRequests>;
  blob: GoogleAppsScript.Base.Blob;
  name: string;
  footerText: string;
  /** Folder, template, OIT code and sharing, as for the report. */
  config: Pick<Config, 'reportFolder' | 'reportTemplate' | 'oitCode' | 'shareWithLink'>;
  record: RunRecord;
  /** The findings (warnings only, by now) as listed lines, for the done alert. */
  warningsListed: string[];
}

function writePlan(job: PlanJob): void {
  const { ss, documents, model, blob, name, footerText, record, warningsListed } = job;
  const { reportFolder: folder, reportTemplate: template, oitCode, shareWithLink: share } = job.config;
  const ui = SpreadsheetApp.getUi();
  const d = (n: number) => applyDigitStyle(String(n), model.digitStyle);
  const journal = new ReportJournal(PropertiesService.getUserProperties());
  // A report going on in the background has its unfinished Doc in the same journal: it is not a leftover.
  const continuing = continuationInTheWay(Date.now(), true);
  const recovery = journal.recover(Date.now(), continuing?.docId);
  const leftovers = leftoversTh(recovery.discarded, recovery.stuck, d);
  const fail = (text: string) => {
    record.fail(text);
    ui.alert('สร้างเอกสารมาตรการไม่สำเร็จ', leftovers ? `${text}\n\n${leftovers}` : text, ui.ButtonSet.OK);
  };
  let entry: ReturnType<ReportJournal['begin']>;
  try {
    entry = journal.begin(inProgressName(name, Utilities.getUuid().slice(0, 8)), name, Date.now());
  } catch (e) {
    fail(`บันทึกสถานะการสร้างเอกสารไม่ได้ จึงยังไม่ได้สร้างเอกสาร: ${errorMessage(e)}`);
    return;
  }
  // A blank Doc, or (for page numbers) a copy of the report's template, as the report does.
  let started: StartedDocument;
  try {
    started = startDocument(documents, template, entry, journal);
  } catch (e) {
    if (e instanceof TemplateError && (!e.docId || discardDocument(e.docId, name))) journal.settle(entry);
    fail(e instanceof TemplateError ? e.message : `สร้างเอกสาร Google Doc ไม่ได้: ${errorMessage(e)}\nลองสั่งอีกครั้งในอีกสักครู่`);
    return;
  }
  const { docId, revisionId, footerId } = started;
  try {
    writeBatches(
      footerId ? buildPlanDocsRequests(model, { footerText, footerExists: true }) : job.requests,
      { revisionId, footerId },
      docsCalls(documents, docId),
    );
    const chart = model.blocks.find((b) => b.kind === 'chart');
    if (chart && !withRetry(() => placeChart(docId, blob, chart.widthPt, chart.heightPt)))
      throw new Error('ไม่พบตำแหน่งของแผนภูมิในเอกสาร');
  } catch (e) {
    const trashed = discardDocument(docId, name);
    if (trashed) journal.settle(entry);
    fail(`${stoppedPartWayTh(errorMessage(e), trashed, docId, true)}\nลองสั่งอีกครั้งในอีกสักครู่`);
    return;
  }
  const placement = placeDocument(ss, docId, folder);
  const finalName = freeName(docId, name, oitCode, model.digitStyle); // two plans of one minute told apart
  let renamed = true;
  try {
    withRetry(() => DriveApp.getFileById(docId).setName(finalName));
  } catch {
    renamed = false;
  }
  if (renamed) journal.settle(entry);
  else journal.forget(entry);
  const published = publishReport(docId, finalName, oitCode, share);
  const notes = [
    placement.note,
    renamed ? undefined : 'เขียนเอกสารครบแล้ว แต่ตั้งชื่อเอกสารไม่ได้ โปรดเปลี่ยนชื่อเอง',
    ...published.notes,
    leftovers,
  ].filter((n): n is string => Boolean(n));
  record.docUrl = docUrl(docId);
  record.pdfUrl = published.pdfUrl ?? '';
  record.succeed(notes);
  const s = model.stats;
  const lines = [
    `Google Doc: ${docUrl(docId)}`,
    published.pdfUrl ? `PDF: ${published.pdfUrl}` : '',
    `ตัวชี้วัดที่ต่ำกว่าเป้าหมาย ${d(s.belowTarget.length)} ตัว · ประเด็น ${d(s.issues)} · มาตรการ ${d(s.measures)} · ${d(s.rows)} แถว`,
    placement.folderName ? `เก็บไว้ในโฟลเดอร์ "${placement.folderName}"` : '',
    ...notes,
    ...(warningsListed.length ? ['', 'คำเตือน (ไม่ขัดขวางการสร้างเอกสาร):', ...warningsListed] : []),
  ].filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''));
  ui.alert('สร้างเอกสารมาตรการเสร็จแล้ว', lines.join('\n'), ui.ButtonSet.OK);
}
