/**
 * The report's writing half (report.ts validates and builds the model): a new Doc, or a copy of the template,
 * written in this execution or continued in later ones, then completed (report-complete.ts).
 */
import type { ReportModel } from '../core/report-model';
import { applyDigitStyle } from '../core/thai';
import { buildDocsRequests } from '../render/docs-requests';
import { writeBatches } from '../render/docs-write';
import { docsCalls } from './docs-calls';
import { leftoversTh, stoppedPartWayTh } from '../render/report-messages';
import { inProgressName } from '../render/report-naming';
import { docsFont, fontReplacedTh } from '../render/docs-fonts';
import { errorMessage } from './error-message';
import { docUrl, reportFolder, showDone } from './report-finish';
import { completeReport } from './report-complete';
import {
  continuationInTheWay,
  ExecutionClock,
  fitsNow,
  percentWritten,
  startContinuation,
  stillContinuingMessage,
  NEXT_DELAY_MS,
} from './report-continue';
import { continuesInBackgroundTh } from './report-continue-messages';
import { planSegments } from '../render/docs-continue';
import { discardDocument, ReportJournal, type JournalEntry } from './report-journal';
import { TemplateError, type StartedDocument } from './report-template';
import { startDocument } from './start-document';
import type { ShareMode } from '../core/schemas';
import { RunRecord } from './report-history';
import { spreadsheetTimeZone } from './time-zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Documents = GoogleAppsScript.Docs.Collection.DocumentsCollection;

export interface ReportJob {
  ss: Spreadsheet;
  documents: Documents;
  model: ReportModel;
  plan: ReturnType<typeof buildDocsRequests>;
  name: string;
  footerText: string;
  templateText: string;
  folder: string;
  warnings: number;
  /** [publish] The history line, the PDF's OIT code and what to share with anyone who has the link. */
  record: RunRecord;
  oitCode: string;
  share: ShareMode;
  /** For a report continued in later executions: this execution's clock, and what the history line needs. */
  clock: ExecutionClock;
  startedAt: number;
  errors: number;
  round: string;
  rows: number;
  /** Said with the outcome of a report finished in this execution (the forms' catch-up skipped …). */
  notes?: readonly (string | undefined)[];
}

/**
 * Writes the report into a new Doc (an earlier report is never touched). Safe to stop at any point: the Doc
 * keeps a unique in-progress name, recorded in the journal before it exists, until every write has landed;
 * the next run trashes whatever an earlier one left unfinished and says so.
 */
export function writeReport(job: ReportJob): void {
  const { ss, documents, model, name, footerText, record } = job;
  const ui = SpreadsheetApp.getUi();
  const d = (n: number) => applyDigitStyle(String(n), model.digitStyle);
  // Under the lock: a continuation going on is waited for; a dead one is abandoned (its Doc is then a leftover).
  const continuing = continuationInTheWay(Date.now(), true);
  if (continuing) {
    const message = stillContinuingMessage(continuing, spreadsheetTimeZone(ss));
    record.fail(message);
    ui.alert('ยังสร้างรายงานไม่ได้', message, ui.ButtonSet.OK);
    return;
  }
  const journal = new ReportJournal(PropertiesService.getUserProperties());
  const recovery = journal.recover(Date.now());
  const leftovers = leftoversTh(recovery.discarded, recovery.stuck, d);
  const withLeftovers = (text: string) => (leftovers ? `${text}\n\n${leftovers}` : text);
  const failed = (text: string, alert: string) => {
    record.fail(text);
    ui.alert('สร้างรายงานไม่สำเร็จ', withLeftovers(alert), ui.ButtonSet.OK);
  };
  const again = '\nลองสั่งสร้างรายงานอีกครั้งในอีกสักครู่';

  let entry: JournalEntry;
  try {
    entry = journal.begin(inProgressName(name, Utilities.getUuid().slice(0, 8)), name, Date.now());
  } catch (e) {
    // Without the journal entry a stop part-way could not be repaired: create nothing.
    const text = `บันทึกสถานะการสร้างรายงานไม่ได้: ${errorMessage(e)}`;
    return failed(text, `บันทึกสถานะการสร้างรายงานไม่ได้ จึงยังไม่ได้สร้างเอกสาร: ${errorMessage(e)}${again}`);
  }
  let started: StartedDocument;
  try {
    started = startDocument(documents, job.templateText, entry, journal);
  } catch (e) {
    if (e instanceof TemplateError) {
      // No copy (the link is wrong), or the copy is trashed now: either way nothing is left to find.
      if (!e.docId || discardDocument(e.docId, name)) journal.settle(entry);
      return failed(e.message, e.message);
    }
    // The create may have landed unseen: the entry stays, and the next run looks for its name.
    const text = `สร้างเอกสาร Google Doc ไม่ได้: ${errorMessage(e)}`;
    return failed(text, text + again);
  }
  const { docId } = started;
  // The template's footer (its page number) is kept: the footer line goes above it.
  const plan = started.footerId ? buildDocsRequests(model, { footerText, footerExists: true }) : job.plan;

  const segments = planSegments(plan);
  let continuation: ReturnType<typeof startContinuation>;
  try {
    if (fitsNow(segments, job.clock)) {
      // The plan's batches then the footer, each split in two if the API refuses it as too large or times out.
      writeBatches(plan, { revisionId: started.revisionId, footerId: started.footerId }, docsCalls(documents, docId));
    } else {
      // Too much for what this execution has left: what fits now, the rest in follow-up executions.
      const folder = reportFolder(ss, job.folder).folder ?? DriveApp.getRootFolder();
      continuation = startContinuation({
        documents,
        docId,
        entry,
        name,
        revisionId: started.revisionId,
        footerId: started.footerId,
        segments,
        folder,
        startedAt: job.startedAt,
        clock: job.clock,
        finish: {
          spreadsheetId: ss.getId(),
          folder: job.folder,
          oitCode: job.oitCode,
          share: job.share,
          warnings: job.warnings,
          errors: job.errors,
          rows: job.rows,
          round: job.round,
          digitStyle: model.digitStyle,
        },
      });
    }
  } catch (e) {
    const trashed = discardDocument(docId, name);
    if (trashed) journal.settle(entry);
    const text = stoppedPartWayTh(errorMessage(e), trashed, docId, true);
    return failed(text, `${text}${again} หากยังไม่สำเร็จ โปรดส่งข้อความนี้ให้ผู้ดูแลระบบ`);
  }

  if (continuation) {
    // The Doc keeps its in-progress name; the last follow-up execution completes it and writes the outcome.
    const message = continuesInBackgroundTh(
      d(percentWritten(continuation, segments)),
      d(Math.round(NEXT_DELAY_MS / 60_000)),
    );
    record.docUrl = docUrl(docId);
    record.continuing(message.split('\n')[0]);
    // Now, not after the alert: the script waits while it is open and keeps no lock, so the follow-ups may
    // run (even finish) before it is dismissed; their outcome line must come after this one.
    record.write(ss, spreadsheetTimeZone(ss));
    ui.alert('กำลังสร้างรายงานต่อเบื้องหลัง', withLeftovers(message), ui.ButtonSet.OK);
    return;
  }
  const completed = completeReport(
    ss,
    { docId, name, folder: job.folder, oitCode: job.oitCode, share: job.share, digitStyle: model.digitStyle },
    journal,
    entry,
    record,
    [fontNote(model.font), leftovers, ...(job.notes ?? [])],
  );
  const { placement, published, notes } = completed;
  showDone(
    model,
    docId,
    completed.name,
    job.warnings,
    placement.folderName,
    notes,
    Boolean(started.footerId),
    published,
  );
}

/** A configured Thai office font Google Docs lacks: the Doc is set in its Google Fonts design, and staff are told. */
function fontNote(typed: string): string | undefined {
  const { font, replaced } = docsFont(typed);
  return replaced ? fontReplacedTh(typed.trim(), font) : undefined;
}
