/**
 * [plan] DocumentApp, as src/gas/plan-chart.ts uses it, over the Docs simulator's documents (the ones the Docs
 * advanced service fake made): openById → Document.getBody().findText(pattern) → RangeElement.getElement() (Text)
 * → getParent() → asParagraph() → clear() / appendInlineImage(blob) → InlineImage.setWidth/setHeight, and
 * Document.saveAndClose(), after which the Document refuses further use (as Apps Script's does).
 * Only these methods exist; any other name throws "not implemented" like every fake.
 */
import { Env, Fake } from './core';
import type { FakeBlob } from './blob';

export interface ImageTarget {
  contentType: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** What the fake needs of a simulated document (DocsSimulator implements it). */
export interface DocumentBodyModel {
  _findParagraph(pattern: RegExp): { start: number; end: number } | undefined;
  _clearParagraph(start: number, end: number): void;
  _insertImage(start: number, image: ImageTarget): void;
}

export class FakeDocumentApp extends Fake {
  constructor(
    env: Env,
    private readonly _open: (id: string) => DocumentBodyModel | undefined,
  ) {
    super(env, 'DocumentApp');
  }

  openById(id: string): FakeDocument {
    const doc = this._open(String(id));
    if (!doc)
      throw this._env.exception(
        `Document ${String(id)} is missing (perhaps it was deleted, or you don't have read access?)`,
      );
    return new FakeDocument(this._env, String(id), doc);
  }
}

export class FakeDocument extends Fake {
  _closed = false;
  constructor(
    env: Env,
    readonly _id: string,
    readonly _doc: DocumentBodyModel,
  ) {
    super(env, 'Document');
  }
  getId(): string {
    this._check();
    return this._id;
  }
  getBody(): FakeBody {
    this._check();
    return new FakeBody(this._env, this);
  }
  saveAndClose(): void {
    this._check();
    this._closed = true;
  }
  _check(): void {
    if (this._closed) throw this._env.exception('Document is closed, its contents cannot be updated.');
  }
}

export class FakeBody extends Fake {
  constructor(
    env: Env,
    private readonly _document: FakeDocument,
  ) {
    super(env, 'Body');
  }
  findText(searchPattern: string): FakeRangeElement | null {
    this._document._check();
    const found = this._document._doc._findParagraph(new RegExp(String(searchPattern)));
    return found
      ? new FakeRangeElement(this._env, new FakeParagraph(this._env, this._document, found.start, found.end))
      : null;
  }
}

export class FakeRangeElement extends Fake {
  constructor(
    env: Env,
    private readonly _paragraph: FakeParagraph,
  ) {
    super(env, 'RangeElement');
  }
  getElement(): FakeText {
    return new FakeText(this._env, this._paragraph);
  }
}

export class FakeText extends Fake {
  constructor(
    env: Env,
    private readonly _paragraph: FakeParagraph,
  ) {
    super(env, 'Text');
  }
  getParent(): FakeParagraph {
    return this._paragraph;
  }
}

export class FakeParagraph extends Fake {
  constructor(
    env: Env,
    private readonly _document: FakeDocument,
    private _start: number,
    private _end: number,
  ) {
    super(env, 'Paragraph');
  }
  asParagraph(): this {
    return this;
  }
  clear(): this {
    this._document._check();
    this._document._doc._clearParagraph(this._start, this._end);
    this._end = this._start;
    return this;
  }
  appendInlineImage(image: FakeBlob): FakeInlineImage {
    this._document._check();
    const contentType = image.getContentType() ?? '';
    if (!/^image\/(png|jpeg|gif)$/.test(contentType))
      throw this._env.exception(`Unsupported image type: ${contentType}`);
    const target: ImageTarget = { contentType, bytes: image._bytes, width: 0, height: 0 };
    this._document._doc._insertImage(this._end, target);
    this._end++;
    return new FakeInlineImage(this._env, this._document, target);
  }
}

export class FakeInlineImage extends Fake {
  constructor(
    env: Env,
    private readonly _document: FakeDocument,
    private readonly _target: ImageTarget,
  ) {
    super(env, 'InlineImage');
  }
  setWidth(width: number): this {
    this._document._check();
    this._target.width = width;
    return this;
  }
  setHeight(height: number): this {
    this._document._check();
    this._target.height = height;
    return this;
  }
}
