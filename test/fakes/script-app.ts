/** ScriptApp: installable triggers (listed, created, deleted) and the enums scripts compare with. */
import { Env, Fake, gas, makeEnum } from './core';

type GScriptApp = GoogleAppsScript.Script.ScriptApp;
type GTrigger = GoogleAppsScript.Script.Trigger;
type GTriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;
type GSpreadsheetTriggerBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
type GFormTriggerBuilder = GoogleAppsScript.Script.FormTriggerBuilder;
type GClockTriggerBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type EventType = GoogleAppsScript.Script.EventType;
type TriggerSource = GoogleAppsScript.Script.TriggerSource;

/** Apps Script allows 20 triggers per user per script. */
export const MAX_TRIGGERS = 20;

export interface TriggerRecord {
  uniqueId: string;
  handlerFunction: string;
  eventType: 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE' | 'CLOCK';
  source: 'SPREADSHEETS' | 'FORMS' | 'CLOCK';
  /** The spreadsheet's or form's id; null for time-driven triggers. */
  sourceId: string | null;
  /** Time-driven settings (everyHours, atHour ...), as given. */
  schedule?: Record<string, unknown>;
}

export class FakeTrigger extends Fake implements Partial<GTrigger> {
  readonly _record: TriggerRecord;

  constructor(env: Env, record: TriggerRecord) {
    super(env, 'Trigger');
    this._record = record;
  }

  getUniqueId(): string {
    return this._record.uniqueId;
  }

  getHandlerFunction(): string {
    return this._record.handlerFunction;
  }

  getEventType(): EventType {
    return this._record.eventType as unknown as EventType;
  }

  getTriggerSource(): TriggerSource {
    return this._record.source as unknown as TriggerSource;
  }

  getTriggerSourceId(): string {
    return this._record.sourceId as string;
  }
}

/** Ids of what a trigger builder is given: a Spreadsheet/Form fake or its id. */
function sourceIdOf(source: unknown): string {
  if (typeof source === 'string') return source;
  return (source as { getId(): string }).getId();
}

class FakeTriggerBuilder extends Fake implements Partial<GTriggerBuilder> {
  readonly _app: FakeScriptApp;
  readonly _handler: string;

  constructor(app: FakeScriptApp, handler: string) {
    super(app._env, 'TriggerBuilder');
    this._app = app;
    this._handler = handler;
  }

  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GSpreadsheetTriggerBuilder {
    return new FakeSourceTriggerBuilder(
      this._app,
      'SpreadsheetTriggerBuilder',
      this._handler,
      'SPREADSHEETS',
      sourceIdOf(sheet),
    )._as();
  }

  forForm(form: GoogleAppsScript.Forms.Form | string): GFormTriggerBuilder {
    return new FakeSourceTriggerBuilder(
      this._app,
      'FormTriggerBuilder',
      this._handler,
      'FORMS',
      sourceIdOf(form),
    )._as();
  }

  timeBased(): GClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this._app, this._handler)._as();
  }
}

/** SpreadsheetTriggerBuilder and FormTriggerBuilder (the form one has no onEdit/onChange). */
class FakeSourceTriggerBuilder extends Fake implements Partial<GSpreadsheetTriggerBuilder> {
  readonly _app: FakeScriptApp;
  readonly _handler: string;
  readonly _source: 'SPREADSHEETS' | 'FORMS';
  readonly _sourceId: string;
  _eventType: TriggerRecord['eventType'] | undefined;

  constructor(app: FakeScriptApp, kind: string, handler: string, source: 'SPREADSHEETS' | 'FORMS', sourceId: string) {
    super(app._env, kind);
    this._app = app;
    this._handler = handler;
    this._source = source;
    this._sourceId = sourceId;
  }

  _on(eventType: TriggerRecord['eventType']): GSpreadsheetTriggerBuilder {
    if (this._source === 'FORMS' && (eventType === 'ON_EDIT' || eventType === 'ON_CHANGE')) {
      throw new Error(`not implemented: FormTriggerBuilder.${eventType === 'ON_EDIT' ? 'onEdit' : 'onChange'}`);
    }
    this._eventType = eventType;
    return this._as<GSpreadsheetTriggerBuilder>();
  }

  onOpen(): GSpreadsheetTriggerBuilder {
    return this._on('ON_OPEN');
  }

  onEdit(): GSpreadsheetTriggerBuilder {
    return this._on('ON_EDIT');
  }

  onChange(): GSpreadsheetTriggerBuilder {
    return this._on('ON_CHANGE');
  }

  onFormSubmit(): GSpreadsheetTriggerBuilder {
    return this._on('ON_FORM_SUBMIT');
  }

  create(): GTrigger {
    if (!this._eventType)
      throw this._env.exception('Trigger has no event type: call onOpen(), onEdit(), onFormSubmit() ...');
    return this._app._create({
      handlerFunction: this._handler,
      eventType: this._eventType,
      source: this._source,
      sourceId: this._sourceId,
    });
  }
}

class FakeClockTriggerBuilder extends Fake implements Partial<GClockTriggerBuilder> {
  readonly _app: FakeScriptApp;
  readonly _handler: string;
  readonly _schedule: Record<string, unknown> = {};

  constructor(app: FakeScriptApp, handler: string) {
    super(app._env, 'ClockTriggerBuilder');
    this._app = app;
    this._handler = handler;
  }

  _set(key: string, value: unknown): GClockTriggerBuilder {
    this._schedule[key] = value;
    return this._as<GClockTriggerBuilder>();
  }

  after(durationMilliseconds: number): GClockTriggerBuilder {
    return this._set('after', durationMilliseconds);
  }

  at(date: Date): GClockTriggerBuilder {
    return this._set('at', new Date(date.getTime()));
  }

  everyMinutes(n: number): GClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(n))
      throw this._env.exception('The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    return this._set('everyMinutes', n);
  }

  everyHours(n: number): GClockTriggerBuilder {
    return this._set('everyHours', n);
  }

  everyDays(n: number): GClockTriggerBuilder {
    return this._set('everyDays', n);
  }

  everyWeeks(n: number): GClockTriggerBuilder {
    return this._set('everyWeeks', n);
  }

  atHour(hour: number): GClockTriggerBuilder {
    return this._set('atHour', hour);
  }

  nearMinute(minute: number): GClockTriggerBuilder {
    return this._set('nearMinute', minute);
  }

  /** [progress] A ScriptApp.WeekDay member (Base.Weekday). */
  onWeekDay(day: GoogleAppsScript.Base.Weekday): GClockTriggerBuilder {
    return this._set('onWeekDay', String(day));
  }

  inTimezone(timezone: string): GClockTriggerBuilder {
    return this._set('inTimezone', timezone);
  }

  create(): GTrigger {
    return this._app._create({
      handlerFunction: this._handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { ...this._schedule },
    });
  }
}

export class FakeScriptApp extends Fake implements Partial<GScriptApp> {
  readonly AuthMode: GScriptApp['AuthMode'];
  readonly EventType: GScriptApp['EventType'];
  readonly TriggerSource: GScriptApp['TriggerSource'];
  readonly WeekDay: GScriptApp['WeekDay'];
  /** The project's installable triggers (what getProjectTriggers lists). */
  readonly _triggers: TriggerRecord[] = [];
  readonly _scriptId: string;

  constructor(env: Env, scriptId = 'fake-script-0001') {
    super(env, 'ScriptApp');
    this._scriptId = scriptId;
    this.AuthMode = makeEnum('AuthMode', env, ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
    this.EventType = makeEnum('EventType', env, [
      'CLOCK',
      'ON_OPEN',
      'ON_EDIT',
      'ON_FORM_SUBMIT',
      'ON_CHANGE',
      'ON_EVENT_UPDATED',
    ]);
    this.TriggerSource = makeEnum('TriggerSource', env, ['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
    this.WeekDay = makeEnum('WeekDay', env, [
      'MONDAY',
      'TUESDAY',
      'WEDNESDAY',
      'THURSDAY',
      'FRIDAY',
      'SATURDAY',
      'SUNDAY',
    ]);
  }

  _create(record: Omit<TriggerRecord, 'uniqueId'>): GTrigger {
    if (this._triggers.length >= MAX_TRIGGERS) {
      throw this._env.exception(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const full = { uniqueId: `40341240849${String(this._env.next('trigger')).padStart(8, '0')}`, ...record };
    this._triggers.push(full);
    return new FakeTrigger(this._env, full)._as<GTrigger>();
  }

  newTrigger(functionName: string): GTriggerBuilder {
    return new FakeTriggerBuilder(this, String(functionName))._as<GTriggerBuilder>();
  }

  getProjectTriggers(): GTrigger[] {
    return this._env.list(this._triggers.map((t) => new FakeTrigger(this._env, t)._as<GTrigger>()));
  }

  /** The current user's triggers on that spreadsheet or form (all triggers here are the user's). */
  getUserTriggers(
    source: GoogleAppsScript.Spreadsheet.Spreadsheet | GoogleAppsScript.Forms.Form | GoogleAppsScript.Document.Document,
  ): GTrigger[] {
    const id = sourceIdOf(source);
    return this._env.list(
      this._triggers.filter((t) => t.sourceId === id).map((t) => new FakeTrigger(this._env, t)._as<GTrigger>()),
    );
  }

  deleteTrigger(trigger: GTrigger): void {
    const id = gas<FakeTrigger>(trigger)._record.uniqueId;
    const i = this._triggers.findIndex((t) => t.uniqueId === id);
    if (i !== -1) this._triggers.splice(i, 1);
  }

  /** Test helper: the time-driven triggers still listed (a fired one-off trigger stays until deleteTrigger). */
  _clockTriggers(handler?: string): TriggerRecord[] {
    return this._triggers.filter(
      (t) => t.eventType === 'CLOCK' && (handler === undefined || t.handlerFunction === handler),
    );
  }

  /**
   * Test helper: what Apps Script hands a time-driven trigger's function when it fires: the handler's name and
   * the event object (authMode, triggerUid, year, month, day-of-month, day-of-week, hour, minute, second,
   * timezone). The test then calls the global itself (a call made inside a fake's method would not be counted).
   * The trigger stays listed: a script deletes its one-off triggers itself.
   */
  _timeEvent(uniqueId: string, at: Date): { handler: string; event: Record<string, unknown> } {
    const record = this._triggers.find((t) => t.uniqueId === uniqueId);
    if (!record || record.eventType !== 'CLOCK') throw new Error(`no time-driven trigger ${uniqueId}`);
    const event = this._env.object({
      authMode: 'FULL',
      triggerUid: record.uniqueId,
      year: at.getUTCFullYear(),
      month: at.getUTCMonth() + 1,
      'day-of-month': at.getUTCDate(),
      'day-of-week': at.getUTCDay() === 0 ? 7 : at.getUTCDay(),
      hour: at.getUTCHours(),
      minute: at.getUTCMinutes(),
      second: at.getUTCSeconds(),
      timezone: 'UTC',
    });
    return { handler: record.handlerFunction, event };
  }

  getOAuthToken(): string {
    return 'fake-oauth-token';
  }

  getScriptId(): string {
    return this._scriptId;
  }
}
