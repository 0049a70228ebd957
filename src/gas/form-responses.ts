/**
 * A responses sheet's form, read through FormApp: the authoritative record of each answer (its id,
 * its edit link, the latest version of an edited response). The sheet names its form itself
 * (Sheet.getFormUrl()), so an old tab whose form was deleted or unlinked is told apart.
 *
 * Cost: getFormUrl, openByUrl, getItems and one getTitle per item per sheet; then getResponses (one
 * call) and, per response, getId, getTimestamp, getEditResponseUrl and per question one
 * getResponseForItem (+ getResponse when answered): Forms has no batch getter, so reading every
 * response grows with them (see README, forms bench).
 */
import type { AnswerSource } from '../core/forms/ledger';
import type { RawAnswer } from '../core/forms/answer';
import { QUESTIONS, questionColumns, type QuestionKey } from '../core/forms/questions';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

export interface SheetForm {
  form: Form;
  /** The form's items of each question (found by title, as the sheet's columns are). */
  items: Partial<Record<QuestionKey, Item[]>>;
}

/** The form a responses sheet mirrors, or why it cannot be read (Thai, for staff). */
export function openSheetForm(sheet: Sheet): SheetForm | { problem: string } {
  let url: string | null;
  try {
    url = sheet.getFormUrl();
  } catch {
    url = null;
  }
  if (!url) return { problem: 'ไม่มีแบบฟอร์มเชื่อมกับชีตนี้แล้ว (แบบฟอร์มถูกลบ หรือเลิกส่งคำตอบมาที่ชีตนี้)' };
  let form: Form;
  try {
    form = FormApp.openByUrl(url);
  } catch {
    return { problem: 'เปิดแบบฟอร์มของชีตนี้ไม่ได้ (ถูกลบ หรือไม่ได้แชร์ให้ผู้ใช้นี้)' };
  }
  const all = form.getItems();
  const columns = questionColumns(all.map((i) => i.getTitle()));
  if (columns.unit === undefined || columns.row === undefined)
    return { problem: 'แบบฟอร์มของชีตนี้ไม่มีคำถามหน่วยงานหรือมาตรการแล้ว (ชื่อคำถามถูกเปลี่ยน)' };
  const items: Partial<Record<QuestionKey, Item[]>> = {};
  for (const q of QUESTIONS) items[q.key] = (columns[q.key] ?? []).map((i) => all[i]);
  return { form, items };
}

/**
 * The form's responses as answer sources (all of them, or those submitted or edited since `since`).
 * `sheet` is the responses sheet's name (for staff); the tab row is filled in by matching.
 */
export function responseSources(reader: SheetForm, sheet: string, since?: Date): AnswerSource[] {
  const responses = since ? reader.form.getResponses(since) : reader.form.getResponses();
  return responses.map((response) => {
    const raw: RawAnswer = {};
    for (const q of QUESTIONS) {
      raw[q.key] = '';
      for (const item of reader.items[q.key] ?? []) {
        const answer = response.getResponseForItem(item);
        const value = answer ? answer.getResponse() : '';
        const text = Array.isArray(value) ? value.join(', ') : String(value ?? '');
        if (text.trim() !== '') {
          raw[q.key] = text;
          break;
        }
      }
    }
    return {
      responseId: response.getId(),
      sheet,
      row: 0,
      timestamp: response.getTimestamp(),
      raw,
      editUrl: response.getEditResponseUrl(),
    };
  });
}
