import { SHEET } from '../core/layout';
import { buildReportModel, type ReportModel } from '../core/report-model';
import { applyDigitStyle } from '../core/thai';
import { folderIdFrom } from '../core/drive-ids';
import { buildDocsRequests, DOCS_MAX_CHARACTERS, footerIdFromReplies } from '../render/docs-requests';
import { stoppedPartWayTh, tooLongForDocsTh } from '../render/report-messages';
import { FAILED_PREFIX, reportLabels } from '../render/report-naming';
import { copyTemplate, TemplateError, type StartedDocument } from './report-template';
import { runValidation } from './validate';
import { LockBusyError } from './document-lock';
import { loadContributions } from './forms'; // [forms]

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Folder = GoogleAppsScript.Drive.Folder;
/** The request types of @types/google-apps-script are older than the API: send googleapis' docs_v1 shapes. */
type BatchRequest = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest;
type BatchResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;

const MAX_ATTEMPTS = 6;
const FIRST_BACKOFF_MS = 1000;

/**
 * Menu "สร้างรายงาน (Google Doc)": validates, then writes a new Google Doc (never overwriting an earlier one)
 * in a constant number of Docs calls: create, the body batch(es), the footer.
 */
export function generateReportFromSheet(): void {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();

  let result: ReturnType<typeof runValidation>;
  try {
    result = runValidation(ss);
  } catch (e) {
    if (!(e instanceof LockBusyError)) throw e;
    ui.alert('ยังสร้างรายงานไม่ได้', e.message, ui.ButtonSet.OK); // another run holds the lock: nothing was made
    return;
  }
  const config = result.workbook.config;
  if (result.errors > 0 || !config) {
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
  const model = buildReportModel(result.workbook, config, loadContributions(ss, result.workbook, config));
  const [year, month, day, hour, minute] = Utilities.formatDate(new Date(), timeZone(ss), 'yyyy-M-d-H-m').split('-').map(Number);
  const { title: name, footerText } = reportLabels(model, { year, month, day, hour, minute });
  let plan = buildDocsRequests(model, { footerText });
  if (plan.stats.characters > DOCS_MAX_CHARACTERS) {
    const d = (n: number) => applyDigitStyle(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','), model.digitStyle);
    ui.alert(
      'รายงานยาวเกินกว่าที่ Google Docs รับได้',
      `${tooLongForDocsTh(plan.stats.characters, d)} โปรดย่อข้อความผลการดำเนินงาน หรือใช้โปรแกรมบนเครื่อง (ita-report) สร้างเป็นไฟล์ .docx`,
      ui.ButtonSet.OK,
    );
    return;
  }

  // Each run makes a new document (blank, or a copy of the template): an earlier report is never touched.
  let started: StartedDocument;
  try {
    started = config.reportTemplate.trim() ? copyTemplate(documents, config.reportTemplate, name, withRetry) : createBlank(documents, name);
  } catch (e) {
    if (e instanceof TemplateError) {
      if (e.docId) discardDocument(e.docId, name);
      ui.alert('สร้างรายงานไม่สำเร็จ', e.message, ui.ButtonSet.OK);
    } else {
      ui.alert('สร้างรายงานไม่สำเร็จ', `สร้างเอกสาร Google Doc ไม่ได้: ${errorMessage(e)}\nลองสั่งสร้างรายงานอีกครั้งในอีกสักครู่`, ui.ButtonSet.OK);
    }
    return;
  }
  const { docId } = started;
  let revisionId = started.revisionId;
  // The template's footer (its page number) is kept: the footer line goes above it.
  if (started.footerId) plan = buildDocsRequests(model, { footerText, footerExists: true });

  try {
    let footerId = started.footerId;
    plan.batches.forEach((requests, i) => {
      const response = sendBatch(documents, docId, requests, revisionId);
      revisionId = response.writeControl?.requiredRevisionId ?? undefined;
      if (i === 0 && plan.createsFooter) footerId = footerIdFromReplies(response.replies as never);
    });
    if (plan.hasFooter) {
      if (!footerId) throw new Error('createFooter returned no footerId');
      sendBatch(documents, docId, plan.footerRequests(footerId), revisionId);
    }
  } catch (e) {
    const trashed = discardDocument(docId, name);
    ui.alert(
      'สร้างรายงานไม่สำเร็จ',
      `${stoppedPartWayTh(errorMessage(e), trashed, docId)}\n` +
        'ลองสั่งสร้างรายงานอีกครั้งในอีกสักครู่ หากยังไม่สำเร็จ โปรดส่งข้อความนี้ให้ผู้ดูแลระบบ',
      ui.ButtonSet.OK,
    );
    return;
  }

  const placement = placeDocument(ss, docId, config.reportFolder);
  showDone(model, docId, name, result.warnings, placement, Boolean(started.footerId));
}

function createBlank(documents: GoogleAppsScript.Docs.Collection.DocumentsCollection, name: string): StartedDocument {
  const doc = withRetry(() => documents.create({ title: name }));
  if (!doc.documentId) throw new Error('Docs.Documents.create returned no documentId');
  return { docId: doc.documentId, revisionId: doc.revisionId ?? undefined };
}



/**
 * Errors worth retrying, as the API's usage-limits page says (429, and the transient 500 and 503).
 * Apps Script puts the status in the message only sometimes, so the usual texts are matched too.
 */
export function isRetryable(message: string): boolean {
  return (
    /\b(429|500|503)\b/.test(message) ||
    /rate limit|quota|too many requests|backend error|internal error|service (is currently )?unavailable|try again/i.test(message)
  );
}

/** Runs fn, retrying retryable errors with exponential back-off (1 s, 2 s, 4 s ... plus jitter). */
export function withRetry<T>(fn: () => T, attempts = MAX_ATTEMPTS): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return fn();
    } catch (e) {
      if (attempt >= attempts || !isRetryable(errorMessage(e))) throw e;
      Utilities.sleep(FIRST_BACKOFF_MS * 2 ** (attempt - 1) + Math.floor(Math.random() * 500));
    }
  }
}

/**
 * One batchUpdate, retried on transient errors. requiredRevisionId makes a retry safe: if a failed-looking
 * call had in fact been applied, the retry is refused (400) instead of writing the report twice.
 */
function sendBatch(
  documents: GoogleAppsScript.Docs.Collection.DocumentsCollection,
  docId: string,
  requests: unknown[],
  revisionId: string | undefined,
): BatchResponse {
  const resource = { requests, ...(revisionId ? { writeControl: { requiredRevisionId: revisionId } } : {}) } as BatchRequest;
  return withRetry(() => documents.batchUpdate(resource, docId));
}

/** Marks a half-written report as failed and trashes it. True when both worked. */
function discardDocument(docId: string, name: string): boolean {
  try {
    const file = DriveApp.getFileById(docId);
    file.setName(`${FAILED_PREFIX} ${name}`);
    file.setTrashed(true);
    return true;
  } catch {
    return false;
  }
}

interface Placement {
  folderName?: string;
  note?: string;
}

/** Moves the report into the configured folder, else beside the spreadsheet. Never fails the report. */
function placeDocument(ss: Spreadsheet, docId: string, configured: string): Placement {
  let note: string | undefined;
  let folder: Folder | undefined;
  const id = folderIdFrom(configured);
  if (configured.trim() !== '' && !id) note = `ค่า "โฟลเดอร์รายงาน" ในชีตตั้งค่าไม่ใช่ลิงก์หรือรหัสโฟลเดอร์ Google Drive`;
  if (id) {
    try {
      folder = DriveApp.getFolderById(id);
    } catch {
      note = 'เปิดโฟลเดอร์รายงานที่ตั้งค่าไว้ไม่ได้ (ไม่มีโฟลเดอร์นี้ หรือไม่มีสิทธิ์แก้ไข)';
    }
  }
  if (!folder) {
    try {
      const parents = DriveApp.getFileById(ss.getId()).getParents();
      if (parents.hasNext()) folder = parents.next();
    } catch {
      // the spreadsheet's folder is not readable: the report stays in My Drive
    }
  }
  if (!folder) return { note: note ? `${note} รายงานจึงอยู่ใน My Drive` : undefined };
  try {
    DriveApp.getFileById(docId).moveTo(folder);
    return { folderName: folder.getName(), note: note ? `${note} จึงเก็บรายงานไว้ข้างสมุดงานนี้แทน` : undefined };
  } catch (e) {
    return { note: `ย้ายรายงานเข้าโฟลเดอร์ไม่ได้ (${errorMessage(e)}) รายงานจึงอยู่ใน My Drive` };
  }
}

function showDone(model: ReportModel, docId: string, name: string, warnings: number, placement: Placement, fromTemplate: boolean): void {
  const url = `https://docs.google.com/document/d/${docId}/edit`;
  const d = (n: number) => applyDigitStyle(String(n), model.digitStyle);
  const { sections, issues, measures, rows } = model.stats;
  const warningLine =
    warnings > 0
      ? `<p style="color:#8a6d00">มีคำเตือน ${d(warnings)} รายการ (ไม่ขัดขวางการสร้างรายงาน) — ดูในชีต "${escapeHtml(SHEET.findings)}"</p>`
      : '<p>ไม่มีคำเตือน</p>';
  const html = HtmlService.createHtmlOutput(
    `<div style="font-family:Sarabun,sans-serif;font-size:14px;line-height:1.5">
<p><b>สร้างรายงานเสร็จแล้ว</b></p>
<p><a href="${escapeHtml(url)}" target="_blank">${escapeHtml(name)}</a></p>
<p>ตัวชี้วัด ${d(sections)} หัวข้อ · ประเด็น ${d(issues)} ประเด็น · มาตรการ ${d(measures)} มาตรการ · ${d(rows)} แถว</p>
${warningLine}
${placement.folderName ? `<p>เก็บไว้ในโฟลเดอร์ "${escapeHtml(placement.folderName)}"</p>` : ''}
${placement.note ? `<p style="color:#8a6d00">${escapeHtml(placement.note)}</p>` : ''}
${
  fromTemplate
    ? '<p>เลขหน้ามาจากเอกสารแม่แบบ</p>'
    : '<p style="color:#555">เลขหน้า: ใส่ลิงก์ "แม่แบบรายงาน (Google Doc)" ในชีตตั้งค่าเพื่อให้มีเลขหน้าทุกครั้ง หรือเปิดรายงานแล้วเลือก แทรก &gt; เลขหน้า</p>'
}
</div>`,
  )
    .setWidth(520)
    .setHeight(300);
  SpreadsheetApp.getUi().showModalDialog(html, 'สร้างรายงาน');
}

function timeZone(ss: Spreadsheet): string {
  try {
    return ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
  } catch {
    return 'Asia/Bangkok';
  }
}

/** Duck-typed: errors from another realm (Apps Script services, test fakes) fail instanceof Error. */
function errorMessage(e: unknown): string {
  const message = e !== null && typeof e === 'object' ? (e as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(e);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
