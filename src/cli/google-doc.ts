/**
 * The CLI's Google path, part 3: writing the report as a Google Doc through the Docs API, and the Drive calls
 * around it (template copy, folder, discarding a half-written Doc). See google.ts.
 */
import { isBlankBody, TEMPLATE_NOT_BLANK_TH } from '../render/docs-template';
import { stoppedPartWayTh, tooLongForDocsTh } from '../render/report-messages';
import { FAILED_PREFIX } from '../render/report-naming';
import { google, type docs_v1, type drive_v3 } from './google-apis';
import {
  apiOptions,
  authorise,
  errorMessage,
  GoogleCliError,
  httpStatus,
  isRetryableError,
  isTimeout,
  SCOPES,
  withRetry,
  type GoogleOptions,
} from './google-auth';
import type { ReportModel } from '../core/report-model';
import { buildDocsRequests, DOCS_MAX_CHARACTERS } from '../render/docs-requests';
import { batchFailure } from '../render/docs-split';
import { bodyEndOf, footerTextOf, READ_FIELDS, writeBatchesAsync, type AsyncWriteCalls } from '../render/docs-write';

export interface GoogleDocOptions extends GoogleOptions {
  title: string;
  footerText: string;
  /** A Drive folder id (not a URL). Needs the drive scope. */
  folderId?: string;
  /** A template Doc id (its footer holds the page number): the report is written into a copy of it. Needs the drive scope. */
  templateId?: string;
}

export interface GoogleDocResult {
  documentId: string;
  url: string;
  /** Docs requests sent (body and footer). */
  requests: number;
  /** documents.batchUpdate calls that succeeded (retries not counted). */
  batchUpdateCalls: number;
  /** Set when the Doc was written but could not be moved into folderId (the Doc stays in My Drive). */
  note?: string;
}

/**
 * Writes the report as a new Google Doc: 1 documents.create and plan.stats.batchUpdateCalls batchUpdate calls
 * (2 for any report that fits in a Doc), plus 2 Drive calls with folderId. Never touches an earlier Doc.
 */
export async function createGoogleDoc(model: ReportModel, options: GoogleDocOptions): Promise<GoogleDocResult> {
  let plan = buildDocsRequests(model, { footerText: options.footerText });
  if (plan.stats.characters > DOCS_MAX_CHARACTERS) {
    throw new GoogleCliError(
      `${tooLongForDocsTh(plan.stats.characters, (n) => n.toLocaleString('en-US'))} — สร้างเป็นไฟล์ .docx แทน`,
      `The report has about ${plan.stats.characters} characters, more than a Google Doc holds (~${DOCS_MAX_CHARACTERS}); nothing was created.`,
    );
  }
  // drive.file reaches only files this program made: a folder or a template of the agency's needs drive.
  const scopes = [...SCOPES.write, ...(options.folderId || options.templateId ? SCOPES.folder : [])];
  const auth = await authorise(options, scopes);
  const docs = google.docs({ version: 'v1', ...apiOptions(options, auth) });
  const drive = google.drive({ version: 'v3', ...apiOptions(options, auth) });

  options.onProgress?.(`กำลังสร้าง Google Doc "${options.title}" …`);
  let documentId: string;
  let revisionId: string | undefined;
  let templateFooterId: string | undefined;
  try {
    if (options.templateId) {
      const started = await copyTemplate(docs, drive, options.templateId, options);
      ({ documentId, revisionId, footerId: templateFooterId } = started);
      // The template's footer (its page number) is kept: the footer line goes above it.
      if (templateFooterId) plan = buildDocsRequests(model, { footerText: options.footerText, footerExists: true });
    } else {
      const created = await withRetry(
        'documents.create',
        () => docs.documents.create({ requestBody: { title: options.title } }),
        options,
        false,
      );
      documentId = created.data.documentId ?? '';
      revisionId = created.data.revisionId ?? undefined;
    }
    if (!documentId) throw new Error('documents.create returned no documentId');
  } catch (e) {
    if (e instanceof GoogleCliError) throw e;
    throw new GoogleCliError(
      `สร้างเอกสาร Google Doc ไม่ได้: ${docsErrorDetail(e)} — ลองอีกครั้งในอีกสักครู่`,
      `Could not create the Google Doc: ${errorMessage(e)}`,
      { cause: e },
    );
  }

  let batchUpdateCalls = 0;
  let attempts = 0;
  // A timeout is not re-sent as it is: writeBatchesAsync reads the revision, then goes on or splits the batch.
  const retryable = (e: unknown) => isRetryableError(e, false) && !isTimeout(e);
  const calls: AsyncWriteCalls = {
    async send(requests, requiredRevisionId) {
      const requestBody: docs_v1.Schema$BatchUpdateDocumentRequest = {
        requests,
        ...(requiredRevisionId ? { writeControl: { requiredRevisionId } } : {}),
      };
      options.onProgress?.(`กำลังเขียนรายงาน: ${requests.length} คำขอ …`);
      attempts = 0;
      // requiredRevisionId makes the retry safe: a call that had in fact been applied is refused, not applied twice.
      const response = await withRetry(
        'documents.batchUpdate',
        () => {
          attempts++;
          return docs.documents.batchUpdate({ documentId, requestBody });
        },
        options,
        false,
        retryable,
      );
      return {
        replies: response.data.replies,
        revisionId: response.data.writeControl?.requiredRevisionId ?? undefined,
      };
    },
    async read() {
      options.onProgress?.('documents.batchUpdate หมดเวลา: กำลังอ่านรุ่นของเอกสารเพื่อดูว่าเขียนลงไปแล้วหรือไม่ …');
      const got = await withRetry(
        'documents.get',
        () => docs.documents.get({ documentId, fields: READ_FIELDS }),
        options,
        true,
      );
      const { revisionId: now, documentStyle, body, footers } = got.data;
      return {
        revisionId: now ?? undefined,
        footerId: documentStyle?.defaultFooterId ?? undefined,
        bodyEnd: bodyEndOf(body),
        footerText: footerTextOf(footers, documentStyle?.defaultFooterId),
      };
    },
    failure(e) {
      const kind = isTimeout(e) ? 'uncertain' : batchFailure(errorMessage(e), httpStatus(e), attempts > 1);
      if (kind !== 'fail')
        options.onProgress?.(
          `documents.batchUpdate: ${errorMessage(e)} — ${kind === 'too-large' ? 'แบ่งชุดคำขอเป็นสองส่วน' : 'กำลังตรวจสอบ'} …`,
        );
      return kind;
    },
  };

  try {
    ({ batchUpdateCalls } = await writeBatchesAsync(plan, { revisionId, footerId: templateFooterId }, calls));
  } catch (e) {
    const discarded = await discardDocument(drive, documentId, options);
    throw new GoogleCliError(
      `${stoppedPartWayTh(docsErrorDetail(e), discarded, documentId)} ลองสั่งใหม่ในอีกสักครู่`,
      `Writing the report into the Google Doc stopped part-way: ${errorMessage(e)}. ` +
        (discarded
          ? `The incomplete Doc ${documentId} was renamed "${FAILED_PREFIX} ..." and moved to the trash.`
          : `The incomplete Doc ${documentId} is still in Drive; delete it by hand.`),
      { cause: e },
    );
  }

  const note = options.folderId ? await moveToFolder(drive, documentId, options.folderId, options) : undefined;
  const result: GoogleDocResult = {
    documentId,
    url: `https://docs.google.com/document/d/${documentId}/edit`,
    requests: plan.stats.requests,
    batchUpdateCalls,
  };
  if (note) result.note = note;
  options.onProgress?.(`เขียน Google Doc แล้ว: ${result.url}`);
  return result;
}

/**
 * Copies the template Doc (files.copy, not retried: a copy is not idempotent) and reads the copy: its revision,
 * its footer, and whether its body is empty. A template that cannot be used, or a copy that cannot be read,
 * gives a GoogleCliError, and the copy is renamed as failed and trashed.
 */
async function copyTemplate(
  docs: docs_v1.Docs,
  drive: drive_v3.Drive,
  templateId: string,
  options: GoogleDocOptions,
): Promise<{ documentId: string; revisionId?: string; footerId?: string }> {
  let documentId: string;
  try {
    const copied = await drive.files.copy({ fileId: templateId, requestBody: { name: options.title }, fields: 'id' });
    documentId = copied.data.id ?? '';
  } catch (e) {
    throw new GoogleCliError(
      `เปิดเอกสารแม่แบบรายงานไม่ได้ (ไม่มีเอกสารนี้ หรือบัญชีนี้ไม่มีสิทธิ์ดู): ${docsErrorDetail(e)} — ตรวจลิงก์ "แม่แบบรายงาน (Google Doc)" ในชีตตั้งค่า`,
      `Could not copy the template Doc ${templateId}: ${errorMessage(e)}`,
      { cause: e },
    );
  }
  const got = await withRetry('documents.get', () => docs.documents.get({ documentId }), options, true).catch(
    async (e: unknown) => {
      // The copy exists under the report's title: discard it, so nothing that looks like a report is left.
      const discarded = await discardDocument(drive, documentId, options);
      throw new GoogleCliError(
        `เปิดสำเนาของเอกสารแม่แบบเพื่อเขียนรายงานไม่ได้: ${docsErrorDetail(e)} — ` +
          (discarded
            ? `สำเนาถูกเปลี่ยนชื่อขึ้นต้นด้วย "${FAILED_PREFIX}" และย้ายไปถังขยะแล้ว `
            : `สำเนา (รหัส ${documentId}) ยังอยู่ใน Google Drive โปรดลบเอง `) +
          'ลองสั่งใหม่ในอีกสักครู่',
        `Could not read the copy of the template (${documentId}): ${errorMessage(e)}. ` +
          (discarded
            ? `The copy was renamed "${FAILED_PREFIX} ..." and moved to the trash.`
            : 'The copy is still in Drive; delete it by hand.'),
        { cause: e },
      );
    },
  );
  if (!isBlankBody(got.data.body?.content ?? [])) {
    await discardDocument(drive, documentId, options);
    throw new GoogleCliError(
      TEMPLATE_NOT_BLANK_TH,
      `The template Doc ${templateId} has content in its body; it must be empty (footer only).`,
    );
  }
  return {
    documentId,
    revisionId: got.data.revisionId ?? undefined,
    footerId: got.data.documentStyle?.defaultFooterId ?? undefined,
  };
}

/** Marks a half-written report as failed and trashes it. True when that worked. */
async function discardDocument(drive: drive_v3.Drive, fileId: string, options: GoogleDocOptions): Promise<boolean> {
  try {
    await withRetry(
      'drive.files.update (discard)',
      () =>
        drive.files.update({
          fileId,
          supportsAllDrives: true,
          fields: 'id,name,trashed',
          requestBody: { name: `${FAILED_PREFIX} ${options.title}`, trashed: true },
        }),
      options,
      true,
    );
    return true;
  } catch {
    return false;
  }
}

/** Moves the Doc into the folder (a Drive file has one parent). Never fails the report: returns a note instead. */
async function moveToFolder(
  drive: drive_v3.Drive,
  fileId: string,
  folderId: string,
  options: GoogleDocOptions,
): Promise<string | undefined> {
  try {
    const file = await withRetry(
      'drive.files.get',
      () => drive.files.get({ fileId, fields: 'parents', supportsAllDrives: true }),
      options,
      true,
    );
    const removeParents = (file.data.parents ?? []).filter((p) => p !== folderId).join(',');
    await withRetry(
      'drive.files.update (move)',
      () =>
        drive.files.update({
          fileId,
          addParents: folderId,
          ...(removeParents ? { removeParents } : {}),
          supportsAllDrives: true,
          fields: 'id,parents',
        }),
      options,
      true,
    );
    return undefined;
  } catch (e) {
    return (
      `ย้ายรายงานเข้าโฟลเดอร์ "${folderId}" ไม่ได้ (${docsErrorDetail(e)}) รายงานจึงอยู่ใน My Drive ` +
      '(ต้องใช้สิทธิ์ drive และบัญชีต้องแก้ไขโฟลเดอร์นั้นได้) / ' +
      `Could not move the report into folder "${folderId}" (${errorMessage(e)}); it stays in My Drive.`
    );
  }
}

function docsErrorDetail(e: unknown): string {
  const status = httpStatus(e);
  const message = errorMessage(e);
  if (status === 401 || status === 403) return `ไม่มีสิทธิ์ (${status}): ${message}`;
  if (status === 429) return `ถูกจำกัดจำนวนครั้งการเรียก (429): ${message}`;
  return status ? `${message} (HTTP ${status})` : message;
}
