/**
 * One simulated Apps Script project: createGasGlobals() builds the services around one bound
 * spreadsheet; loadBundle() runs dist/Code.js in a node:vm context holding only those globals.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { CallLog, Env, gas, strict, type Realm, type Recorded } from './core';
import { FakeDriveApp } from './drive';
import { FakeFormApp, type FakeForm } from './forms';
import { FakeCharts } from './charts-service'; // [plan]
import { FakeDocumentApp, type DocumentBodyModel } from './document-app'; // [plan]
import { FakeHtmlService } from './html';
import { FakeLockService } from './lock';
import { FakeMailApp } from './mail';
import { FakePropertiesService } from './properties';
import { FakeScriptApp } from './script-app';
import { FakeLogger, FakeSession, recordingConsole } from './session';
import type { FakeSheet } from './sheet';
import { FakeSpreadsheet, FakeSpreadsheetApp, type SpreadsheetOptions } from './spreadsheet';
import { FakeUi } from './ui';
import { FakeUtilities } from './utilities';
import { FakeUrlFetchApp } from './url-fetch';
import { Workspace, type WorkspaceOptions } from './workspace';

/** The globals a script sees, typed as Apps Script's. */
export interface GasGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Logger: GoogleAppsScript.Base.Logger;
  /** The MimeType enum: its members are the MIME type strings ("application/pdf"). */
  MimeType: typeof MimeType;
  console: Console;
  /** The Docs advanced service, when options.docs gave one (else absent: `typeof Docs === 'undefined'`). */
  Docs?: unknown;
  /** [plan] The Charts service (always), and DocumentApp when options.documents gave the documents. */
  Charts: unknown;
  DocumentApp?: unknown;
}

export interface GasGlobalsOptions extends WorkspaceOptions {
  /** The bound spreadsheet: id, name, time zone, sheets with their values (from A1). */
  spreadsheet?: SpreadsheetOptions;
  /** The Docs advanced service (a simulator), put at globals.Docs. */
  docs?: unknown;
  /** [plan] The documents DocumentApp.openById opens (the Docs fake's simulated documents), by id. */
  documents?: (id: string) => DocumentBodyModel | undefined;
  /** Also print what the script logs with console.* (always recorded in recorded.console). */
  echoConsole?: boolean;
  /** Share a call log between projects (default: a new one). */
  calls?: CallLog;
}

/** The fakes themselves, with their test helpers (methods starting with "_"). */
export interface GasServices {
  SpreadsheetApp: FakeSpreadsheetApp;
  FormApp: FakeFormApp;
  DriveApp: FakeDriveApp;
  LockService: FakeLockService;
  PropertiesService: FakePropertiesService;
  ScriptApp: FakeScriptApp;
  HtmlService: FakeHtmlService;
  Session: FakeSession;
  Utilities: FakeUtilities;
  UrlFetchApp: FakeUrlFetchApp;
  MailApp: FakeMailApp;
  Logger: FakeLogger;
  Ui: FakeUi;
  Charts: FakeCharts; // [plan]
}

export interface GasFakes {
  /** Hand these to loadBundle (or read services from them in a test). */
  globals: GasGlobals;
  /** Service calls by name: calls.count('Range.getValues'), calls.total(), calls.reset(). */
  calls: CallLog;
  /** The bound spreadsheet (SpreadsheetApp.getActiveSpreadsheet()). */
  spreadsheet: FakeSpreadsheet;
  /** Alerts, dialogs, menus, toasts, logs, console lines, sleeps. */
  recorded: Recorded;
  services: GasServices;
  env: Env;
  workspace: Workspace;
  /** The named sheet of the bound spreadsheet, created when missing (uncounted). */
  sheet(name: string): FakeSheet;
  /** Writes rows from A1 of the named sheet (created when missing), as setValues would store them. */
  seed(name: string, rows: readonly (readonly unknown[])[]): FakeSheet;
  /** A form made outside the script (FormApp.create, uncounted). */
  createForm(title: string): FakeForm;
  /**
   * Runs fn as a given trigger context: authMode LIMITED for simple triggers (onOpen, onEdit:
   * Drive, Forms and ScriptApp then throw), ui false for installable and time triggers (getUi throws).
   */
  run<T>(context: { authMode?: Env['authMode']; ui?: boolean }, fn: () => T): T;
}

const envOfGlobals = new WeakMap<object, Env>();

/** Apps Script's MimeType enum (the members scripts here use), strict like every fake: a missing one throws. */
function mimeTypeEnum(env: Env): typeof MimeType {
  const members: Record<string, string> = {
    PDF: 'application/pdf',
    GOOGLE_DOCS: 'application/vnd.google-apps.document',
    GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
    GOOGLE_FORMS: 'application/vnd.google-apps.form',
    FOLDER: 'application/vnd.google-apps.folder',
    PLAIN_TEXT: 'text/plain',
    MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
  Object.defineProperty(members, 'toString', { value: () => 'MimeType', enumerable: false });
  return strict(members, 'MimeType', env) as unknown as typeof MimeType;
}

export function createGasGlobals(options: GasGlobalsOptions = {}): GasFakes {
  const env = new Env(options.calls ?? new CallLog());
  const workspace = new Workspace(env, options);
  workspace.ui = new FakeUi(env);
  workspace.drive = new FakeDriveApp(workspace);
  const spreadsheet = new FakeSpreadsheet(workspace, { name: 'ITA', ...options.spreadsheet });
  workspace.active = spreadsheet;

  const services: GasServices = {
    SpreadsheetApp: new FakeSpreadsheetApp(workspace),
    FormApp: new FakeFormApp(workspace),
    DriveApp: workspace.drive,
    LockService: new FakeLockService(env),
    PropertiesService: new FakePropertiesService(env),
    ScriptApp: new FakeScriptApp(env),
    HtmlService: new FakeHtmlService(env),
    Session: new FakeSession(workspace),
    Utilities: new FakeUtilities(env),
    UrlFetchApp: new FakeUrlFetchApp(env),
    MailApp: new FakeMailApp(env),
    Logger: new FakeLogger(env),
    Ui: workspace.ui,
    Charts: new FakeCharts(env), // [plan]
  };

  const globals: GasGlobals = {
    SpreadsheetApp: gas(services.SpreadsheetApp),
    FormApp: gas(services.FormApp),
    DriveApp: gas(services.DriveApp),
    LockService: gas(services.LockService),
    PropertiesService: gas(services.PropertiesService),
    ScriptApp: gas(services.ScriptApp),
    HtmlService: gas(services.HtmlService),
    Session: gas(services.Session),
    Utilities: gas(services.Utilities),
    UrlFetchApp: gas(services.UrlFetchApp),
    MailApp: gas(services.MailApp),
    Logger: gas(services.Logger),
    MimeType: mimeTypeEnum(env),
    console: recordingConsole(env, options.echoConsole),
    Charts: services.Charts, // [plan]
  };
  if (options.docs !== undefined) globals.Docs = options.docs;
  if (options.documents !== undefined) globals.DocumentApp = new FakeDocumentApp(env, options.documents); // [plan]
  envOfGlobals.set(globals, env);

  return {
    globals,
    calls: env.calls,
    spreadsheet,
    recorded: env.recorded,
    services,
    env,
    workspace,
    sheet: (name) => spreadsheet._sheet(name),
    seed: (name, rows) => spreadsheet._seed(name, rows),
    createForm: (title) => gas<FakeForm>(services.FormApp._create(title)),
    run<T>(context: { authMode?: Env['authMode']; ui?: boolean }, fn: () => T): T {
      const saved = { authMode: env.authMode, ui: env.uiAvailable };
      env.authMode = context.authMode ?? env.authMode;
      env.uiAvailable = context.ui ?? env.uiAvailable;
      try {
        return fn();
      } finally {
        env.authMode = saved.authMode;
        env.uiAvailable = saved.ui;
      }
    },
  };
}

/** A script's top-level function, as called from a test (Apps Script passes any arguments). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GasFunction = (...args: any[]) => any;

/** A loaded script: its globals, top-level functions included (context.onOpen(e) ...). */
export type GasContext = vm.Context & Record<string, GasFunction>;

/**
 * Runs Apps Script code in a fresh vm context holding only `globals` (no require, process,
 * setTimeout ...). From then on the fakes hand the script arrays, Dates and errors of that
 * context's realm, so `instanceof Array` / `instanceof Date` hold inside the script.
 */
export function runBundle(code: string, globals: GasGlobals, filename = 'Code.js'): GasContext {
  const context = vm.createContext({ ...globals });
  const env = envOfGlobals.get(globals);
  if (env)
    env.realm = vm.runInContext('({ Array: Array, Date: Date, Error: Error, Object: Object })', context) as Realm;
  vm.runInContext(code, context, { filename });
  return context as GasContext;
}

/** Loads dist/Code.js (or any Apps Script file) with the globals of createGasGlobals(). */
export function loadBundle(codeJsPath: string, globals: GasGlobals): GasContext {
  return runBundle(readFileSync(codeJsPath, 'utf8'), globals, codeJsPath);
}
