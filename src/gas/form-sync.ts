/**
 * Menu "สร้าง/ปรับปรุงแบบฟอร์มรายงานผล" (syncForms): creates the progress form, or repairs the one this
 * spreadsheet already has, refreshes its dropdowns from the units and measures sheets, links its
 * responses to this spreadsheet and installs the onFormSubmit trigger once. Run it again after units
 * or rows change: the form, its responses and the trigger stay the same.
 */
import { SHEET } from '../core/layout';
import { parseWorkbook } from '../core/parse';
import {
  FORM_CONFIRMATION,
  FORM_DESCRIPTION,
  QUESTIONS,
  STATUS_CHOICES,
  formTitle,
  roundChoices,
  rowLabels,
  unitLabel,
  type QuestionKey,
  type QuestionSpec,
} from '../core/forms/questions';
import { normaliseHeader, type WorkbookData } from '../core/workbook';
import { ensureLedgerSheet, sheetValues } from './form-ledger';
import { ensureSurveySheet } from './form-sheets';
import { escapeHtml } from '../core/html';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

/** Document properties: the form's id, and each question's item id (so a renamed question is found again). */
export const FORM_ID_PROPERTY = 'ITA_PROGRESS_FORM_ID';
export const ITEM_IDS_PROPERTY = 'ITA_PROGRESS_FORM_ITEMS';
/** The global the installable trigger calls (src/main.ts). */
export const SUBMIT_HANDLER = 'onFormSubmit';

export interface FormSyncResult {
  ok: boolean;
  /** Why nothing was done, when ok is false. */
  problem?: string;
  formId?: string;
  publishedUrl?: string;
  editUrl?: string;
  created: boolean;
  /** What was done, in Thai, for the dialog. */
  actions: string[];
  rows: number;
  units: number;
}

/** Menu entry: does the work, then shows what happened with the form's links. */
export function syncProgressFormIn(ss: Spreadsheet): FormSyncResult {
  const result = ensureProgressForm(ss);
  showResult(result);
  return result;
}

function itemType(kind: QuestionSpec['kind']): GoogleAppsScript.Forms.ItemType {
  return kind === 'list'
    ? FormApp.ItemType.LIST
    : kind === 'paragraph'
      ? FormApp.ItemType.PARAGRAPH_TEXT
      : FormApp.ItemType.TEXT;
}

/** The stored form when it still exists (not deleted, not in the trash), else null. */
export function openStoredForm(id: string | null): Form | null {
  if (!id) return null;
  let form: Form;
  try {
    form = FormApp.openById(id);
  } catch {
    return null; // deleted for good, or no longer shared with this user
  }
  try {
    if (DriveApp.getFileById(id).isTrashed()) return null;
  } catch {
    // Drive cannot tell: the form opened, so use it.
  }
  return form;
}

/**
 * The form sends its answers to another spreadsheet that still exists (not in the trash): it is that workbook's
 * form, and linking it here would cut that workbook off. A destination Drive cannot open counts as another's.
 */
export function answersAnotherWorkbook(form: Form, ss: Spreadsheet): boolean {
  let destination: string;
  try {
    destination = form.getDestinationId();
  } catch {
    return false; // no destination yet
  }
  if (destination === ss.getId()) return false;
  try {
    return !DriveApp.getFileById(destination).isTrashed();
  } catch {
    return true;
  }
}

export function ensureProgressForm(ss: Spreadsheet): FormSyncResult {
  const actions: string[] = [];
  const data: WorkbookData = {};
  for (const name of [SHEET.config, SHEET.units, SHEET.headings, SHEET.measures]) {
    const values = sheetValues(ss, name);
    if (values) data[name] = { values };
  }
  const workbook = parseWorkbook(data);
  const style = workbook.config?.digitStyle ?? 'thai';
  const units = workbook.units.map((u) => u.value);
  const rows = rowLabels(workbook, style);
  const base = { created: false, actions, rows: rows.length, units: units.length };
  if (units.length === 0 || rows.length === 0) {
    return {
      ...base,
      ok: false,
      problem:
        `ยังสร้างแบบฟอร์มไม่ได้: ต้องมีหน่วยงานในชีต "${SHEET.units}" และมาตรการในชีต "${SHEET.measures}" อย่างน้อยอย่างละ ๑ แถว ` +
        '(เรียกเมนู "ตรวจสอบข้อมูล" เพื่อดูแถวที่ยังไม่ครบ)',
    };
  }

  const props = PropertiesService.getDocumentProperties();
  const storedId = props.getProperty(FORM_ID_PROPERTY);
  let form = openStoredForm(storedId);
  // A copy of last year's workbook carries the script's stored form id: that form answers another workbook.
  const elsewhere = form !== null && answersAnotherWorkbook(form, ss);
  if (elsewhere) form = null;
  let created = false;
  if (!form) {
    form = FormApp.create(formTitle(workbook.config));
    form.setDescription(FORM_DESCRIPTION);
    form.setConfirmationMessage(FORM_CONFIRMATION);
    // Respondents may correct an answer: the edit replaces its ledger record (the same response id).
    form.setAllowResponseEdits(true);
    props.setProperty(FORM_ID_PROPERTY, form.getId());
    props.deleteProperty(ITEM_IDS_PROPERTY);
    created = true;
    actions.push(
      elsewhere
        ? 'แบบฟอร์มที่บันทึกไว้ส่งคำตอบเข้าสมุดงานอื่น (เช่น สมุดงานต้นฉบับที่คัดลอกมา) จึงไม่ย้ายมา และสร้างแบบฟอร์มใหม่สำหรับสมุดงานนี้ — ส่งลิงก์ใหม่ให้หน่วยงาน'
        : storedId
          ? 'ไม่พบแบบฟอร์มเดิม (ถูกลบหรือย้ายไปถังขยะ) จึงสร้างแบบฟอร์มใหม่ — คำตอบเก่ายังอยู่ในชีตคำตอบเดิม และยังถูกนำเข้ารายงาน; ส่งลิงก์ใหม่ให้หน่วยงาน'
          : 'สร้างแบบฟอร์มรายงานผลใหม่',
    );
  }

  const choices: Partial<Record<QuestionKey, string[]>> = {
    unit: units.map(unitLabel),
    row: rows.map((r) => r.label),
    round: roundChoices(style),
    status: [...STATUS_CHOICES],
  };
  ensureItems(form, props, choices, actions, created);

  // Responses land in this spreadsheet ("การตอบแบบฟอร์ม N"): set it only when it is not already so,
  // since each setDestination makes a new responses sheet.
  let linked = false;
  try {
    linked = form.getDestinationId() === ss.getId();
  } catch {
    linked = false; // no destination yet
  }
  if (!linked) {
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    actions.push(
      'ตั้งให้คำตอบของแบบฟอร์มเข้ามาในสมุดงานนี้ (ชีต "การตอบแบบฟอร์ม …" เป็นสำเนาของคำตอบ: เรียงลำดับหรือกรองได้ แต่อย่าแก้คำตอบในชีตนั้น)',
    );
  }

  if (ensureSubmitTrigger(ss)) actions.push('ติดตั้งทริกเกอร์บันทึกคำตอบอัตโนมัติ (onFormSubmit)');
  if (ensureLedgerSheet(ss).created) actions.push(`สร้างชีต "${SHEET.ledger}" (ผลจากแบบฟอร์มที่ตรวจแล้ว)`);
  if (ensureSurveySheet(ss)) actions.push(`สร้างชีต "${SHEET.surveys}" (เชื่อมแบบประเมินกับแถวมาตรการ)`);

  return {
    ...base,
    ok: true,
    created,
    formId: form.getId(),
    publishedUrl: form.getPublishedUrl(),
    editUrl: form.getEditUrl(),
  };
}

/**
 * Finds each question by its stored item id, else by title and type; creates what is missing and
 * puts back the title, help text, required flag and choices. Choices are replaced wholesale
 * (setChoiceValues): responses already given are kept by Forms and in the responses sheet.
 */
function ensureItems(
  form: Form,
  props: GoogleAppsScript.Properties.Properties,
  choices: Partial<Record<QuestionKey, string[]>>,
  actions: string[],
  created: boolean,
): void {
  let stored: Partial<Record<QuestionKey, number>> = {};
  try {
    stored = JSON.parse(props.getProperty(ITEM_IDS_PROPERTY) ?? '{}') as Partial<Record<QuestionKey, number>>;
  } catch {
    stored = {};
  }
  const items = form.getItems();
  const info = items.map((item) => ({
    item,
    id: item.getId(),
    title: normaliseHeader(item.getTitle()),
    type: String(item.getType()),
  }));
  const used = new Set<number>();
  const ids: Partial<Record<QuestionKey, number>> = {};
  const added: string[] = [];
  const repaired: string[] = [];
  for (const spec of QUESTIONS) {
    const type = String(itemType(spec.kind));
    const found =
      info.find((i) => i.id === stored[spec.key] && i.type === type && !used.has(i.id)) ??
      info.find((i) => i.title === normaliseHeader(spec.title) && i.type === type && !used.has(i.id));
    let question: Question;
    if (found) {
      question = typed(found.item, spec.kind);
      if (found.title !== normaliseHeader(spec.title)) repaired.push(spec.title);
    } else {
      question = addItem(form, spec.kind);
      if (!created) added.push(spec.title);
    }
    const id = found ? found.id : question.getId();
    used.add(id);
    ids[spec.key] = id;
    configure(question, spec, choices[spec.key]);
  }
  props.setProperty(ITEM_IDS_PROPERTY, JSON.stringify(ids));
  if (added.length > 0) actions.push(`เพิ่มคำถาม ${added.map((t) => `"${t}"`).join(', ')}`);
  if (repaired.length > 0)
    actions.push(`คืนชื่อคำถาม ${repaired.map((t) => `"${t}"`).join(', ')} (ชื่อคำถามใช้จับคู่คอลัมน์ในชีตคำตอบ)`);
  if (!created) actions.push('ปรับรายการหน่วยงาน มาตรการ/ค่าเป้าหมาย รอบ และสถานะ ให้ตรงกับสมุดงาน');
}

type Question =
  GoogleAppsScript.Forms.ListItem | GoogleAppsScript.Forms.ParagraphTextItem | GoogleAppsScript.Forms.TextItem;

/** A new question: form.addListItem() and the like already return the typed item. */
function addItem(form: Form, kind: QuestionSpec['kind']): Question {
  return kind === 'list' ? form.addListItem() : kind === 'paragraph' ? form.addParagraphTextItem() : form.addTextItem();
}

/** The typed view of a generic Item from getItems() (its type was checked before). */
function typed(item: Item, kind: QuestionSpec['kind']): Question {
  return kind === 'list' ? item.asListItem() : kind === 'paragraph' ? item.asParagraphTextItem() : item.asTextItem();
}

/** Title, help, required and choices of one question (a handful of calls). */
function configure(question: Question, spec: QuestionSpec, values: string[] | undefined): void {
  question.setTitle(spec.title);
  question.setHelpText(spec.help);
  question.setRequired(spec.required);
  if (spec.kind === 'list') (question as GoogleAppsScript.Forms.ListItem).setChoiceValues(values ?? []);
}

/** Installs the spreadsheet's onFormSubmit trigger unless it exists. True when it was installed. */
export function ensureSubmitTrigger(ss: Spreadsheet): boolean {
  const wanted = String(ScriptApp.EventType.ON_FORM_SUBMIT);
  const exists = ScriptApp.getProjectTriggers().some(
    (t) => t.getHandlerFunction() === SUBMIT_HANDLER && String(t.getEventType()) === wanted,
  );
  if (exists) return false;
  ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create();
  return true;
}

function showResult(result: FormSyncResult): void {
  const ui = SpreadsheetApp.getUi();
  if (!result.ok) {
    ui.alert('แบบฟอร์มรายงานผล', result.problem ?? 'ยังสร้างแบบฟอร์มไม่ได้', ui.ButtonSet.OK);
    return;
  }
  const link = (url: string | undefined, text: string) =>
    url ? `<p>${text}<br><a href="${escapeHtml(url)}" target="_blank">${escapeHtml(url)}</a></p>` : '';
  const html = HtmlService.createHtmlOutput(
    `<div style="font-family:Sarabun,sans-serif;font-size:14px;line-height:1.5">
<p><b>แบบฟอร์มรายงานผลพร้อมใช้</b> (หน่วยงาน ${result.units} หน่วย · มาตรการ/ค่าเป้าหมาย ${result.rows} แถว)</p>
<ul>${result.actions.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>
${link(result.publishedUrl, 'ลิงก์สำหรับหน่วยงานตอบแบบฟอร์ม (ส่งให้ผู้ประสานงานของแต่ละสำนัก/หน่วย):')}
${link(result.editUrl, 'ลิงก์แก้ไขแบบฟอร์ม (เฉพาะผู้ดูแล — อย่าเปลี่ยนชื่อคำถาม):')}
<p style="color:#555">เพิ่มหรือแก้หน่วยงาน/มาตรการแล้ว ให้เรียกเมนูนี้อีกครั้ง รายการในแบบฟอร์มจะปรับตาม โดยคำตอบเดิมไม่หาย</p>
</div>`,
  )
    .setWidth(560)
    .setHeight(380);
  ui.showModalDialog(html, 'แบบฟอร์มรายงานผล');
}
