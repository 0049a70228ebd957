/**
 * The journal of report Docs a run has started but not settled, so that a run stopped at any point (the
 * 6-minute limit kills a run without running any catch block) is repaired by the next one.
 *
 * Each entry is written before the Doc is created, under a unique in-progress name (report-naming.ts), and
 * gets the Doc's id as soon as Drive or Docs returns it. The next run finds a leftover by that id, or, when
 * the run stopped before the id was recorded, by the unique name (DriveApp.getFilesByName: an exact match).
 * A Doc still under its in-progress name is unfinished: it is trashed and renamed as failed. A Doc with any
 * other name was finished (its rename to the real name is the last write) and is left alone.
 *
 * The journal is in the user's properties: a Doc a run creates is in that user's Drive, so only that user's
 * next run can trash it. The caller holds the user lock while it uses the journal, so a run never takes
 * another live run's Doc for a leftover (Apps Script releases a lock when the execution ends, killed or not).
 */
import { FAILED_PREFIX } from '../render/report-naming';

type File = GoogleAppsScript.Drive.File;

const KEY = 'ita.reportDocsInProgress';
/** Drive's search can lag behind a new file: an entry whose Doc is not found is kept this long. */
const KEEP_UNFOUND_MS = 24 * 3600 * 1000;

export interface JournalEntry {
  /** The unique in-progress name the Doc is created under. */
  draft: string;
  /** The real report name (for the failed name). */
  title: string;
  id?: string;
  /** Also look for the draft name: a create was retried, so a stray copy may exist besides `id`. */
  search?: boolean;
  at: number;
}

export interface Recovery {
  /** Leftover Docs trashed and renamed as failed by this run. */
  discarded: number;
  /** Leftover Docs that could not be trashed (ids, or draft names when no id is known). */
  stuck: string[];
}

export class ReportJournal {
  private entries: JournalEntry[];

  constructor(private readonly props: GoogleAppsScript.Properties.Properties) {
    this.entries = parse(props.getProperty(KEY));
  }

  /**
   * Trashes (and renames as failed) every Doc an earlier run left unfinished; forgets the settled entries.
   * `live`: the Doc of a report still being written by follow-up executions (report-continue.ts), not a leftover.
   */
  recover(now: number, live?: string): Recovery {
    const result: Recovery = { discarded: 0, stuck: [] };
    if (this.entries.length === 0) return result;
    const kept = this.entries.filter((entry) => {
      if (live && entry.id === live) return true;
      const files = leftovers(entry);
      let stuck = false;
      for (const file of files) {
        try {
          if (file.getName() !== entry.draft && !file.getName().startsWith(FAILED_PREFIX)) continue; // finished
          if (discardFile(file, entry.title)) result.discarded++;
        } catch {
          stuck = true;
          result.stuck.push(entry.id ?? entry.draft);
        }
      }
      return stuck || (files.length === 0 && now - entry.at < KEEP_UNFOUND_MS);
    });
    if (kept.length !== this.entries.length) this.trySave(kept);
    return result;
  }

  /** Before the Doc is created: from here on a stop at any point leaves a Doc the next run finds. */
  begin(draft: string, title: string, now: number): JournalEntry {
    const entry: JournalEntry = { draft, title, at: now };
    this.save([...this.entries, entry]);
    return entry;
  }

  /** Right after Drive or Docs returned the new Doc's id. */
  created(entry: JournalEntry, id: string, retried: boolean): void {
    entry.id = id;
    if (retried) entry.search = true;
    this.trySave(this.entries); // if lost, the entry without the id still finds the Doc by its unique name
  }

  /**
   * The Doc is in its final state: renamed as the report, or discarded. A retried create may have left a
   * stray under the draft name: the entry then stays, without the id, for the next run to look for it.
   */
  settle(entry: JournalEntry): void {
    if (entry.search) {
      delete entry.id;
      this.trySave(this.entries);
    } else {
      this.trySave(this.entries.filter((e) => e !== entry));
    }
  }

  /** The entry of the Doc with this id (a report continued in a later execution finds its entry so). */
  find(id: string): JournalEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** Drops the entry whatever the Doc's state: it is finished but could not be named (never a leftover). */
  forget(entry: JournalEntry): void {
    this.trySave(this.entries.filter((e) => e !== entry));
  }

  /**
   * For every write but begin's: a write lost here leaves an entry the next run settles (its Doc is then
   * found discarded or finished, and the entry forgotten), so it must not fail a report that is fine.
   */
  private trySave(entries: JournalEntry[]): void {
    try {
      this.save(entries);
    } catch {
      this.entries = entries;
    }
  }

  private save(entries: JournalEntry[]): void {
    this.entries = entries;
    if (entries.length === 0) this.props.deleteProperty(KEY);
    else this.props.setProperty(KEY, JSON.stringify(entries));
  }
}

/**
 * Trashes a Doc and renames it as failed; true when it was not already both. Trashed first: a stop between
 * the two leaves it trashed under its draft name, which the next run completes.
 */
export function discardFile(file: File, title: string): boolean {
  let changed = false;
  if (!file.isTrashed()) {
    file.setTrashed(true);
    changed = true;
  }
  if (!file.getName().startsWith(FAILED_PREFIX)) {
    file.setName(`${FAILED_PREFIX} ${title}`);
    changed = true;
  }
  return changed;
}

/** discardFile by the Doc's id; true when it is trashed and renamed now (false when Drive refuses). */
export function discardDocument(docId: string, name: string): boolean {
  try {
    discardFile(DriveApp.getFileById(docId), name);
    return true;
  } catch {
    return false;
  }
}

/** The entry's Doc by id, and by its unique draft name when the id is unknown or a stray may exist. */
function leftovers(entry: JournalEntry): File[] {
  const files: File[] = [];
  if (entry.id) {
    try {
      files.push(DriveApp.getFileById(entry.id));
    } catch {
      // deleted for good, or not reachable now: kept for a while (see recover)
    }
  }
  if (!entry.id || entry.search) {
    try {
      const found = DriveApp.getFilesByName(entry.draft);
      while (found.hasNext()) {
        const file = found.next();
        if (file.getId() !== entry.id) files.push(file);
      }
    } catch {
      // Drive search failed: the entry is looked at again next time
    }
  }
  return files;
}

/** A damaged value is dropped (nothing can be found from it) rather than stopping every report. */
function parse(text: string | null): JournalEntry[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (e): e is JournalEntry =>
        e !== null &&
        typeof e === 'object' &&
        typeof e.draft === 'string' &&
        typeof e.title === 'string' &&
        typeof e.at === 'number',
    );
  } catch {
    return [];
  }
}
