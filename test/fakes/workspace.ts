/** The simulated Google account the services share: its spreadsheets, forms, Drive, UI and user. */
import { Env } from './core';
import type { FakeDriveApp } from './drive';
import type { FakeForm } from './forms';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeUi } from './ui';

export interface WorkspaceOptions {
  /** Session.getScriptTimeZone() and new spreadsheets' time zone. Default Asia/Bangkok. */
  timeZone?: string;
  /** Session.getActiveUser().getEmail(). */
  userEmail?: string;
  /** Session.getActiveUserLocale(). Default "th". */
  locale?: string;
  /** Name of a new spreadsheet's first sheet: "ชีต1" (a Thai-locale account). */
  firstSheetName?: string;
}

export class Workspace {
  readonly env: Env;
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly forms = new Map<string, FakeForm>();
  /** The spreadsheet the script is bound to (SpreadsheetApp.getActiveSpreadsheet()). */
  active: FakeSpreadsheet | undefined;
  drive!: FakeDriveApp;
  ui!: FakeUi;
  readonly timeZone: string;
  readonly userEmail: string;
  readonly locale: string;
  readonly firstSheetName: string;

  constructor(env: Env, options: WorkspaceOptions = {}) {
    this.env = env;
    this.timeZone = options.timeZone ?? 'Asia/Bangkok';
    this.userEmail = options.userEmail ?? 'staff@example.go.th';
    this.locale = options.locale ?? 'th';
    this.firstSheetName = options.firstSheetName ?? 'ชีต1';
  }
}
