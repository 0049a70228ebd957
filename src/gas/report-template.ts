/**
 * Page numbers through a template. The Docs API cannot insert a page number (AutoText has no insert request),
 * but a Doc a person made in Docs can hold one: the report is then written into a Drive copy of that Doc,
 * whose body must be empty (the request builder's indexes start from an empty body).
 */
import { documentIdFrom } from '../core/drive-ids';
import { isBlankBody, TEMPLATE_NOT_BLANK_TH } from '../render/docs-template';
import { errorMessage } from './error-message';

type Documents = GoogleAppsScript.Docs.Collection.DocumentsCollection;

export interface StartedDocument {
  docId: string;
  revisionId?: string;
  /** The template's default footer, which already exists in the copy. */
  footerId?: string;
}

/** Thrown with a Thai message for staff; `docId` is the copy to discard, when one was made. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly docId?: string,
  ) {
    super(message);
  }
}

/**
 * Copies the template under `name` (the Doc's in-progress name) and returns the copy's id; throws
 * TemplateError when the link is not a Doc or cannot be opened (nothing was copied then).
 */
export function copyTemplate(templateText: string, name: string): string {
  const templateId = documentIdFrom(templateText);
  if (!templateId)
    throw new TemplateError(
      `ค่า "แม่แบบรายงาน (Google Doc)" ในชีตตั้งค่าไม่ใช่ลิงก์ Google Doc — วางลิงก์ของเอกสารแม่แบบ หรือเว้นว่างไว้`,
    );
  try {
    // Not retried: a copy is not idempotent, and a retry after a copy that did land would leave a stray one.
    return DriveApp.getFileById(templateId).makeCopy(name).getId();
  } catch {
    throw new TemplateError('เปิดเอกสารแม่แบบรายงานไม่ได้ (ไม่มีเอกสารนี้ หรือบัญชีนี้ไม่มีสิทธิ์ดู) — ตรวจลิงก์ในชีตตั้งค่า หรือเว้นว่างไว้');
  }
}

/** Reads the copy (one documents.get) and checks its body is empty; any failure is a TemplateError naming the copy. */
export function openCopy(documents: Documents, docId: string, retry: <T>(fn: () => T) => T): StartedDocument {
  let doc: GoogleAppsScript.Docs.Schema.Document;
  try {
    doc = retry(() => documents.get(docId));
  } catch (e) {
    throw new TemplateError(
      `เปิดสำเนาของเอกสารแม่แบบเพื่อเขียนรายงานไม่ได้: ${errorMessage(e)} — ลองสั่งสร้างรายงานอีกครั้งในอีกสักครู่`,
      docId,
    );
  }
  if (!isBlankBody(doc.body?.content ?? [])) throw new TemplateError(TEMPLATE_NOT_BLANK_TH, docId);
  return { docId, revisionId: doc.revisionId ?? undefined, footerId: doc.documentStyle?.defaultFooterId ?? undefined };
}
