/**
 * FormApp: forms, their questions, responses, and the responses sheet a destination spreadsheet
 * gets. A test submits with form._submit({ title: answer }, { email, timestamp }).
 */
import { Fake, gas, isDate, makeEnum } from './core';
import { FORM_MIME_TYPE } from './drive';
import { zoneOffsetMinutes } from './format';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { Workspace } from './workspace';

type GFormApp = GoogleAppsScript.Forms.FormApp;
type GForm = GoogleAppsScript.Forms.Form;
type GItem = GoogleAppsScript.Forms.Item;
type GItemResponse = GoogleAppsScript.Forms.ItemResponse;
type GFormResponse = GoogleAppsScript.Forms.FormResponse;
type GChoice = GoogleAppsScript.Forms.Choice;
type ItemType = GoogleAppsScript.Forms.ItemType;

/** The responses sheet's name and headers in a Thai-locale account. */
export const RESPONSES_SHEET_PREFIX = 'การตอบแบบฟอร์ม';
export const TIMESTAMP_HEADER = 'ประทับเวลา';
export const EMAIL_HEADER = 'ที่อยู่อีเมล';

export type ItemTypeName =
  | 'CHECKBOX'
  | 'DATE'
  | 'LIST'
  | 'MULTIPLE_CHOICE'
  | 'PAGE_BREAK'
  | 'PARAGRAPH_TEXT'
  | 'SCALE'
  | 'SECTION_HEADER'
  | 'TEXT';

const ITEM_TYPES = [
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
];

/** The Apps Script class of each item type's typed view (asListItem() ...). */
const VIEW_KIND: Record<ItemTypeName, string> = {
  CHECKBOX: 'CheckboxItem',
  DATE: 'DateItem',
  LIST: 'ListItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  PAGE_BREAK: 'PageBreakItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  SCALE: 'ScaleItem',
  SECTION_HEADER: 'SectionHeaderItem',
  TEXT: 'TextItem',
};

const QUESTION_TYPES = new Set<ItemTypeName>([
  'CHECKBOX',
  'DATE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PARAGRAPH_TEXT',
  'SCALE',
  'TEXT',
]);

export interface ItemData {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  lower: number;
  upper: number;
  leftLabel: string;
  rightLabel: string;
  includesYear: boolean;
}

export type Answer = string | string[];

export interface ResponseData {
  id: string;
  timestamp: Date;
  email: string;
  /** item id → answer (string, or string[] for checkboxes). */
  answers: Map<number, Answer>;
  /** Its row in the current destination's responses sheet, once written there. */
  row?: number;
}

interface Destination {
  spreadsheetId: string;
  sheet: FakeSheet;
  emailColumn: number | undefined;
  /** item id → column of the responses sheet. */
  columns: Map<number, number>;
}

// ---- items --------------------------------------------------------------------------------

/** Common to every item view: identity, title, help text. */
abstract class ItemView extends Fake {
  readonly _form: FakeForm;
  readonly _data: ItemData;

  constructor(form: FakeForm, kind: string, data: ItemData) {
    super(form._env, kind);
    this._form = form;
    this._data = data;
  }

  getId(): number {
    return this._data.id;
  }

  /** 0-based position in the form. */
  getIndex(): number {
    return this._form._items.indexOf(this._data);
  }

  getTitle(): string {
    return this._data.title;
  }

  setTitle(title: string): never {
    this._data.title = String(title);
    this._form._sync();
    return this as never;
  }

  getHelpText(): string {
    return this._data.helpText;
  }

  setHelpText(text: string): never {
    this._data.helpText = String(text);
    return this as never;
  }

  getType(): ItemType {
    return this._data.type as unknown as ItemType;
  }
}

/** A generic Item (what getItems() returns): cast it with asListItem() etc. */
export class FakeItem extends ItemView implements Partial<GItem> {
  constructor(form: FakeForm, data: ItemData) {
    super(form, 'Item', data);
  }

  _cast<T>(type: ItemTypeName): T {
    if (this._data.type !== type) throw this._env.exception(`Invalid conversion for item type: ${this._data.type}`);
    return this._form._typed(this._data) as T;
  }

  asListItem(): GoogleAppsScript.Forms.ListItem {
    return this._cast('LIST');
  }

  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this._cast('MULTIPLE_CHOICE');
  }

  asCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this._cast('CHECKBOX');
  }

  asTextItem(): GoogleAppsScript.Forms.TextItem {
    return this._cast('TEXT');
  }

  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this._cast('PARAGRAPH_TEXT');
  }

  asDateItem(): GoogleAppsScript.Forms.DateItem {
    return this._cast('DATE');
  }

  asScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this._cast('SCALE');
  }

  asSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this._cast('SECTION_HEADER');
  }

  asPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this._cast('PAGE_BREAK');
  }
}

/** Section headers and page breaks: no answer, no "required". */
class FakeLayoutItem extends ItemView {}

/** A question: can be required and answered. */
class QuestionItem extends ItemView {
  isRequired(): boolean {
    return this._data.required;
  }

  setRequired(enabled: boolean): never {
    this._data.required = Boolean(enabled);
    return this as never;
  }

  /** An answer for form.createResponse().withItemResponse(...). */
  createResponse(response: Answer | number | GoogleAppsScript.Base.Date): GItemResponse {
    const answer = this._form._checkAnswer(this._data, response);
    return new FakeItemResponse(this._form, this._data, answer)._as<GItemResponse>();
  }
}

class FakeChoice extends Fake implements Partial<GChoice> {
  readonly _value: string;

  constructor(form: FakeForm, value: string) {
    super(form._env, 'Choice');
    this._value = value;
  }

  getValue(): string {
    return this._value;
  }
}

/** ListItem, MultipleChoiceItem, CheckboxItem. */
class FakeChoiceItem extends QuestionItem implements Partial<GoogleAppsScript.Forms.ListItem> {
  setChoiceValues(values: string[]): never {
    if (!Array.isArray(values)) throw this._env.exception('setChoiceValues needs an array of strings.');
    this._data.choices = values.map(String);
    return this as never;
  }

  createChoice(value: string): GChoice {
    return new FakeChoice(this._form, String(value))._as<GChoice>();
  }

  setChoices(choices: GChoice[]): never {
    this._data.choices = choices.map((c) => gas<FakeChoice>(c)._value);
    return this as never;
  }

  getChoices(): GChoice[] {
    return this._env.list(this._data.choices.map((v) => new FakeChoice(this._form, v)._as<GChoice>()));
  }
}

class FakeScaleItem extends QuestionItem implements Partial<GoogleAppsScript.Forms.ScaleItem> {
  /** Apps Script allows a lower bound of 0 or 1 and an upper bound of 3 to 10. */
  setBounds(lower: number, upper: number): GoogleAppsScript.Forms.ScaleItem {
    if (![0, 1].includes(lower) || upper < 3 || upper > 10)
      throw this._env.exception('Invalid bounds for a scale item.');
    this._data.lower = lower;
    this._data.upper = upper;
    return this._as();
  }

  getLowerBound(): number {
    return this._data.lower;
  }

  getUpperBound(): number {
    return this._data.upper;
  }

  setLabels(lower: string, upper: string): GoogleAppsScript.Forms.ScaleItem {
    this._data.leftLabel = String(lower);
    this._data.rightLabel = String(upper);
    return this._as();
  }

  getLeftLabel(): string {
    return this._data.leftLabel;
  }

  getRightLabel(): string {
    return this._data.rightLabel;
  }
}

class FakeDateItem extends QuestionItem implements Partial<GoogleAppsScript.Forms.DateItem> {
  includesYear(): boolean {
    return this._data.includesYear;
  }

  setIncludesYear(enableYear: boolean): GoogleAppsScript.Forms.DateItem {
    this._data.includesYear = Boolean(enableYear);
    return this._as();
  }
}

class FakeTextItem extends QuestionItem {}

// ---- responses ----------------------------------------------------------------------------

export class FakeItemResponse extends Fake implements Partial<GItemResponse> {
  readonly _form: FakeForm;
  readonly _item: ItemData;
  readonly _answer: Answer;

  constructor(form: FakeForm, item: ItemData, answer: Answer) {
    super(form._env, 'ItemResponse');
    this._form = form;
    this._item = item;
    this._answer = answer;
  }

  getItem(): GItem {
    return new FakeItem(this._form, this._item)._as<GItem>();
  }

  /** A string; a string[] for checkbox questions. */
  getResponse(): string | string[] {
    return Array.isArray(this._answer) ? this._env.list(this._answer) : this._answer;
  }
}

export class FakeFormResponse extends Fake implements Partial<GFormResponse> {
  readonly _form: FakeForm;
  readonly _data: ResponseData;
  /** False for a draft from form.createResponse() until submit(). */
  _submitted: boolean;

  constructor(form: FakeForm, data: ResponseData, submitted: boolean) {
    super(form._env, 'FormResponse');
    this._form = form;
    this._data = data;
    this._submitted = submitted;
  }

  getId(): string {
    if (!this._submitted) throw this._env.exception('The response has not been submitted yet.');
    return this._data.id;
  }

  getTimestamp(): Date {
    return this._env.date(this._data.timestamp.getTime());
  }

  /** '' when the form does not collect emails. */
  getRespondentEmail(): string {
    return this._data.email;
  }

  /** The answered items, in the form's order. */
  getItemResponses(): GItemResponse[] {
    const list = this._form._items
      .filter((item) => this._data.answers.has(item.id))
      .map((item) => new FakeItemResponse(this._form, item, this._data.answers.get(item.id)!)._as<GItemResponse>());
    return this._env.list(list);
  }

  getResponseForItem(item: GItem): GItemResponse {
    const data = gas<ItemView>(item)._data;
    const answer = this._data.answers.get(data.id);
    return gas<GItemResponse>(answer === undefined ? null : new FakeItemResponse(this._form, data, answer));
  }

  getEditResponseUrl(): string {
    return `https://docs.google.com/forms/d/e/${this._form._publishedId}/viewform?edit2=2_${this._data.id}`;
  }

  withItemResponse(response: GItemResponse): GFormResponse {
    const r = gas<FakeItemResponse>(response);
    this._data.answers.set(r._item.id, r._answer);
    return this._as<GFormResponse>();
  }

  /**
   * The form's link with these answers filled in (nothing is submitted):
   * viewform?usp=pp_url&entry.<item id>=<answer>, as Google Forms' "Get pre-filled link" makes it.
   */
  toPrefilledUrl(): string {
    const params = [...this._data.answers].flatMap(([id, a]) =>
      (Array.isArray(a) ? a : [a]).map((v) => `entry.${id}=${encodeURIComponent(v)}`),
    );
    return `https://docs.google.com/forms/d/e/${this._form._publishedId}/viewform?usp=pp_url${params.map((p) => `&${p}`).join('')}`;
  }

  submit(): GFormResponse {
    this._form._record(this._data);
    this._submitted = true;
    return this._as<GFormResponse>();
  }
}

// ---- the form -----------------------------------------------------------------------------

export class FakeForm extends Fake implements Partial<GForm> {
  readonly _workspace: Workspace;
  readonly _id: string;
  readonly _publishedId: string;
  _title: string;
  _description = '';
  _collectEmail = false;
  _acceptingResponses = true;
  _allowResponseEdits = false;
  _confirmationMessage = '';
  readonly _items: ItemData[] = [];
  readonly _responses: ResponseData[] = [];
  _destination: Destination | undefined;

  constructor(workspace: Workspace, title: string, id?: string) {
    super(workspace.env, 'Form');
    this._workspace = workspace;
    this._id = id ?? workspace.env.id('form');
    this._publishedId = `1FAIpQLS${this._id.replace(/-/g, '')}`;
    this._title = title;
    workspace.forms.set(this._id, this);
    workspace.drive?._register({ id: this._id, name: title, mimeType: FORM_MIME_TYPE });
  }

  getId(): string {
    return this._id;
  }

  getTitle(): string {
    return this._title;
  }

  setTitle(title: string): GForm {
    this._title = String(title);
    return this._as<GForm>();
  }

  getDescription(): string {
    return this._description;
  }

  setDescription(description: string): GForm {
    this._description = String(description);
    return this._as<GForm>();
  }

  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this._id}/edit`;
  }

  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this._publishedId}/viewform`;
  }

  collectsEmail(): boolean {
    return this._collectEmail;
  }

  setCollectEmail(collect: boolean): GForm {
    this._collectEmail = Boolean(collect);
    this._sync();
    return this._as<GForm>();
  }

  isAcceptingResponses(): boolean {
    return this._acceptingResponses;
  }

  setAcceptingResponses(enabled: boolean): GForm {
    this._acceptingResponses = Boolean(enabled);
    return this._as<GForm>();
  }

  canEditResponse(): boolean {
    return this._allowResponseEdits;
  }

  setAllowResponseEdits(enabled: boolean): GForm {
    this._allowResponseEdits = Boolean(enabled);
    return this._as<GForm>();
  }

  getConfirmationMessage(): string {
    return this._confirmationMessage;
  }

  setConfirmationMessage(message: string): GForm {
    this._confirmationMessage = String(message);
    return this._as<GForm>();
  }

  // ---- items ----------------------------------------------------------------------------

  _add(type: ItemTypeName): never {
    const data: ItemData = {
      id: this._env.next('form-item', 1_208_000_001),
      type,
      title: '',
      helpText: '',
      required: false,
      choices: [],
      lower: 1,
      upper: 5,
      leftLabel: '',
      rightLabel: '',
      includesYear: true,
    };
    this._items.push(data);
    this._sync();
    return this._typed(data) as never;
  }

  /** The typed view of an item (ListItem, TextItem ...). */
  _typed(data: ItemData): unknown {
    const kind = VIEW_KIND[data.type];
    switch (data.type) {
      case 'LIST':
      case 'MULTIPLE_CHOICE':
      case 'CHECKBOX':
        return new FakeChoiceItem(this, kind, data);
      case 'SCALE':
        return new FakeScaleItem(this, kind, data);
      case 'DATE':
        return new FakeDateItem(this, kind, data);
      case 'TEXT':
      case 'PARAGRAPH_TEXT':
        return new FakeTextItem(this, kind, data);
      default:
        return new FakeLayoutItem(this, kind, data);
    }
  }

  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this._add('LIST');
  }

  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this._add('MULTIPLE_CHOICE');
  }

  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this._add('CHECKBOX');
  }

  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this._add('TEXT');
  }

  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this._add('PARAGRAPH_TEXT');
  }

  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this._add('DATE');
  }

  addScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this._add('SCALE');
  }

  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this._add('SECTION_HEADER');
  }

  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this._add('PAGE_BREAK');
  }

  /** Generic Items, in order (of one type when given). */
  getItems(itemType?: ItemType): GItem[] {
    const wanted = itemType === undefined ? undefined : String(itemType);
    const items = this._items.filter((i) => wanted === undefined || i.type === wanted);
    return this._env.list(items.map((i) => new FakeItem(this, i)._as<GItem>()));
  }

  /** The item, or null. */
  getItemById(id: number): GItem {
    const data = this._items.find((i) => i.id === Number(id));
    return gas<GItem>(data ? new FakeItem(this, data) : null);
  }

  deleteItem(indexOrItem: number | GItem): void {
    const index = typeof indexOrItem === 'number' ? indexOrItem : this._items.indexOf(gas<ItemView>(indexOrItem)._data);
    if (index < 0 || index >= this._items.length) throw this._env.exception(`Invalid argument: index`);
    this._items.splice(index, 1);
  }

  moveItem(from: number | GItem, toIndex: number): GItem {
    const index = typeof from === 'number' ? from : this._items.indexOf(gas<ItemView>(from)._data);
    const [data] = this._items.splice(index, 1);
    this._items.splice(toIndex, 0, data);
    return new FakeItem(this, data)._as<GItem>();
  }

  // ---- destination ----------------------------------------------------------------------

  /**
   * Links the form to a spreadsheet: a sheet "การตอบแบบฟอร์ม N" is inserted first, its header
   * ประทับเวลา (+ ที่อยู่อีเมล when collecting emails) then one column per question title;
   * earlier responses are copied in.
   */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): GForm {
    if (String(type) !== 'SPREADSHEET') throw this._env.exception('Invalid argument: type');
    const ss: FakeSpreadsheet | undefined = this._workspace.spreadsheets.get(id);
    if (!ss)
      throw this._env.exception(
        'No item with the given ID could be found, or you do not have permission to access it.',
      );
    let n = 1;
    while (ss._sheetNamed(`${RESPONSES_SHEET_PREFIX} ${n}`)) n++;
    const sheet = ss._newSheet(`${RESPONSES_SHEET_PREFIX} ${n}`);
    ss._sheets.unshift(sheet);
    // The previous responses sheet stays, unlinked (Sheet.getFormUrl() gives null there).
    if (this._destination) this._destination.sheet._formUrl = null;
    sheet._formUrl = `https://docs.google.com/forms/d/${this._id}/viewform`;
    sheet._frozenRows = 1;
    sheet._setRawValues(1, 1, [[TIMESTAMP_HEADER]]);
    this._destination = { spreadsheetId: id, sheet, emailColumn: undefined, columns: new Map() };
    this._sync();
    for (const r of this._responses) this._writeRow(r);
    return this._as<GForm>();
  }

  getDestinationId(): string {
    // Uncertain wording.
    if (!this._destination) throw this._env.exception('This form does not currently have a response destination.');
    return this._destination.spreadsheetId;
  }

  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    if (!this._destination) throw this._env.exception('This form does not currently have a response destination.');
    return 'SPREADSHEET' as unknown as GoogleAppsScript.Forms.DestinationType;
  }

  removeDestination(): GForm {
    if (this._destination) this._destination.sheet._formUrl = null;
    this._destination = undefined;
    return this._as<GForm>();
  }

  /** Keeps the responses sheet's header in step with the questions (new columns at the end). */
  _sync(): void {
    const d = this._destination;
    if (!d) return;
    const sheet = d.sheet;
    if (this._collectEmail && d.emailColumn === undefined) {
      sheet.insertColumnsAfter(1, 1);
      for (const [id, c] of d.columns) d.columns.set(id, c + 1);
      d.emailColumn = 2;
      sheet._setRawValues(1, 2, [[EMAIL_HEADER]]);
    }
    for (const item of this._items) {
      if (!QUESTION_TYPES.has(item.type)) continue;
      let column = d.columns.get(item.id);
      if (column === undefined) {
        column = Math.max(sheet._grid.lastColumn(), d.emailColumn ?? 1) + 1;
        d.columns.set(item.id, column);
      }
      sheet._setRawValues(1, column, [[item.title]]);
    }
  }

  /**
   * Writes a response's row: a new response is appended below the last row; an edited one
   * (`inPlace`) is rewritten on its own row, as Forms does for the linked sheet.
   */
  _writeRow(r: ResponseData, inPlace = false): number {
    const d = this._destination!;
    const sheet = d.sheet;
    const row = inPlace && r.row !== undefined ? r.row : Math.max(sheet._grid.lastRow(), 1) + 1;
    r.row = row;
    sheet._grow(row, 1);
    sheet._grid.ensure(row, 1).value = new Date(r.timestamp.getTime());
    if (d.emailColumn !== undefined) sheet._grid.ensure(row, d.emailColumn).value = r.email;
    for (const item of this._items) {
      const answer = r.answers.get(item.id);
      const column = d.columns.get(item.id);
      if (column === undefined) continue;
      if (answer === undefined) {
        // An edit that cleared an optional answer empties its cell.
        if (inPlace && sheet._grid.get(row, column)) sheet._grid.ensure(row, column).value = '';
        continue;
      }
      sheet._grow(row, column);
      const cell = sheet._grid.ensure(row, column);
      if (item.type === 'CHECKBOX') cell.value = (answer as string[]).join(', ');
      else if (item.type === 'DATE') cell.value = this._dateAnswer(answer as string, d);
      else cell.value = /^[+-]?\d+(\.\d+)?$/.test(answer as string) ? Number(answer) : answer; // never a formula
    }
    sheet._grid.touched();
    return row;
  }

  /** A date answer "2024-02-28" is a date cell (midnight in the spreadsheet's time zone). */
  _dateAnswer(answer: string, d: Destination): Date {
    const [y, m, day] = answer.split('-').map(Number);
    const tz = this._workspace.spreadsheets.get(d.spreadsheetId)?._timeZone ?? this._workspace.timeZone;
    return new Date(Date.UTC(y, m - 1, day) - zoneOffsetMinutes(tz) * 60_000);
  }

  // ---- responses ------------------------------------------------------------------------

  _checkAnswer(item: ItemData, raw: unknown): Answer {
    const fail = (why: string) => new Error(`fakes: answer to "${item.title}" (${item.type}) ${why}`);
    if (!QUESTION_TYPES.has(item.type)) throw fail('cannot be given: not a question');
    if (item.type === 'CHECKBOX') {
      const list = Array.isArray(raw) ? raw.map(String) : [String(raw)];
      for (const v of list) if (!item.choices.includes(v)) throw fail(`"${v}" is not one of its choices`);
      return list;
    }
    if (Array.isArray(raw)) throw fail('must be a single value');
    const value = isDate(raw) ? raw.toISOString().slice(0, 10) : String(raw);
    if ((item.type === 'LIST' || item.type === 'MULTIPLE_CHOICE') && !item.choices.includes(value)) {
      throw fail(`"${value}" is not one of its choices`);
    }
    if (item.type === 'SCALE') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < item.lower || n > item.upper)
        throw fail(`${value} is outside ${item.lower}..${item.upper}`);
    }
    if (item.type === 'DATE' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw fail(`"${value}" is not YYYY-MM-DD`);
    return value;
  }

  /** Stores a submitted response and writes its row to the responses sheet. */
  _record(data: ResponseData): void {
    if (!this._acceptingResponses) throw new Error('fakes: the form is not accepting responses');
    for (const item of this._items) {
      if (QUESTION_TYPES.has(item.type) && item.required && !data.answers.has(item.id)) {
        throw new Error(`fakes: required question "${item.title}" has no answer`);
      }
    }
    this._responses.push(data);
    if (this._destination) this._writeRow(data);
  }

  createResponse(): GFormResponse {
    const data: ResponseData = { id: this._env.id('response'), timestamp: new Date(), email: '', answers: new Map() };
    return new FakeFormResponse(this, data, false)._as<GFormResponse>();
  }

  getResponses(timestamp?: GoogleAppsScript.Base.Date): GFormResponse[] {
    const after = timestamp === undefined ? -Infinity : timestamp.getTime();
    return this._env.list(
      this._responses
        .filter((r) => r.timestamp.getTime() >= after)
        .map((r) => new FakeFormResponse(this, r, true)._as<GFormResponse>()),
    );
  }

  getResponse(responseId: string): GFormResponse {
    const r = this._responses.find((x) => x.id === responseId);
    if (!r) throw this._env.exception('Invalid argument: responseId');
    return new FakeFormResponse(this, r, true)._as<GFormResponse>();
  }

  // ---- test helpers ---------------------------------------------------------------------

  /**
   * A respondent submits: answers by question title (string, or string[] for checkboxes).
   * Appends the row to the responses sheet (when linked) and returns the FormResponse.
   * The email defaults to the session user's when the form collects emails.
   */
  _submit(answers: Record<string, Answer | number>, options: { email?: string; timestamp?: Date } = {}): GFormResponse {
    const data: ResponseData = {
      id: this._env.id('response'),
      timestamp: options.timestamp ? new Date(options.timestamp.getTime()) : new Date(),
      email: this._collectEmail ? (options.email ?? this._workspace.userEmail) : '',
      answers: new Map(),
    };
    for (const [title, raw] of Object.entries(answers)) {
      const item = this._items.find((i) => i.title === title && QUESTION_TYPES.has(i.type));
      if (!item) throw new Error(`fakes: the form has no question titled "${title}"`);
      data.answers.set(item.id, this._checkAnswer(item, raw));
    }
    this._record(data);
    return new FakeFormResponse(this, data, true)._as<GFormResponse>();
  }

  /**
   * A respondent edits a submitted response through its edit link (the form must allow edits):
   * answers by question title replace the given ones ('' clears an optional answer), the
   * timestamp becomes the edit time, and the response's row of the linked sheet is rewritten in
   * place (no new row). Returns the row, for sheetsOnFormSubmit(..., { changedColumns }).
   */
  _editResponse(
    response: GFormResponse,
    answers: Record<string, Answer | number>,
    options: { timestamp?: Date } = {},
  ): number | undefined {
    if (!this._allowResponseEdits) throw new Error('fakes: the form does not allow respondents to edit responses');
    const data = gas<FakeFormResponse>(response)._data;
    if (!this._responses.includes(data)) throw new Error('fakes: not a submitted response of this form');
    for (const [title, raw] of Object.entries(answers)) {
      const item = this._items.find((i) => i.title === title && QUESTION_TYPES.has(i.type));
      if (!item) throw new Error(`fakes: the form has no question titled "${title}"`);
      if (raw === '') {
        if (item.required) throw new Error(`fakes: required question "${title}" cannot be cleared`);
        data.answers.delete(item.id);
      } else data.answers.set(item.id, this._checkAnswer(item, raw));
    }
    data.timestamp = options.timestamp ? new Date(options.timestamp.getTime()) : new Date();
    return this._destination ? this._writeRow(data, true) : undefined;
  }

  /**
   * The form deleted for good (emptied from the trash): FormApp cannot open it any more, and its
   * responses sheet keeps the link it had (Sheet.getFormUrl() still names it).
   */
  _deleteForever(): void {
    this._workspace.forms.delete(this._id);
    const item = this._workspace.drive?._item(this._id);
    if (item) item.trashed = true;
  }

  /** The responses sheet (when linked) and the row the last submission went to. */
  _responsesSheet(): FakeSheet | undefined {
    return this._destination?.sheet;
  }
}

export class FakeFormApp extends Fake implements Partial<GFormApp> {
  readonly _workspace: Workspace;
  readonly ItemType: GFormApp['ItemType'];
  readonly DestinationType: GFormApp['DestinationType'];

  constructor(workspace: Workspace) {
    super(workspace.env, 'FormApp');
    this._workspace = workspace;
    this.ItemType = makeEnum('ItemType', workspace.env, ITEM_TYPES);
    this.DestinationType = makeEnum('DestinationType', workspace.env, ['SPREADSHEET']);
  }

  create(title: string): GForm {
    return this._create(String(title))._as<GForm>();
  }

  /** A new form (the fake with its helpers), uncounted. */
  _create(title: string): FakeForm {
    return new FakeForm(this._workspace, title);
  }

  openById(id: string): GForm {
    const form = this._workspace.forms.get(id);
    if (!form)
      throw this._env.exception(
        'No item with the given ID could be found, or you do not have permission to access it.',
      );
    return form._as<GForm>();
  }

  openByUrl(url: string): GForm {
    const m = /\/forms\/d\/([-\w]+)/.exec(url);
    return this.openById(m ? m[1] : url);
  }

  /** A spreadsheet-bound script has no active form. */
  getActiveForm(): GForm {
    return gas<GForm>(null);
  }
}
