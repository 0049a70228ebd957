/**
 * Drive, Docs, Sheets, Slides and Forms links: the file is looked up with DriveApp (as the person running the
 * check) and its sharing read: getSharingAccess() ANYONE / ANYONE_WITH_LINK with a permission other than NONE
 * is what an assessor can open; DOMAIN / DOMAIN_WITH_LINK is inside the agency only; PRIVATE is restricted.
 * getFileById throws when the file does not exist or this account may not open it: said so, as no-access.
 * A link's resourcekey is passed on (...AndResourceKey). Sharing that cannot be read (getSharingAccess throws
 * for some old items) leaves the link to be fetched without an account, as the CLI does.
 */
import type { DriveTarget } from '../core/links/google-links';
import type { Outcome } from '../core/links/probe';

type Item = GoogleAppsScript.Drive.File | GoogleAppsScript.Drive.Folder;

const HOW_TO_SHARE = 'เปิดไฟล์ › แชร์ › การเข้าถึงทั่วไป › เลือก "ทุกคนที่มีลิงก์" สิทธิ์ "ผู้มีสิทธิ์อ่าน"';

/** With the link's resourcekey, the ...AndResourceKey getters: without it, getFileById misses such a file. */
function lookUp({ id, folder }: DriveTarget, url: string): Item | undefined {
  const key = /[?&]resourcekey=([-\w]+)/i.exec(url)?.[1];
  const file = () => (key ? DriveApp.getFileByIdAndResourceKey(id, key) : DriveApp.getFileById(id));
  const dir = () => (key ? DriveApp.getFolderByIdAndResourceKey(id, key) : DriveApp.getFolderById(id));
  for (const get of folder ? [dir] : [file, dir]) {
    try {
      return get();
    } catch {
      // not this kind, or no access: the next try, then no-access
    }
  }
  return undefined;
}

/** The outcome, or undefined when the sharing cannot be read: the link is then fetched without an account. */
export function checkDriveLink(url: string, target: DriveTarget): Outcome | undefined {
  try {
    return sharingOutcome(url, lookUp(target, url));
  } catch {
    // "The file or folder has invalid access settings." (sharing set before Drive's current model), a Drive hiccup.
    return undefined;
  }
}

function sharingOutcome(url: string, item: Item | undefined): Outcome {
  if (!item) {
    return {
      url,
      status: 'no-access',
      detail: 'บัญชีที่ใช้ตรวจเปิดไฟล์นี้ไม่ได้: ไฟล์ถูกลบ ลิงก์ผิด หรือไม่ได้แชร์ให้บัญชีนี้ — ตรวจลิงก์กับเจ้าของไฟล์',
    };
  }
  const name = item.getName();
  if (item.isTrashed()) return { url, status: 'not-found', detail: `ไฟล์ "${name}" อยู่ในถังขยะ — กู้คืนหรือใส่ลิงก์ใหม่` };
  const access = String(item.getSharingAccess());
  const permission = String(item.getSharingPermission());
  if ((access === 'ANYONE' || access === 'ANYONE_WITH_LINK') && permission !== 'NONE') {
    return { url, status: 'ok', detail: `ไฟล์ "${name}" แชร์แบบทุกคนที่มีลิงก์` };
  }
  if (access === 'DOMAIN' || access === 'DOMAIN_WITH_LINK') {
    return { url, status: 'domain-only', detail: `ไฟล์ "${name}" เปิดได้เฉพาะคนในองค์กร ผู้ประเมินเปิดไม่ได้ — ${HOW_TO_SHARE}` };
  }
  return {
    url,
    status: 'restricted',
    detail: `ไฟล์ "${name}" จำกัดสิทธิ์ (เฉพาะคนที่ได้รับเชิญ) ผู้ประเมินเปิดไม่ได้ — ${HOW_TO_SHARE}`,
  };
}
