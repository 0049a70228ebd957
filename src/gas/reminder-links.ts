/**
 * [progress] The form links in the reminders, pre-filled with the unit (and the row when only one is missing):
 * form.createResponse(), item.asListItem().createResponse(choice), withItemResponse(), toPrefilledUrl() — the
 * documented way; nothing is submitted. The items are found by the ids syncForms stored. A choice the form no
 * longer offers (createResponse throws) drops that pre-fill; no form at all gives '' (the e-mail says to ask).
 */
import type { UnitProgress } from '../core/progress';
import { answersAnotherWorkbook, FORM_ID_PROPERTY, ITEM_IDS_PROPERTY } from './form-sync';

type Form = GoogleAppsScript.Forms.Form;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type ListItem = GoogleAppsScript.Forms.ListItem;

/**
 * Thai, when the stored form sends its answers to another workbook (this one copied from it, to start a new year,
 * before syncForms gave it a form of its own): its links would take every answer there. '' otherwise.
 */
export function formElsewhereProblem(ss: Spreadsheet): string {
  const id = PropertiesService.getDocumentProperties().getProperty(FORM_ID_PROPERTY);
  if (!id) return '';
  let elsewhere = false;
  try {
    elsewhere = answersAnotherWorkbook(FormApp.openById(id), ss);
  } catch {
    return ''; // no form: the e-mails say to ask for the link
  }
  return elsewhere
    ? 'แบบฟอร์มรายงานผลที่บันทึกไว้ส่งคำตอบเข้าสมุดงานอื่น (เช่น สมุดงานปีก่อนที่คัดลอกมา) ลิงก์ในอีเมลจะพาหน่วยงานไปตอบลงสมุดงานนั้น ' +
        'จึงยังไม่ส่ง — เรียกเมนู "สร้าง/ปรับปรุงแบบฟอร์มรายงานผล" เพื่อสร้างแบบฟอร์มของสมุดงานนี้ แล้วสั่งส่งอีกครั้ง'
    : '';
}

function openForm(): { form: Form; unit: ListItem | null; row: ListItem | null } | null {
  const props = PropertiesService.getDocumentProperties();
  const id = props.getProperty(FORM_ID_PROPERTY);
  if (!id) return null;
  let form: Form;
  try {
    form = FormApp.openById(id);
  } catch {
    return null; // deleted, or not shared with this account
  }
  let ids: { unit?: number; row?: number } = {};
  try {
    ids = JSON.parse(props.getProperty(ITEM_IDS_PROPERTY) ?? '{}') as { unit?: number; row?: number };
  } catch {
    ids = {};
  }
  const item = (itemId: number | undefined): ListItem | null => {
    if (itemId === undefined) return null;
    try {
      return form.getItemById(itemId)?.asListItem() ?? null;
    } catch {
      return null;
    }
  };
  return { form, unit: item(ids.unit), row: item(ids.row) };
}

/** Per unit code, its link ('' when the form cannot be opened). One createResponse per unit; the form is opened once. */
export function prefilledLinks(units: readonly UnitProgress[]): Map<string, string> {
  const out = new Map<string, string>();
  if (units.length === 0) return out;
  const opened = openForm();
  if (!opened) return out;
  const published = (() => {
    try {
      return opened.form.getPublishedUrl();
    } catch {
      return '';
    }
  })();
  for (const u of units) {
    try {
      let response = opened.form.createResponse();
      let filled = 0;
      const add = (item: ListItem | null, choice: string) => {
        if (!item) return;
        try {
          response = response.withItemResponse(item.createResponse(choice));
          filled++;
        } catch {
          // Not a choice of the form any more (units or rows changed since syncForms): left for the unit to pick.
        }
      };
      add(opened.unit, u.choice);
      if (u.missing.length === 1) add(opened.row, u.missing[0].label);
      out.set(u.code, filled > 0 ? response.toPrefilledUrl() : published);
    } catch (error) {
      console.warn(`reminders: no pre-filled link for ${u.code}`, error);
      out.set(u.code, published);
    }
  }
  return out;
}
