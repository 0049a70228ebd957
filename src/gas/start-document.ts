/**
 * The first write of a report or a measures plan: a blank Doc, or a copy of the template (for page numbers),
 * under the journal entry's in-progress name; the journal gets its id at once, so a stop right after still
 * leaves nothing the next run cannot find.
 */
import { withRetry } from './docs-calls';
import type { JournalEntry, ReportJournal } from './report-journal';
import { copyTemplate, openCopy, type StartedDocument } from './report-template';

type Documents = GoogleAppsScript.Docs.Collection.DocumentsCollection;

/** A blank Doc, or a copy of the template, under the entry's in-progress name; the journal gets its id at once. */
export function startDocument(
  documents: Documents,
  templateText: string,
  entry: JournalEntry,
  journal: ReportJournal,
): StartedDocument {
  if (templateText.trim()) {
    const copyId = copyTemplate(templateText, entry.draft);
    journal.created(entry, copyId, false);
    return openCopy(documents, copyId, withRetry);
  }
  let attempts = 0;
  const doc = withRetry(() => {
    attempts++;
    return documents.create({ title: entry.draft });
  });
  if (!doc.documentId) throw new Error('Docs.Documents.create returned no documentId');
  journal.created(entry, doc.documentId, attempts > 1);
  return { docId: doc.documentId, revisionId: doc.revisionId ?? undefined };
}
