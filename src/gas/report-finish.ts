/**
 * A finished report: filed in the configured folder (else beside the spreadsheet), then shown in a dialog
 * with its link and any note for staff.
 */
import { SHEET } from '../core/layout';
import { folderIdFrom } from '../core/drive-ids';
import type { ReportModel } from '../core/report-model';
import { applyDigitStyle } from '../core/thai';
import { errorMessage } from './error-message';
import type { Published } from './report-pdf';
import { escapeHtml } from '../core/html';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Folder = GoogleAppsScript.Drive.Folder;

export interface Placement {
  folderName?: string;
  note?: string;
}

/**
 * Moves the report into the configured folder, else beside the spreadsheet. A configured folder this account
 * may only view opens but refuses the move: the report then goes beside the spreadsheet too. Never fails the report.
 */
export function placeDocument(ss: Spreadsheet | undefined, docId: string, configured: string): Placement {
  const { folder, note } = reportFolder(ss, configured);
  if (!folder) return { note: note ? `${note} รายงานจึงอยู่ใน My Drive` : undefined };
  try {
    DriveApp.getFileById(docId).moveTo(folder);
    return { folderName: folder.getName(), note: note ? `${note} จึงเก็บรายงานไว้ข้างสมุดงานนี้แทน` : undefined };
  } catch (e) {
    const refused = `ย้ายรายงานเข้าโฟลเดอร์ "${folder.getName()}" ไม่ได้ (${errorMessage(e)})`;
    const beside = !note && ss ? spreadsheetFolder(ss) : undefined;
    if (beside && beside.getId() !== folder.getId()) {
      try {
        DriveApp.getFileById(docId).moveTo(beside);
        return {
          folderName: beside.getName(),
          note: `${refused} — บัญชีนี้อาจมีสิทธิ์เพียงดูโฟลเดอร์นั้น โปรดขอสิทธิ์ผู้แก้ไขจากเจ้าของโฟลเดอร์ จึงเก็บรายงานไว้ข้างสมุดงานนี้แทน`,
        };
      } catch {
        // the spreadsheet's folder refuses it too: My Drive, below
      }
    }
    return { note: `${refused} รายงานจึงอยู่ใน My Drive` };
  }
}

/** The report's folder: the configured one, else the spreadsheet's; none when neither can be opened. */
export function reportFolder(ss: Spreadsheet | undefined, configured: string): { folder?: Folder; note?: string } {
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
  if (!folder && ss) folder = spreadsheetFolder(ss);
  return { folder, note };
}

/** The spreadsheet's folder; none when it is not readable (the report then stays in My Drive). */
function spreadsheetFolder(ss: Spreadsheet): Folder | undefined {
  try {
    const parents = DriveApp.getFileById(ss.getId()).getParents();
    return parents.hasNext() ? parents.next() : undefined;
  } catch {
    return undefined;
  }
}

/** The done dialog: the link, the counts, where it was filed, then each note (placement, naming, leftovers). */
export function showDone(
  model: ReportModel,
  docId: string,
  name: string,
  warnings: number,
  folderName: string | undefined,
  notes: readonly (string | undefined)[],
  fromTemplate: boolean,
  published?: Published,
): void {
  const url = docUrl(docId);
  const d = (n: number) => applyDigitStyle(String(n), model.digitStyle);
  const { sections, issues, measures, rows } = model.stats;
  const warningLine =
    warnings > 0
      ? `<p style="color:#8a6d00">มีคำเตือน ${d(warnings)} รายการ (ไม่ขัดขวางการสร้างรายงาน) — ดูในชีต "${escapeHtml(SHEET.findings)}"</p>`
      : '<p>ไม่มีคำเตือน</p>';
  const noteLines = notes
    .filter((n): n is string => Boolean(n))
    .map((n) => `<p style="color:#8a6d00">${escapeHtml(n).replace(/\n/g, '<br>')}</p>`);
  const html = HtmlService.createHtmlOutput(
    `<div style="font-family:Sarabun,sans-serif;font-size:14px;line-height:1.5">
<p><b>สร้างรายงานเสร็จแล้ว</b></p>
<p>Google Doc: <a href="${escapeHtml(url)}" target="_blank">${escapeHtml(name)}</a></p>
${pdfLines(published)}
<p>ตัวชี้วัด ${d(sections)} หัวข้อ · ประเด็น ${d(issues)} ประเด็น · มาตรการ ${d(measures)} มาตรการ · ${d(rows)} แถว</p>
${warningLine}
${folderName ? `<p>เก็บไว้ในโฟลเดอร์ "${escapeHtml(folderName)}"</p>` : ''}
${noteLines.join('\n')}
${
  fromTemplate
    ? '<p>เลขหน้ามาจากเอกสารแม่แบบ</p>'
    : '<p style="color:#555">เลขหน้า: ใส่ลิงก์ "แม่แบบรายงาน (Google Doc)" ในชีตตั้งค่าเพื่อให้มีเลขหน้าทุกครั้ง หรือเปิดรายงานแล้วเลือก แทรก &gt; เลขหน้า</p>'
}
</div>`,
  )
    .setWidth(520)
    .setHeight(360 + 60 * noteLines.length);
  SpreadsheetApp.getUi().showModalDialog(html, 'สร้างรายงาน');
}

export function docUrl(docId: string): string {
  return `https://docs.google.com/document/d/${docId}/edit`;
}

/** [publish] The PDF's link, and which files anyone with the link may view (the link to paste into ITAS). */
function pdfLines(published: Published | undefined): string {
  if (!published) return '';
  // With no PDF (its note says why) the Doc may still have been shared: staff must know it is open to anyone.
  const copy = published.pdfUrl ? 'คัดลอกลิงก์ PDF ไปวางในระบบ ITAS ได้เลย' : 'ใช้ลิงก์ของรายงานนี้แทนได้';
  const shared = published.shared.length
    ? `<p style="color:#1e6b2f">ทุกคนที่มีลิงก์ดูได้: ${escapeHtml(published.shared.join(' และ '))} — ${copy}</p>`
    : '';
  if (!published.pdfUrl) return shared;
  return `<p>PDF: <a href="${escapeHtml(published.pdfUrl)}" target="_blank">${escapeHtml(published.pdfName)}</a></p>
${shared}`;
}
