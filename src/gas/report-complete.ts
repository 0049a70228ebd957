/**
 * The last steps of a report whose every batch is in its Doc, whether it took one execution or several:
 * filed in its folder, given its real name (the last write: only now does it look like a report), the journal
 * settled, then its PDF and sharing, and the history line's links. Nothing here fails the report.
 */
import { IN_PROGRESS_PREFIX, pdfName } from '../render/report-naming';
import { applyDigitStyle, type DigitStyle } from '../core/thai';
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
  /** The name the Doc was given: the report's, with " (2)" when its folder already holds one so named. */
  name: string;
}

export interface CompleteJob {
  docId: string;
  name: string;
  folder: string;
  oitCode: string;
  share: ShareMode;
  digitStyle: DigitStyle;
}

export function completeReport(
  ss: Spreadsheet | undefined,
  job: CompleteJob,
  journal: ReportJournal,
  entry: JournalEntry | undefined,
  record: RunRecord,
  extraNotes: readonly (string | undefined)[] = [],
): Completion {
  const { docId } = job;
  const placement = placeDocument(ss, docId, job.folder);
  // Two reports in the same minute share the stamp in their name: the later one is told apart in the folder.
  const name = freeName(docId, job.name, job.oitCode, job.digitStyle);
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
  return { placement, published, notes, name };
}

/**
 * The report's name, or "<name> (2)", "(3)" … when another file of the Doc's folder (not in the trash) has that
 * name or its PDF's: an assessor or the website's editor must not face two files of one name. Best effort.
 */
export function freeName(docId: string, name: string, oitCode: string, digits: DigitStyle): string {
  try {
    const parents = DriveApp.getFileById(docId).getParents();
    const folder = parents.hasNext() ? parents.next() : DriveApp.getRootFolder();
    const taken = (n: string) => {
      const files = folder.getFilesByName(n);
      while (files.hasNext()) {
        const file = files.next();
        if (file.getId() !== docId && !file.isTrashed()) return true;
      }
      return false;
    };
    for (let k = 1; k < 100; k++) {
      const candidate = k === 1 ? name : `${name} (${applyDigitStyle(String(k), digits)})`;
      if (!taken(candidate) && !taken(pdfName(candidate, oitCode))) return candidate;
    }
  } catch {
    // Drive's search failed: the plain name, as before
  }
  return name;
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
