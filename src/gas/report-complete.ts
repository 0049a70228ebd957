/**
 * The last steps of a report whose every batch is in its Doc, whether it took one execution or several:
 * filed in its folder, given its real name (the last write: only now does it look like a report), the journal
 * settled, then its PDF and sharing, and the history line's links. Nothing here fails the report.
 */
import { IN_PROGRESS_PREFIX } from '../render/report-naming';
import { docUrl, placeDocument, type Placement } from './report-finish';
import type { ReportJournal, JournalEntry } from './report-journal';
import type { RunRecord } from './report-history';
import { publishReport, type Published } from './report-pdf';
import { withRetry } from './docs-calls';
import type { ShareMode } from '../core/schemas';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Completion {
  placement: Placement;
  published: Published;
  notes: (string | undefined)[];
}

export interface CompleteJob {
  docId: string;
  name: string;
  folder: string;
  oitCode: string;
  share: ShareMode;
}

export function completeReport(
  ss: Spreadsheet | undefined,
  job: CompleteJob,
  journal: ReportJournal,
  entry: JournalEntry | undefined,
  record: RunRecord,
  extraNotes: readonly (string | undefined)[] = [],
): Completion {
  const { docId, name } = job;
  const placement = placeDocument(ss, docId, job.folder);
  // The last write: only now does the Doc carry the report's name (the journal reads a finished Doc by it).
  const renamed = nameReport(docId, name);
  if (entry) {
    if (renamed) journal.settle(entry);
    else journal.forget(entry); // complete, under its in-progress name: never to be taken for a leftover
  }
  // [publish] Only now, the Doc complete: its PDF beside it, and sharing as configured. Neither fails the report.
  const published = publishReport(docId, name, job.oitCode, job.share);
  const notes = [
    placement.note,
    renamed
      ? undefined
      : `เขียนรายงานครบแล้ว แต่ตั้งชื่อเอกสารไม่ได้ เอกสารจึงยังมีชื่อขึ้นต้นด้วย "${IN_PROGRESS_PREFIX}" โปรดเปลี่ยนชื่อเอง`,
    ...published.notes,
    ...extraNotes,
  ];
  record.docUrl = docUrl(docId);
  record.pdfUrl = published.pdfUrl ?? '';
  record.succeed(notes);
  return { placement, published, notes };
}

/** Gives the finished Doc the report's name (retried: renaming twice is harmless). */
function nameReport(docId: string, name: string): boolean {
  try {
    withRetry(() => DriveApp.getFileById(docId).setName(name));
    return true;
  } catch {
    return false;
  }
}
