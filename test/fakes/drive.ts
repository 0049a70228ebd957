/** DriveApp: files and folders by id, parents, copies, trash. */
import { FakeBlob } from './blob';
import { Fake, gas, makeEnum } from './core';
import { FakeSpreadsheet, SPREADSHEET_MIME_TYPE } from './spreadsheet';
import type { Workspace } from './workspace';

type GDriveApp = GoogleAppsScript.Drive.DriveApp;
type GFile = GoogleAppsScript.Drive.File;
type GFolder = GoogleAppsScript.Drive.Folder;
type GFolderIterator = GoogleAppsScript.Drive.FolderIterator;
type GFileIterator = GoogleAppsScript.Drive.FileIterator;

export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';
export const DOCUMENT_MIME_TYPE = 'application/vnd.google-apps.document';
export const FORM_MIME_TYPE = 'application/vnd.google-apps.form';

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  /** Parent folder ids (one, normally). */
  parents: string[];
  trashed: boolean;
  content?: string;
  /** Link sharing (DriveApp Access and Permission names). Default for a new item: PRIVATE / NONE, as in Drive. */
  sharing?: { access: SharingAccess; permission: SharingPermission };
  /**
   * A link-shared file's resource key this account has not opened yet (Drive's 2021 security update): as
   * documented, getFileById / getFolderById do not find it; getFileByIdAndResourceKey with the key does.
   */
  resourceKey?: string;
  /**
   * getSharingAccess throws this: what scripts report for items with sharing settings from before Drive's
   * current model ("The file or folder has invalid access settings.").
   */
  sharingError?: string;
  /** Bytes of a file made from a blob (a PDF export, say). */
  bytes?: Uint8Array;
  /** A folder this account may only view: moving a file into it and creating one in it are refused. */
  viewOnly?: boolean;
}

/** What Drive says when this account may not add to a folder (moveTo, createFile). */
export const NO_WRITE_MESSAGE = 'Access denied: DriveApp.';

export type SharingAccess = 'ANYONE' | 'ANYONE_WITH_LINK' | 'DOMAIN' | 'DOMAIN_WITH_LINK' | 'PRIVATE';
export type SharingPermission = 'VIEW' | 'EDIT' | 'COMMENT' | 'OWNER' | 'ORGANIZER' | 'NONE';

/** Apps Script enums print as their names (String(DriveApp.Access.ANYONE) is "ANYONE"): the fake hands those. */
function sharingAccess(item: DriveItem): GoogleAppsScript.Drive.Access {
  return (item.sharing?.access ?? 'PRIVATE') as unknown as GoogleAppsScript.Drive.Access;
}
function sharingPermission(item: DriveItem): GoogleAppsScript.Drive.Permission {
  return (item.sharing?.permission ?? 'NONE') as unknown as GoogleAppsScript.Drive.Permission;
}

export const PDF_MIME_TYPE = 'application/pdf';

/**
 * What Apps Script throws when the Workspace domain forbids link sharing ("Domain administrators can prohibit
 * this setting ... passing this value to File.setSharing(accessType, permissionType) throws an exception"):
 * the message reported by scripts in such domains (e.g. a Workspace for Education account).
 */
export const SHARING_FORBIDDEN_MESSAGE = 'Access denied: DriveApp.';

/** Google formats and what each exports to (Drive's export formats); anything else is refused. */
const EXPORTS: Record<string, readonly string[]> = {
  [DOCUMENT_MIME_TYPE]: [
    PDF_MIME_TYPE,
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'text/plain',
  ],
};
const EXTENSION: Record<string, string> = {
  [PDF_MIME_TYPE]: 'pdf',
  'text/plain': 'txt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

const ACCESS = ['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE'];

const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

function urlOf(item: DriveItem): string {
  switch (item.mimeType) {
    case FOLDER_MIME_TYPE:
      return `https://drive.google.com/drive/folders/${item.id}`;
    case SPREADSHEET_MIME_TYPE:
      return `https://docs.google.com/spreadsheets/d/${item.id}/edit?usp=drivesdk`;
    case DOCUMENT_MIME_TYPE:
      return `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`;
    case FORM_MIME_TYPE:
      return `https://docs.google.com/forms/d/${item.id}/edit?usp=drivesdk`;
    default:
      return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
  }
}

class FakeIterator<T> extends Fake {
  readonly _items: T[];
  _at = 0;

  constructor(drive: FakeDriveApp, kind: string, items: T[]) {
    super(drive._env, kind);
    this._items = items;
  }

  hasNext(): boolean {
    return this._at < this._items.length;
  }

  next(): T {
    if (this._at >= this._items.length)
      throw this._env.exception('Cannot retrieve the next object: iterator has reached the end.');
    return this._items[this._at++];
  }
}

export class FakeFile extends Fake implements Partial<GFile> {
  readonly _drive: FakeDriveApp;
  readonly _item: DriveItem;

  constructor(drive: FakeDriveApp, item: DriveItem) {
    super(drive._env, 'File');
    this._drive = drive;
    this._item = item;
  }

  getId(): string {
    return this._item.id;
  }

  /** A spreadsheet's file name is the spreadsheet's name. */
  getName(): string {
    const ss = this._drive._workspace.spreadsheets.get(this._item.id);
    return ss ? ss._name : this._item.name;
  }

  setName(name: string): GFile {
    this._item.name = String(name);
    const ss = this._drive._workspace.spreadsheets.get(this._item.id);
    if (ss) ss._name = String(name);
    return this._as<GFile>();
  }

  getMimeType(): string {
    return this._item.mimeType;
  }

  getSharingAccess(): GoogleAppsScript.Drive.Access {
    if (this._item.sharingError) throw this._env.exception(this._item.sharingError);
    return sharingAccess(this._item);
  }

  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    return sharingPermission(this._item);
  }

  getUrl(): string {
    return urlOf(this._item);
  }

  getParents(): GFolderIterator {
    return this._drive._folderIterator(this._item.parents);
  }

  isTrashed(): boolean {
    return this._item.trashed;
  }

  setTrashed(trashed: boolean): GFile {
    this._item.trashed = Boolean(trashed);
    return this._as<GFile>();
  }

  /**
   * The file converted to `contentType`; "adds the appropriate extension to the filename — for example,
   * "myfile.pdf"" (BlobSource.getAs). A Google Doc exports to PDF; an unsupported pair throws as Drive does.
   */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const type = String(contentType);
    if (this._drive._createFailure) throw this._env.exception(this._drive._createFailure);
    if (!(EXPORTS[this._item.mimeType] ?? []).includes(type) && this._item.mimeType !== type) {
      throw this._env.exception(`Converting from ${this._item.mimeType} to ${type} is not supported.`);
    }
    this._drive._exports.push({ id: this._item.id, contentType: type });
    const bytes = new TextEncoder().encode(
      type === PDF_MIME_TYPE
        ? `%PDF-1.4\n% export of ${this._item.id} (${this._item.name})\n%%EOF\n`
        : (this._item.content ?? ''),
    );
    const base = this._item.name.replace(/\.[^.]*$/, '') || this._item.name;
    return new FakeBlob(
      this._env,
      bytes,
      type,
      `${base}.${EXTENSION[type] ?? 'bin'}`,
    )._as<GoogleAppsScript.Base.Blob>();
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return new FakeBlob(
      this._env,
      this._item.bytes ?? new TextEncoder().encode(this._item.content ?? ''),
      this._item.mimeType,
      this._item.name,
    )._as<GoogleAppsScript.Base.Blob>();
  }

  getSize(): number {
    return this._item.bytes?.length ?? (this._item.content ?? '').length;
  }

  /** Throws SHARING_FORBIDDEN_MESSAGE for ANYONE / ANYONE_WITH_LINK when the domain forbids it (_forbidLinkSharing). */
  setSharing(accessType: unknown, permissionType: unknown): GFile {
    const access = String(accessType);
    const permission = String(permissionType);
    if (!ACCESS.includes(access) || !['VIEW', 'EDIT', 'COMMENT'].includes(permission)) {
      throw this._env.exception(`Invalid argument: ${access}, ${permission}`);
    }
    if ((access === 'ANYONE' || access === 'ANYONE_WITH_LINK') && this._drive._linkSharingForbidden) {
      throw this._env.exception(SHARING_FORBIDDEN_MESSAGE);
    }
    this._item.sharing = { access: access as SharingAccess, permission: permission as SharingPermission };
    return this._as<GFile>();
  }

  moveTo(destination: GFolder): GFile {
    if (gas<FakeFolder>(destination)._item.viewOnly) throw this._env.exception(NO_WRITE_MESSAGE);
    this._item.parents = [gas<FakeFolder>(destination)._item.id];
    return this._as<GFile>();
  }

  /**
   * makeCopy(), makeCopy(name), makeCopy(folder), makeCopy(name, folder). A spreadsheet's copy is
   * a new spreadsheet with the same sheets and cells (protections and triggers are not copied).
   */
  makeCopy(a?: string | GFolder, b?: GFolder): GFile {
    const name = typeof a === 'string' ? a : `Copy of ${this.getName()}`;
    const folder = typeof a === 'object' ? a : b;
    const parents = folder ? [gas<FakeFolder>(folder)._item.id] : [...this._item.parents];
    const source = this._drive._workspace.spreadsheets.get(this._item.id);
    if (source) {
      const copy = new FakeSpreadsheet(this._drive._workspace, { name, folderId: parents[0], sheets: {} });
      copyCells(source, copy);
      return this._drive.getFileById(copy._id);
    }
    const item = this._drive._register({
      name,
      mimeType: this._item.mimeType,
      folderId: parents[0],
      content: this._item.content,
    });
    return new FakeFile(this._drive, item)._as<GFile>();
  }
}

function copyCells(from: FakeSpreadsheet, to: FakeSpreadsheet): void {
  to._sheets = [];
  for (const sheet of from._sheets) {
    const copy = to._newSheet(sheet._name);
    copy._maxRows = sheet._maxRows;
    copy._maxColumns = sheet._maxColumns;
    copy._frozenRows = sheet._frozenRows;
    copy._merges = sheet._merges.map((m) => ({ ...m }));
    sheet._grid.forEachIn(
      { row: 1, column: 1, numRows: sheet._maxRows, numColumns: sheet._maxColumns },
      (cell, r, c) => {
        Object.assign(copy._grid.ensure(r, c), structuredClone({ ...cell, validation: undefined }), {
          validation: cell.validation,
        });
      },
    );
    copy._grid.touched();
    to._sheets.push(copy);
  }
  to._active = to._sheets[0];
}

export class FakeFolder extends Fake implements Partial<GFolder> {
  readonly _drive: FakeDriveApp;
  readonly _item: DriveItem;

  constructor(drive: FakeDriveApp, item: DriveItem) {
    super(drive._env, 'Folder');
    this._drive = drive;
    this._item = item;
  }

  getId(): string {
    return this._item.id;
  }

  getName(): string {
    return this._item.name;
  }

  setName(name: string): GFolder {
    this._item.name = String(name);
    return this._as<GFolder>();
  }

  getSharingAccess(): GoogleAppsScript.Drive.Access {
    if (this._item.sharingError) throw this._env.exception(this._item.sharingError);
    return sharingAccess(this._item);
  }

  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    return sharingPermission(this._item);
  }

  getUrl(): string {
    return urlOf(this._item);
  }

  getParents(): GFolderIterator {
    return this._drive._folderIterator(this._item.parents);
  }

  isTrashed(): boolean {
    return this._item.trashed;
  }

  setTrashed(trashed: boolean): GFolder {
    this._item.trashed = Boolean(trashed);
    return this._as<GFolder>();
  }

  /** createFile(name, content[, mimeType]) or createFile(blob): a new file every time, never a replacement. */
  createFile(name: string | GoogleAppsScript.Base.BlobSource, content?: string, mimeType = 'text/plain'): GFile {
    if (this._item.viewOnly) throw this._env.exception(NO_WRITE_MESSAGE);
    if (typeof name !== 'string') return this._drive._fromBlob(name, this._item.id);
    this._drive._checkContent(content, arguments.length);
    const item = this._drive._register({ name, mimeType, folderId: this._item.id, content: content ?? '' });
    return new FakeFile(this._drive, item)._as<GFile>();
  }

  createFolder(name: string): GFolder {
    return this._drive._folder(this._drive._addFolder(name, this._item.id));
  }

  /** Files in this folder, trashed ones excluded. */
  getFiles(): GFileIterator {
    return this._drive._fileIterator((f) => f.parents.includes(this._item.id));
  }

  getFilesByName(name: string): GFileIterator {
    return this._drive._fileIterator((f) => f.parents.includes(this._item.id) && f.name === name);
  }

  getFolders(): GFolderIterator {
    const ids = [...this._drive._items.values()]
      .filter((i) => i.mimeType === FOLDER_MIME_TYPE && !i.trashed && i.parents.includes(this._item.id))
      .map((i) => i.id);
    return this._drive._folderIterator(ids);
  }
}

export class FakeDriveApp extends Fake implements Partial<GDriveApp> {
  readonly _workspace: Workspace;
  readonly _items = new Map<string, DriveItem>();
  readonly _rootId: string;
  /** DriveApp.Access and DriveApp.Permission, as strict enums. */
  readonly Access: typeof GoogleAppsScript.Drive.Access;
  readonly Permission: typeof GoogleAppsScript.Drive.Permission;
  /** Test switch: the Workspace domain forbids ANYONE / ANYONE_WITH_LINK sharing. */
  _linkSharingForbidden = false;
  /** Test switch: getAs / createFile from a blob fail with this message (a Drive outage, say). */
  _createFailure: string | undefined;
  /** Every getAs() conversion, in order. */
  readonly _exports: { id: string; contentType: string }[] = [];

  constructor(workspace: Workspace) {
    super(workspace.env, 'DriveApp');
    this._workspace = workspace;
    this._rootId = this._addFolder('My Drive', undefined, 'fake-root-folder');
    this.Access = makeEnum('Access', workspace.env, ACCESS);
    this.Permission = makeEnum('Permission', workspace.env, [
      'VIEW',
      'EDIT',
      'COMMENT',
      'OWNER',
      'ORGANIZER',
      'FILE_ORGANIZER',
      'NONE',
    ]);
  }

  /**
   * The reference's limits on text content: createFile(name, content) "Throws an exception if content is larger
   * than 50 MB", createFile(name, content, mimeType) "if content is larger than 10MB" (taken as UTF-8 bytes).
   */
  _checkContent(content: string | undefined, args: number): void {
    const limit = (args >= 3 ? 10 : 50) * 1024 * 1024;
    if (Buffer.byteLength(content ?? '', 'utf8') > limit)
      throw this._env.exception(`Exception: File content is larger than ${args >= 3 ? '10MB' : '50 MB'}`);
  }

  /** A file made from a blob: its name and content type are the blob's. */
  _fromBlob(source: GoogleAppsScript.Base.BlobSource, folderId: string): GFile {
    if (this._createFailure) throw this._env.exception(this._createFailure);
    const blob = gas<FakeBlob>(source);
    if (!(blob instanceof FakeBlob))
      throw new Error('not implemented: createFile from a BlobSource that is not a Blob');
    const item = this._register({
      name: blob._name ?? 'Untitled',
      mimeType: blob._contentType ?? 'application/octet-stream',
      folderId,
    });
    item.bytes = blob._bytes.slice();
    return new FakeFile(this, item)._as<GFile>();
  }

  // ---- internals ------------------------------------------------------------------------

  _register(item: { id?: string; name: string; mimeType: string; folderId?: string; content?: string }): DriveItem {
    const id = item.id ?? this._env.id(item.mimeType === DOCUMENT_MIME_TYPE ? 'document' : 'file');
    const record: DriveItem = {
      id,
      name: item.name,
      mimeType: item.mimeType,
      parents: [item.folderId ?? this._rootId],
      trashed: false,
      content: item.content,
    };
    this._items.set(id, record);
    return record;
  }

  _folder(id: string): GFolder {
    const item = this._items.get(id);
    if (!item || item.mimeType !== FOLDER_MIME_TYPE) throw this._env.exception(NOT_FOUND);
    return new FakeFolder(this, item)._as<GFolder>();
  }

  _folderIterator(ids: readonly string[]): GFolderIterator {
    const folders = ids.filter((id) => this._items.has(id)).map((id) => this._folder(id));
    return new FakeIterator<GFolder>(this, 'FolderIterator', folders)._as<GFolderIterator>();
  }

  _fileIterator(match: (item: DriveItem) => boolean): GFileIterator {
    const files = [...this._items.values()]
      .filter((i) => i.mimeType !== FOLDER_MIME_TYPE && !i.trashed && match(i))
      .map((i) => new FakeFile(this, i)._as<GFile>());
    return new FakeIterator<GFile>(this, 'FileIterator', files)._as<GFileIterator>();
  }

  // ---- Apps Script ----------------------------------------------------------------------

  getFileById(id: string): GFile {
    return this.getFileByIdAndResourceKey(id, '');
  }

  getFileByIdAndResourceKey(id: string, resourceKey: string): GFile {
    const item = this._items.get(String(id));
    if (!item || item.mimeType === FOLDER_MIME_TYPE || !this._keyFits(item, resourceKey))
      throw this._env.exception(NOT_FOUND);
    return new FakeFile(this, item)._as<GFile>();
  }

  getFolderById(id: string): GFolder {
    return this.getFolderByIdAndResourceKey(id, '');
  }

  getFolderByIdAndResourceKey(id: string, resourceKey: string): GFolder {
    const item = this._items.get(String(id));
    if (item && !this._keyFits(item, resourceKey)) throw this._env.exception(NOT_FOUND);
    return this._folder(String(id));
  }

  _keyFits(item: DriveItem, key: string): boolean {
    return item.resourceKey === undefined || item.resourceKey === String(key);
  }

  getRootFolder(): GFolder {
    return this._folder(this._rootId);
  }

  createFolder(name: string): GFolder {
    return this._folder(this._addFolder(name, this._rootId));
  }

  createFile(name: string | GoogleAppsScript.Base.BlobSource, content?: string, mimeType = 'text/plain'): GFile {
    if (typeof name !== 'string') return this._fromBlob(name, this._rootId);
    this._checkContent(content, arguments.length);
    return new FakeFile(this, this._register({ name, mimeType, content: content ?? '' }))._as<GFile>();
  }

  getFilesByName(name: string): GFileIterator {
    return this._fileIterator((f) => f.name === name);
  }

  getFoldersByName(name: string): GFolderIterator {
    const ids = [...this._items.values()]
      .filter((i) => i.mimeType === FOLDER_MIME_TYPE && !i.trashed && i.name === name)
      .map((i) => i.id);
    return this._folderIterator(ids);
  }

  // ---- test helpers ---------------------------------------------------------------------

  /** Adds a folder (in `parentId`, default the root); returns its id. */
  _addFolder(name: string, parentId?: string, id?: string): string {
    const folderId = id ?? this._env.id('folder');
    this._items.set(folderId, {
      id: folderId,
      name,
      mimeType: FOLDER_MIME_TYPE,
      parents: parentId ? [parentId] : [],
      trashed: false,
    });
    return folderId;
  }

  /** Adds a file (a Google Doc made by the Docs simulator, say); returns its record. */
  _addFile(file: { id?: string; name: string; mimeType?: string; folderId?: string; content?: string }): DriveItem {
    return this._register({ ...file, mimeType: file.mimeType ?? DOCUMENT_MIME_TYPE });
  }

  /** The stored record of a file or folder (trashed, parents, name ...), or undefined. */
  _item(id: string): DriveItem | undefined {
    return this._items.get(id);
  }
}
