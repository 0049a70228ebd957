/**
 * Which form response a submitted row is: its id (the ledger's key), edit link and timestamp, found among
 * the responses submitted or edited since just before the row's timestamp (Form.getResponses(timestamp)),
 * never by position.
 *
 * - From the event (identifyFromEvent): the responses of that second, each compared with the event's
 *   answers through getItemResponses (one call, then one getResponse per answer). Used only when exactly
 *   response has the same timestamp and the same answer texts: the ledger line is then the one the
 *   per-question path gives. Cost: getFormUrl, openByUrl, getResponses, and per response of that second
 *   getTimestamp, getItemResponses and one getResponse per answer; getId, getEditResponseUrl once.
 * - From the row (identifyRow, as before): the form's items by title and every answer of each recent
 *   response, matched with matchTab (an edited response, a number Sheets reformatted, two alike).
 */
import type { RawAnswer } from '../core/forms/answer';
import type { AnswerSource } from '../core/forms/ledger';
import { matchTab } from '../core/forms/match';
import { sameAnswerTexts } from '../core/forms/submit-event';
import { openSheetForm, responseSources } from './form-responses';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How far before the row's timestamp the form's responses are read (the sheet may round to seconds). */
export const LOOK_BACK_MS = 2_000;
/** A response's timestamp and the row's may differ by the sheet's rounding: within a second is the same. */
const SAME_SECOND_MS = 1_000;

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** The response a fresh submission's row is, from the event's answers; undefined when none is certain. */
export function identifyFromEvent(
  sheet: Sheet,
  name: string,
  row: number,
  stamp: Date,
  raw: RawAnswer,
  recorded: (responseId: string) => boolean,
): AnswerSource | undefined {
  let url: string | null;
  let form: GoogleAppsScript.Forms.Form;
  try {
    url = sheet.getFormUrl();
    if (!url) return undefined;
    form = FormApp.openByUrl(url);
  } catch {
    return undefined; // identifyRow says why, for the log
  }
  const second = (t: { getTime(): number }) => Math.floor(t.getTime() / 1000) * 1000;
  const same = form
    .getResponses(new Date(stamp.getTime() - LOOK_BACK_MS))
    .map((response) => ({ response, timestamp: response.getTimestamp() }))
    .map((c) => ({ ...c, apart: Math.abs(second(c.timestamp) - second(stamp)) }))
    .filter((c) => c.apart <= SAME_SECOND_MS)
    .filter((c) => sameAnswerTexts(raw, answerTextsOf(c.response)))
    .sort((a, b) => a.apart - b.apart);
  if (same.length === 0) return undefined;
  // Responses alike in time and every answer (sent twice within a second) are told apart only by their ids:
  // the nearest not in the ledger yet is this row's, so each is recorded once.
  const ids = same.map((c) => c.response.getId());
  const pick =
    same.length === 1
      ? 0
      : Math.max(
          0,
          ids.findIndex((id) => !recorded(id)),
        );
  const { response, timestamp } = same[pick];
  return { responseId: ids[pick], sheet: name, row, timestamp, raw, editUrl: response.getEditResponseUrl() };
}

/** Every answered item's answer (one getItemResponses call, then one getResponse per answer). */
function answerTextsOf(response: GoogleAppsScript.Forms.FormResponse): unknown[] {
  return response.getItemResponses().map((item) => item.getResponse());
}

/**
 * The row as its form response (id, edit link, the form's answers) when found; else as it is (content key).
 * `recorded` tells the responses the ledger holds: of responses the row could be by time (a number the sheet
 * shows otherwise) or by time and every answer (twins), one not recorded yet, so each is recorded once.
 */
export function identifyRow(sheet: Sheet, tab: AnswerSource, recorded: (responseId: string) => boolean): AnswerSource {
  const reader = openSheetForm(sheet);
  if ('problem' in reader) {
    console.warn(`onFormSubmit: ${reader.problem}; the answer is kept by its content (run reconcileResponses later).`);
    return tab;
  }
  const stamp = tab.timestamp;
  const since = isDate(stamp) && !Number.isNaN(stamp.getTime()) ? new Date(stamp.getTime() - LOOK_BACK_MS) : undefined;
  // Responses the ledger holds last: a new submission is none of them, and an edited one matches by its answers.
  const fresh: AnswerSource[] = [];
  const held: AnswerSource[] = [];
  for (const s of responseSources(reader, tab.sheet, since)) (recorded(s.responseId) ? held : fresh).push(s);
  const sources = [...fresh, ...held];
  const match = matchTab([tab], sources);
  const found = match.responses.find((r) => r.row === tab.row);
  if (found) return found;
  console.warn(`onFormSubmit: row ${tab.row} of "${tab.sheet}" matches no form response; kept by its content.`);
  return tab;
}
