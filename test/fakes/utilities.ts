/** Utilities: formatDate (SimpleDateFormat, fixed-offset zones), sleep (recorded), getUuid, computeDigest, newBlob, gzip, ungzip. */
import { createHash, randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FakeBlob } from './blob';
import { Env, Fake, gas, isArray, isDate, makeEnum } from './core';
import { formatJavaDate } from './format';

type GUtilities = GoogleAppsScript.Utilities.Utilities;
type GBlob = GoogleAppsScript.Base.Blob;

const DIGESTS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Java bytes are signed: 0..255 → -128..127. */
const signed = (bytes: Uint8Array) => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));

function typeOf(v: unknown): string {
  if (isDate(v)) return 'Date';
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  return 'Object';
}

export class FakeUtilities extends Fake implements Partial<GUtilities> {
  readonly DigestAlgorithm: GUtilities['DigestAlgorithm'];
  readonly Charset: GUtilities['Charset'];

  constructor(env: Env) {
    super(env, 'Utilities');
    this.DigestAlgorithm = makeEnum('DigestAlgorithm', env, Object.keys(DIGESTS));
    this.Charset = makeEnum('Charset', env, ['US_ASCII', 'UTF_8']);
  }

  /** Java SimpleDateFormat patterns ("yyyy-MM-dd'T'HH:mm:ssXXX"); time zones with a fixed offset. */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw this._env.exception(
        `The parameters (${[date, timeZone, format].map(typeOf).join(',')}) don't match the method signature for Utilities.formatDate.`,
      );
    }
    if (Number.isNaN(date.getTime())) throw this._env.exception('Invalid argument: date');
    return formatJavaDate(date, timeZone, format);
  }

  /** Recorded in env.recorded.sleeps; returns at once. Apps Script caps a sleep at 300000 ms. */
  sleep(milliseconds: number): void {
    if (milliseconds > 300_000) throw this._env.exception('Argument too large: milliseconds');
    this._env.recorded.sleeps.push(milliseconds);
  }

  getUuid(): string {
    return randomUUID();
  }

  /** Signed bytes (-128..127) as Apps Script returns them; a string is hashed as UTF-8. */
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[]): number[] {
    const name = DIGESTS[String(algorithm)];
    if (!name) throw this._env.exception('Invalid argument: algorithm');
    const input = isArray(value)
      ? Buffer.from(value.map((b) => (Number(b) + 256) % 256))
      : Buffer.from(String(value), 'utf8');
    return this._env.list(signed(createHash(name).update(input).digest()));
  }

  base64Encode(data: string | number[]): string {
    const bytes = isArray(data)
      ? Buffer.from(data.map((b) => (Number(b) + 256) % 256))
      : Buffer.from(String(data), 'utf8');
    return bytes.toString('base64');
  }

  base64Decode(encoded: string): number[] {
    return this._env.list(signed(Buffer.from(encoded, 'base64')));
  }

  /** gzip(blob[, name]): the compressed bytes as an application/x-gzip Blob, named `name` or the blob's name. */
  gzip(source: GBlob, name?: string): GBlob {
    const blob = gas<FakeBlob>(source);
    if (!(blob instanceof FakeBlob)) throw this._env.exception('Invalid argument: blob');
    return new FakeBlob(this._env, gzipSync(blob._bytes), 'application/x-gzip', name ?? blob._name)._as<GBlob>();
  }

  /** ungzip(blob): the uncompressed bytes as a new Blob (Apps Script throws on data that is not gzip; so does gunzipSync). */
  ungzip(source: GBlob): GBlob {
    const blob = gas<FakeBlob>(source);
    if (!(blob instanceof FakeBlob)) throw this._env.exception('Invalid argument: blob');
    return new FakeBlob(this._env, gunzipSync(blob._bytes), null, blob._name)._as<GBlob>();
  }

  newBlob(data: string | number[], contentType?: string, name?: string): GBlob {
    const bytes = isArray(data)
      ? Buffer.from(data.map((b) => (Number(b) + 256) % 256))
      : Buffer.from(String(data), 'utf8');
    return new FakeBlob(this._env, bytes, contentType ?? null, name ?? null)._as<GBlob>();
  }
}
