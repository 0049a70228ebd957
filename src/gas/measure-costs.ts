/**
 * The global `measureServiceCosts`: times, on the real spreadsheet, what the cost model (src/core/cost-model.ts)
 * only assumes — a handle call, a bulk read's own cost, a cell read, a cell written — and prints the figures
 * beside the model's ranges, so that the bench's estimates can be corrected from one run on a Google account.
 * Run it from the Apps Script editor (Run ▸ measureServiceCosts) or the menu; it takes about 10–30 s.
 *
 * It works on a scratch sheet of its own (PROBE_SHEET), never on the data: made at the start, deleted at the
 * end. A run cut short leaves the scratch sheet, which the next run deletes first.
 */
import {
  costsFromTimings,
  describeFormsTiming,
  describeMeasuredCosts,
  type CostTimings,
  type FormsTiming,
} from '../core/cost-measure';
import { FORM_ID_PROPERTY, openStoredForm } from './form-sync';
import { notify } from './forms';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PROBE_SHEET = '_ita_cost_probe';
const ROWS = 2000;
const COLUMNS = 10;
const CALLS = 40;
const SMALL_READS = 20;
/** Responses whose getters are timed (of the progress form's, when it has any). */
const SAMPLED_RESPONSES = 20;

export function measureServiceCosts(): string[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const leftover = ss.getSheetByName(PROBE_SHEET);
  if (leftover) ss.deleteSheet(leftover);
  const sheet = ss.insertSheet(PROBE_SHEET);
  try {
    sheet.hideSheet();
    const timings = timeCalls(sheet);
    const lines = describeMeasuredCosts(costsFromTimings(timings));
    const forms = timeFormsRead();
    const formsLine = forms && describeFormsTiming(forms);
    if (formsLine) lines.push(formsLine);
    for (const l of lines) console.log(`measureServiceCosts: ${l}`);
    notify(
      ss,
      'วัดเวลาเรียกบริการของ Google',
      `ผลการวัดบนสเปรดชีตนี้ (เทียบกับแบบจำลองใน src/core/cost-model.ts):\n${lines.join('\n')}`,
    );
    return lines;
  } finally {
    ss.deleteSheet(sheet);
  }
}

/** The timings, on the scratch sheet: each measured with Date.now() around the calls alone. */
function timeCalls(sheet: Sheet): CostTimings {
  if (sheet.getMaxRows() < ROWS) sheet.insertRowsAfter(sheet.getMaxRows(), ROWS - sheet.getMaxRows());
  if (sheet.getMaxColumns() < COLUMNS) sheet.insertColumnsAfter(sheet.getMaxColumns(), COLUMNS - sheet.getMaxColumns());
  const values = Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLUMNS }, (_, c) => `r${r}c${c}`));
  const time = (fn: () => void) => {
    const t0 = Date.now();
    fn();
    return Date.now() - t0;
  };
  const writeMs = time(() => {
    sheet.getRange(1, 1, ROWS, COLUMNS).setValues(values);
    SpreadsheetApp.flush(); // writes are sent in batches: the flush is when they cost
  });
  const callsMs = time(() => {
    for (let i = 0; i < CALLS; i++) {
      if (i % 2 === 0) sheet.getLastRow();
      else sheet.getMaxColumns();
    }
  });
  // A different cell each time, so that no read is served from what the previous one fetched.
  const smallReadsMs = time(() => {
    for (let i = 0; i < SMALL_READS; i++) sheet.getRange(1 + i * 97, 1 + (i % COLUMNS), 1, 1).getValues();
  });
  const bigReadMs = time(() => sheet.getRange(1, 1, ROWS, COLUMNS).getValues());
  return {
    calls: CALLS,
    callsMs,
    smallReads: SMALL_READS,
    smallReadsMs,
    cells: ROWS * COLUMNS,
    bigReadMs,
    writeMs,
  };
}

/**
 * The progress form's responses read as a reconcile reads them (getResponses, then per response its id, time,
 * edit link and one getResponseForItem and getResponse per question), on SAMPLED_RESPONSES of them; undefined
 * when the workbook has no progress form or it cannot be opened (form-sync.ts's openStoredForm). Reads only.
 */
function timeFormsRead(): FormsTiming | undefined {
  const form = openStoredForm(PropertiesService.getDocumentProperties().getProperty(FORM_ID_PROPERTY));
  if (!form) return undefined;
  const items = form.getItems();
  const t0 = Date.now();
  const responses = form.getResponses();
  const getResponsesMs = Date.now() - t0;
  const sample = responses.slice(-SAMPLED_RESPONSES);
  let getters = 0;
  const t1 = Date.now();
  for (const response of sample) {
    response.getId();
    response.getTimestamp();
    response.getEditResponseUrl();
    getters += 3;
    for (const item of items) {
      const answer = response.getResponseForItem(item);
      getters++;
      if (answer) {
        answer.getResponse();
        getters++;
      }
    }
  }
  return { responses: responses.length, getResponsesMs, sampled: sample.length, getters, gettersMs: Date.now() - t1 };
}
