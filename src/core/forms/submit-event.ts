/**
 * What the spreadsheet's form-submit event carries (e.namedValues: header → [display text], e.values: the
 * row's display texts in column order), read without a call: whether the row is a progress answer, its
 * answers by question, and where its timestamp is. The event's texts are Sheets' display of the row, so
 * they stand for the form's answers only once compared with them (sameAnswerTexts); an edited response's
 * event holds '' for every answer not changed, which that comparison catches too.
 */
import { TIMESTAMP_HEADERS } from '../layout';
import { normaliseHeader } from '../workbook';
import type { RawAnswer } from './answer';
import { QUESTIONS } from './questions';

export type NamedValues = Record<string, readonly unknown[] | undefined>;

/** The event's headers, as a header row for responseColumns / looksLikeProgressSheet (order is not used). */
export function namedHeader(named: NamedValues): string[] {
  return Object.keys(named);
}

/** The answer by question: the first non-blank value of the columns titled like it (as rawFromLine). */
export function rawFromNamedValues(named: NamedValues): RawAnswer {
  const byTitle = new Map<string, unknown[]>();
  for (const [title, values] of Object.entries(named)) {
    const key = normaliseHeader(title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), ...(values ?? [])]);
  }
  const raw: RawAnswer = {};
  for (const q of QUESTIONS)
    raw[q.key] = (byTitle.get(normaliseHeader(q.title)) ?? []).map(text).find((v) => v.trim() !== '') ?? '';
  return raw;
}

/**
 * The 0-based position of the timestamp in e.values (found by its text, named under a timestamp header),
 * or -1 when the event does not show one (an edit whose event left it out, a malformed event).
 */
export function timestampIndex(named: NamedValues, values: readonly unknown[]): number {
  const stamps = TIMESTAMP_HEADERS.map(normaliseHeader);
  const titles = Object.keys(named).filter((t) => stamps.includes(normaliseHeader(t)));
  if (titles.length !== 1) return -1;
  const stamp = text((named[titles[0]] ?? [])[0]);
  if (stamp.trim() === '') return -1;
  const at = values.findIndex((v) => text(v) === stamp);
  return at !== -1 && values.findIndex((v, i) => i > at && text(v) === stamp) === -1 ? at : -1;
}

/** An answer's text as the form path reads it (FormResponse items: a list joined with ", "). */
export function answerText(value: unknown): string {
  return Array.isArray(value) ? value.map(text).join(', ') : text(value);
}

/** The non-blank answer texts of a raw answer, sorted: what the form's item responses are compared with. */
export function answerTexts(raw: RawAnswer): string[] {
  return QUESTIONS.map((q) => answerText(raw[q.key]))
    .filter((t) => t.trim() !== '')
    .sort();
}

/**
 * True when the form's answers (every answered item's text, in any order) are exactly the event's: then the
 * event's answer by question is the form's, and the ledger line is the one the form's per-question getters
 * give. Any difference (a number Sheets reformatted, an edit's blanks, a question staff added) is false.
 */
export function sameAnswerTexts(eventRaw: RawAnswer, formTexts: readonly unknown[]): boolean {
  const ours = answerTexts(eventRaw);
  const theirs = formTexts
    .map(answerText)
    .filter((t) => t.trim() !== '')
    .sort();
  return ours.length === theirs.length && ours.every((t, i) => t === theirs[i]);
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
