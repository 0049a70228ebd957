/**
 * The CLI's Google path, part 1: credentials, the options every call takes, its errors, and the retry of 429/5xx
 * (see google.ts for the whole path).
 */
import { readFile } from 'node:fs/promises';
import { google } from './google-apis';
import { GCLOUD_LOGIN, googleFailureTh, privateKeyProblemTh } from './google-errors';

export interface GoogleOptions {
  /** A service-account key file (JSON). Without it: Application Default Credentials. */
  keyFile?: string;
  /** Where the APIs live, e.g. "http://127.0.0.1:8080/" for a local fake. Default: Google's. */
  rootUrl?: string;
  /**
   * Service-account keys only: sign the access token locally (a self-signed JWT with the scopes) instead of
   * exchanging it at Google's token endpoint. Default: on when rootUrl is set (a local fake or a private
   * endpoint must not cause a call to oauth2.googleapis.com), off otherwise.
   */
  selfSignedJwt?: boolean;
  /** Retries of 429/5xx: attempts in all (default 6) and the first back-off (default 1000 ms, then doubled). */
  retry?: { attempts?: number; firstDelayMs?: number };
  /** Progress lines for long runs (the CLI prints them on standard error). */
  onProgress?: (message: string) => void;
}

/** An error meant for the person running the CLI: Thai first, then English. */
export class GoogleCliError extends Error {
  constructor(
    readonly messageTh: string,
    readonly messageEn: string,
    options?: { cause?: unknown },
  ) {
    super(`${messageTh}\n${messageEn}`, options);
    this.name = 'GoogleCliError';
  }
}

export const SCOPES = {
  read: ['https://www.googleapis.com/auth/spreadsheets.readonly'],
  write: ['https://www.googleapis.com/auth/documents', 'https://www.googleapis.com/auth/drive.file'],
  folder: ['https://www.googleapis.com/auth/drive'],
} as const;

const DEFAULT_ATTEMPTS = 6;
const DEFAULT_FIRST_DELAY_MS = 1000;

export type Auth = InstanceType<typeof google.auth.GoogleAuth>;

/** GoogleAuth with its client resolved now, so that missing credentials fail before any API call. */
export async function authorise(options: GoogleOptions, scopes: readonly string[]): Promise<Auth> {
  if (options.keyFile) await checkKeyFile(options.keyFile);
  const auth = new google.auth.GoogleAuth({
    scopes: [...scopes],
    ...(options.keyFile ? { keyFile: options.keyFile } : {}),
  });
  auth.useJWTAccessWithScope = options.selfSignedJwt ?? options.rootUrl !== undefined;
  try {
    await auth.getClient();
    return auth;
  } catch (e) {
    const message = errorMessage(e);
    if (!options.keyFile && /could not load the default credentials/i.test(message)) {
      throw new GoogleCliError(
        'ไม่พบข้อมูลยืนยันตัวตนของ Google: ใส่ไฟล์กุญแจบัญชีบริการด้วย --key-file <ไฟล์.json> ' +
          'หรือตั้งค่า GOOGLE_APPLICATION_CREDENTIALS ให้ชี้ไปที่ไฟล์นั้น ' +
          `หรือเข้าสู่ระบบด้วย ${GCLOUD_LOGIN}`,
        'No Google credentials found: pass a service-account key with --key-file <file.json>, set ' +
          'GOOGLE_APPLICATION_CREDENTIALS to its path, or run `gcloud auth application-default login` with the scopes above.',
        { cause: e },
      );
    }
    throw new GoogleCliError(
      `ใช้ข้อมูลยืนยันตัวตนของ Google ไม่ได้: ${message}`,
      `Cannot use the Google credentials: ${message}`,
      { cause: e },
    );
  }
}

/** A clear message for a key file that is missing or is not a key, before google-auth-library's own. */
async function checkKeyFile(path: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new GoogleCliError(
      missing
        ? `ไม่พบไฟล์กุญแจบัญชีบริการ "${path}": ตรวจชื่อและตำแหน่งไฟล์ (ดาวน์โหลดได้จาก Google Cloud Console › IAM › Service accounts › Keys) หรือไม่ใส่ --key-file แล้วเข้าสู่ระบบด้วย ${GCLOUD_LOGIN}`
        : `อ่านไฟล์กุญแจบัญชีบริการ "${path}" ไม่ได้ (${errorMessage(e)})`,
      `Cannot read the service-account key file "${path}".`,
      { cause: e },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new GoogleCliError(
      `ไฟล์ "${path}" ไม่ใช่ไฟล์กุญแจ JSON ของ Google (ดาวน์โหลดจาก Google Cloud Console › IAM › Service accounts › Keys)`,
      `"${path}" is not a Google JSON key file.`,
      { cause: e },
    );
  }
  const type = json !== null && typeof json === 'object' ? (json as { type?: unknown }).type : undefined;
  if (typeof type !== 'string') {
    throw new GoogleCliError(
      `ไฟล์ "${path}" ไม่มีช่อง "type" ของไฟล์กุญแจ Google (เช่น "service_account")`,
      `"${path}" has no "type" field; it is not a Google credentials file.`,
    );
  }
  const keyProblem = privateKeyProblemTh(json, path);
  if (keyProblem) throw new GoogleCliError(keyProblem, `"${path}": its private_key cannot be read.`);
}

export function apiOptions(options: GoogleOptions, auth: Auth) {
  // retry: false: gaxios would retry GETs on its own; every retry here goes through withRetry, counted and logged.
  return { auth, retry: false, ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}) };
}

/** HTTP status of a googleapis (gaxios) error, if any. */
export function httpStatus(e: unknown): number | undefined {
  if (e === null || typeof e !== 'object') return undefined;
  const o = e as { status?: unknown; code?: unknown; response?: { status?: unknown } };
  for (const v of [o.status, o.response?.status, o.code]) {
    const n = typeof v === 'string' ? Number(v) : v;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 100 && n < 600) return n;
  }
  return undefined;
}

/** 429 and the transient 5xx (the APIs' usage-limits pages); for reads also a dropped connection. */
export function isRetryableError(e: unknown, idempotent: boolean): boolean {
  const status = httpStatus(e);
  if (status !== undefined)
    return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
  const code = e !== null && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  return idempotent && typeof code === 'string' && /^(ECONNRESET|ETIMEDOUT|EAI_AGAIN|ECONNREFUSED|EPIPE)$/.test(code);
}

/** A call that ran out of time: a 504, or the socket timed out or was cut after the request went out. */
export function isTimeout(e: unknown): boolean {
  if (httpStatus(e) === 504) return true;
  const code = e !== null && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  return httpStatus(e) === undefined && typeof code === 'string' && /^(ETIMEDOUT|ECONNRESET|EPIPE)$/.test(code);
}

export async function withRetry<T>(
  what: string,
  fn: () => Promise<T>,
  options: GoogleOptions,
  idempotent: boolean,
  retryable: (e: unknown) => boolean = (e) => isRetryableError(e, idempotent),
): Promise<T> {
  const attempts = options.retry?.attempts ?? DEFAULT_ATTEMPTS;
  const first = options.retry?.firstDelayMs ?? DEFAULT_FIRST_DELAY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= attempts || !retryable(e)) throw e;
      const delay = first * 2 ** (attempt - 1) + (first > 0 ? Math.floor(Math.random() * Math.min(500, first)) : 0);
      options.onProgress?.(
        `${what}: ${errorMessage(e)} — ลองใหม่ในอีก ${delay} มิลลิวินาที (ครั้งที่ ${attempt + 1} จาก ${attempts})`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Duck-typed: errors from gaxios and from other realms may fail instanceof Error. */
export function errorMessage(e: unknown): string {
  const message = e !== null && typeof e === 'object' ? (e as { message?: unknown }).message : undefined;
  return googleFailureTh(e) ?? (typeof message === 'string' ? message : String(e));
}
