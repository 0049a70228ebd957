/** Blob: bytes with a name and a content type, as File.getAs() returns and Folder.createFile(blob) takes. */
import { Env, Fake } from './core';

type GBlob = GoogleAppsScript.Base.Blob;

export class FakeBlob extends Fake implements Partial<GBlob> {
  _bytes: Uint8Array;
  _name: string | null;
  _contentType: string | null;

  constructor(env: Env, bytes: Uint8Array, contentType: string | null, name: string | null) {
    super(env, 'Blob');
    this._bytes = bytes;
    this._contentType = contentType;
    this._name = name;
  }

  getName(): string | null {
    return this._name;
  }

  setName(name: string): GBlob {
    this._name = String(name);
    return this._as<GBlob>();
  }

  getContentType(): string | null {
    return this._contentType;
  }

  setContentType(contentType: string): GBlob {
    this._contentType = String(contentType);
    return this._as<GBlob>();
  }

  getBytes(): number[] {
    return this._env.list([...this._bytes].map((b) => (b > 127 ? b - 256 : b)));
  }

  getDataAsString(): string {
    return new TextDecoder().decode(this._bytes);
  }

  copyBlob(): GBlob {
    return new FakeBlob(this._env, this._bytes.slice(), this._contentType, this._name)._as<GBlob>();
  }
}
