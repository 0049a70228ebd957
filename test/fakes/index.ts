/**
 * Strict in-memory fakes of the Apps Script services, for tests that load dist/Code.js into a
 * node:vm context. Start with createGasGlobals() and loadBundle(); see README in this folder.
 */
export { CallLog, Env, type MenuEntry, type Recorded } from './core';
export { a1Of, columnLetters, columnNumber, parseA1 } from './a1';
export { FakeDataValidation, FakeDataValidationBuilder } from './data-validation';
export { FakeBlob } from './blob';
export {
  FakeDriveApp,
  FakeFile,
  FakeFolder,
  PDF_MIME_TYPE,
  SHARING_FORBIDDEN_MESSAGE,
  type DriveItem,
  type SharingAccess,
  type SharingPermission,
} from './drive';
export * as events from './events';
export {
  editCell,
  formsOnFormSubmit,
  sheetsOnEdit,
  sheetsOnFormSubmit,
  sheetsOnFormSubmitForLastResponse,
  sheetsOnOpen,
} from './events';
export { formatJavaDate, zoneOffsetMinutes } from './format';
export {
  EMAIL_HEADER,
  FakeForm,
  FakeFormApp,
  FakeFormResponse,
  RESPONSES_SHEET_PREFIX,
  TIMESTAMP_HEADER,
} from './forms';
export {
  createGasGlobals,
  loadBundle,
  runBundle,
  type GasContext,
  type GasFakes,
  type GasFunction,
  type GasGlobals,
  type GasGlobalsOptions,
  type GasServices,
} from './globals';
export { FakeHtmlOutput, FakeHtmlService } from './html';
export { FakeMailApp, MAIL_QUOTA_MESSAGE, type SentMail } from './mail';
export { ChartStore, FakeChartBuilder, FakeEmbeddedChart, type ChartData } from './charts';
export { FakeLock, FakeLockService, LOCK_TIMEOUT_MESSAGE, type LockScope } from './lock';
export { FakeProperties, FakePropertiesService } from './properties';
export { FakeProtection } from './protection';
export { FakeRange } from './range';
export { FakeRichTextValue, FakeRichTextValueBuilder } from './rich-text';
export { FakeScriptApp, FakeTrigger, MAX_TRIGGERS } from './script-app';
export { FakeLogger, FakeSession } from './session';
export { FakeSheet, type CellSnapshot } from './sheet';
export { FakeSpreadsheet, FakeSpreadsheetApp, type SpreadsheetOptions } from './spreadsheet';
export { FakeMenu, FakeUi } from './ui';
export { FakeUtilities } from './utilities';
export { FakeHTTPResponse, FakeUrlFetchApp, type FakeRoute, type FakeRouteReply, type FetchRecord } from './url-fetch';
export { FakeClock, installClock } from './clock';
export { Workspace, type WorkspaceOptions } from './workspace';
export { FakeCharts, blankPng, type BuiltChart } from './charts-service'; // [plan]
export { FakeDocumentApp, type DocumentBodyModel } from './document-app'; // [plan]
