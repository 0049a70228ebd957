/**
 * [publish] After a report Doc is complete: its PDF (Drive's own PDF export of the Doc) saved beside it under
 * the same name, then "anyone with the link can view" on the PDF (and the Doc) when the config asks for it.
 * Neither step can fail the report: each problem becomes a Thai note for the done dialog and the history.
 */
import type { ShareMode } from '../core/schemas';
import { pdfName } from '../render/report-naming';
import { errorMessage } from './error-message';

type File = GoogleAppsScript.Drive.File;

export interface Published {
  pdfId?: string;
  pdfUrl?: string;
  pdfName: string;
  /** Files set to anyone-with-the-link: 'PDF', 'Google Doc'. */
  shared: string[];
  notes: string[];
}

/** What to ask the Workspace admin when link sharing is refused (Drive's sharing settings in the Admin console). */
export function sharingRefusedTh(what: string, detail: string): string {
  return (
    `ตั้งค่า ${what} ให้ "ทุกคนที่มีลิงก์ดูได้" ไม่ได้ (${detail}) — Google Workspace ของหน่วยงานน่าจะไม่อนุญาตให้แชร์ไฟล์ออกนอกองค์กร ` +
    'ขอให้ผู้ดูแลระบบ (admin) เปิดการแชร์ภายนอกสำหรับบัญชีนี้ที่ คอนโซลผู้ดูแลระบบ > แอป > Google Workspace > ไดรฟ์และเอกสาร > ' +
    'การตั้งค่าการแชร์ หรือแชร์ไฟล์เองใน Google Drive หรืออัปโหลดไฟล์ PDF ขึ้นเว็บไซต์หน่วยงานโดยตรง ' +
    'ไฟล์รายงานสร้างครบแล้ว เพียงยังไม่ได้เปิดให้ทุกคนที่มีลิงก์ดู'
  );
}

/** Makes the PDF of a finished Doc and shares what the config asks. One export and one create, the blob named first. */
export function publishReport(docId: string, docName: string, oitCode: string, share: ShareMode): Published {
  const name = pdfName(docName, oitCode);
  const out: Published = { pdfName: name, shared: [], notes: [] };
  let pdf: File | undefined;
  try {
    const doc = DriveApp.getFileById(docId);
    const parents = doc.getParents();
    const folder = parents.hasNext() ? parents.next() : DriveApp.getRootFolder();
    // A new file each time (createFile never replaces one), made under its final name (getAs names the blob
    // "<Doc name>.pdf"): a run cut short right after leaves no PDF without its OIT code.
    pdf = folder.createFile(doc.getAs(MimeType.PDF).setName(name));
    out.pdfId = pdf.getId();
    out.pdfUrl = pdf.getUrl();
  } catch (e) {
    out.notes.push(`สร้างไฟล์ PDF ไม่ได้ (${errorMessage(e)}) — เปิดรายงานแล้วเลือก ไฟล์ > ดาวน์โหลด > PDF แทนได้`);
  }
  if (share === 'none') return out;
  const refused: string[] = [];
  let detail = '';
  const shareWithLink = (what: string, file: () => File) => {
    try {
      file().setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
      out.shared.push(what);
    } catch (e) {
      refused.push(what);
      detail = errorMessage(e);
    }
  };
  if (pdf) shareWithLink('PDF', () => pdf);
  if (share === 'both') shareWithLink('Google Doc', () => DriveApp.getFileById(docId));
  // One note for both files: the domain's policy refuses them alike.
  if (refused.length > 0) out.notes.push(sharingRefusedTh(refused.join(' และ '), detail));
  return out;
}
