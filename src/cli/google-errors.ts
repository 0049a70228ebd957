/**
 * What a Google failure means, in one Thai line with what to do: the low-level texts (OpenSSL's
 * "DECODER routines::unsupported", a socket code, an OAuth "invalid_grant") say nothing to staff.
 * And gcp-metadata's MetadataLookupWarning (printed by Node when no Google Cloud machine answers) is dropped:
 * the missing-credentials message already says what to do.
 */
import { createPrivateKey } from 'node:crypto';

const NETWORK =
  /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENETUNREACH|EHOSTUNREACH|CERT_[A-Z_]+|UNABLE_TO_[A-Z_]+)$/;

/**
 * The one ADC login that serves every command: a plain `gcloud auth application-default login` grants only
 * cloud-platform, which the Sheets, Docs and Drive APIs refuse ("insufficient authentication scopes").
 * drive covers drive.file and drive.metadata.readonly, and is what a report folder or template needs.
 */
export const GCLOUD_LOGIN = `gcloud auth application-default login --scopes=${[
  'spreadsheets.readonly',
  'documents',
  'drive',
  'cloud-platform',
]
  .map((s) => `https://www.googleapis.com/auth/${s}`)
  .join(',')}`;

/** The Thai meaning of a known failure, or undefined for one we do not recognise (its own text is kept). */
export function googleFailureTh(e: unknown): string | undefined {
  const o = e !== null && typeof e === 'object' ? (e as { code?: unknown; message?: unknown }) : {};
  const code = typeof o.code === 'string' ? o.code : '';
  const message = typeof o.message === 'string' ? o.message : String(e);
  if (/DECODER routines|PEM routines|ERR_OSSL|asn1|bad base64|private key/i.test(`${code} ${message}`)) {
    return 'กุญแจในไฟล์บัญชีบริการเสียหรือไม่ครบ (อ่าน private_key ไม่ได้): ดาวน์โหลดไฟล์กุญแจ JSON ใหม่จาก Google Cloud Console › IAM › Service accounts › Keys';
  }
  if (/invalid_grant|invalid_client|Invalid JWT|account not found/i.test(message)) {
    return 'Google ไม่รับกุญแจนี้ (ถูกลบ ปิดใช้ หรือนาฬิกาเครื่องไม่ตรง): ตรวจเวลาของเครื่อง หรือสร้างกุญแจใหม่ให้บัญชีบริการ';
  }
  if (/insufficient authentication scopes|ACCESS_TOKEN_SCOPE_INSUFFICIENT|insufficient_scope/i.test(message)) {
    return `บัญชีที่เข้าสู่ระบบไว้ไม่ได้ให้สิทธิ์ (scope) ที่โปรแกรมต้องใช้: เข้าสู่ระบบใหม่ด้วย ${GCLOUD_LOGIN} หรือใช้ --key-file <ไฟล์กุญแจบัญชีบริการ.json>`;
  }
  if (/requires a quota project/i.test(message)) {
    return 'ยังไม่ได้กำหนดโครงการ Google Cloud สำหรับโควตาของบัญชีที่เข้าสู่ระบบ: รัน gcloud auth application-default set-quota-project <รหัสโครงการ> (โครงการที่เปิดใช้ Sheets, Docs และ Drive API) หรือใช้ --key-file';
  }
  if (/has not been used in project|is disabled|SERVICE_DISABLED|accessNotConfigured/i.test(message)) {
    const api = /(Google \w+ API|\w+\.googleapis\.com)/.exec(message)?.[1] ?? 'API ที่ใช้';
    return `ยังไม่ได้เปิดใช้ ${api} ในโครงการ Google Cloud ของบัญชีนี้: เปิดที่ console.cloud.google.com › APIs & Services › Library แล้วลองใหม่ในอีกไม่กี่นาที`;
  }
  if (NETWORK.test(code) || /fetch failed|socket hang up|getaddrinfo/i.test(message)) {
    return `เชื่อมต่อ Google ไม่ได้ (${code || 'network'}): ตรวจการเชื่อมต่ออินเทอร์เน็ตหรือพร็อกซีของหน่วยงาน แล้วลองใหม่`;
  }
  return undefined;
}

/** A key file's private_key, checked before any call: a damaged key otherwise fails deep inside the signing. */
export function privateKeyProblemTh(json: unknown, path: string): string | undefined {
  const key = json !== null && typeof json === 'object' ? (json as { type?: unknown; private_key?: unknown }) : {};
  if (key.type !== 'service_account') return undefined;
  try {
    if (typeof key.private_key !== 'string') throw new Error('no private_key');
    createPrivateKey(key.private_key);
    return undefined;
  } catch {
    return `ไฟล์ "${path}": ${googleFailureTh({ code: 'ERR_OSSL' })}`;
  }
}

let quiet = false;

/** Drops MetadataLookupWarning from Node's warnings (installed once, when googleapis is loaded). */
export function quietGoogleWarnings(): void {
  if (quiet) return;
  quiet = true;
  const emit = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: unknown, ...rest: unknown[]) => {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: unknown } | undefined)?.type;
    if (type === 'MetadataLookupWarning') return;
    emit(warning, ...rest);
  }) as typeof process.emitWarning;
}
