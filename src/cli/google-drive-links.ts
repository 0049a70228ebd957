/**
 * Drive links checked with the Drive API (v3 files.get), as the account the CLI runs as: the file's name,
 * whether it is trashed, and its permissions: an "anyone" permission is what an assessor can open, a
 * "domain" one is inside the organisation only, none of those is restricted. A 404 (or 403) is a file this
 * account cannot open. Drive lists permissions only to someone who may share the file: without them the
 * result is undefined and the command fetches the link without an account instead (a private file then
 * lands on Google's sign-in page, see probe.ts). Loaded lazily with googleapis, like google.ts.
 */
import { google } from './google-apis';
import type { DriveTarget } from '../core/links/google-links';
import type { Outcome } from '../core/links/probe';
import { apiOptions, authorise, httpStatus, type GoogleOptions } from './google-auth';
import { googleFailureTh } from './google-errors';

export const DRIVE_LINK_SCOPES = ['https://www.googleapis.com/auth/drive.metadata.readonly'] as const;
const HOW_TO_SHARE = 'เปิดไฟล์ › แชร์ › การเข้าถึงทั่วไป › เลือก "ทุกคนที่มีลิงก์" สิทธิ์ "ผู้มีสิทธิ์อ่าน"';

interface Permission {
  type?: string | null;
  role?: string | null;
  domain?: string | null;
}

/** One outcome per link (undefined: sharing not visible to this account, check it without an account). */
export async function checkDriveLinksApi(
  links: readonly { url: string; target: DriveTarget }[],
  options: GoogleOptions,
): Promise<(Outcome | undefined)[]> {
  const auth = await authorise(options, DRIVE_LINK_SCOPES);
  const drive = google.drive({ version: 'v3', ...apiOptions(options, auth) });
  const out: (Outcome | undefined)[] = [];
  for (const { url, target } of links) {
    try {
      const res = await drive.files.get({
        fileId: target.id,
        fields: 'id,name,trashed,permissions(type,role,domain)',
        supportsAllDrives: true,
      });
      out.push(
        outcomeOf(url, res.data.name ?? target.id, res.data.trashed === true, res.data.permissions ?? undefined),
      );
    } catch (e) {
      const status = httpStatus(e);
      // A 403 for the token or the API (googleFailureTh knows it) is the check failing, not this file.
      if (status === 404 || (status === 403 && googleFailureTh(e) === undefined)) {
        out.push({
          url,
          status: 'no-access',
          detail: 'บัญชีที่ใช้ตรวจเปิดไฟล์นี้ไม่ได้: ไฟล์ถูกลบ ลิงก์ผิด หรือไม่ได้แชร์ให้บัญชีนี้ — ตรวจลิงก์กับเจ้าของไฟล์',
        });
      } else {
        throw e;
      }
    }
  }
  return out;
}

export function outcomeOf(
  url: string,
  name: string,
  trashed: boolean,
  permissions: Permission[] | undefined,
): Outcome | undefined {
  if (trashed) return { url, status: 'not-found', detail: `ไฟล์ "${name}" อยู่ในถังขยะ — กู้คืนหรือใส่ลิงก์ใหม่` };
  if (!permissions) return undefined;
  if (permissions.some((p) => p.type === 'anyone'))
    return { url, status: 'ok', detail: `ไฟล์ "${name}" แชร์แบบทุกคนที่มีลิงก์` };
  const domain = permissions.find((p) => p.type === 'domain');
  if (domain) {
    return {
      url,
      status: 'domain-only',
      detail: `ไฟล์ "${name}" เปิดได้เฉพาะคนใน ${domain.domain ?? 'องค์กร'} ผู้ประเมินเปิดไม่ได้ — ${HOW_TO_SHARE}`,
    };
  }
  return {
    url,
    status: 'restricted',
    detail: `ไฟล์ "${name}" จำกัดสิทธิ์ (เฉพาะคนที่ได้รับเชิญ) ผู้ประเมินเปิดไม่ได้ — ${HOW_TO_SHARE}`,
  };
}
