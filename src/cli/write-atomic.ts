import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, EXIT } from './errors';

/**
 * Writes the file next to its destination under a temporary name, then renames it into place: a reader never
 * sees half a file, and a failure leaves nothing at the output path (an older file there stays as it was).
 * Missing folders are created (out/ on a fresh clone).
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let written = false;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, bytes, { flag: 'wx' });
    written = true;
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    // The folder took the temporary file, so a refused rename is the file itself held open (Windows: Word, a
    // PDF reader, an antivirus scan), not the folder's permissions.
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const held = written && ['EPERM', 'EBUSY', 'EACCES'].includes(code);
    throw new CliError(`เขียนไฟล์ ${path} ไม่ได้: ${held ? HELD_OPEN : reason(e)}`, EXIT.usage);
  }
}

const HELD_OPEN = 'ไฟล์นี้อาจเปิดอยู่ในโปรแกรมอื่น (เช่น Word หรือโปรแกรมอ่าน PDF) — ปิดไฟล์นั้นแล้วสั่งใหม่ (ไฟล์เดิมยังอยู่ครบ)';

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้ (permission denied)';
    case 'EISDIR':
      return 'ปลายทางเป็นโฟลเดอร์ ไม่ใช่ไฟล์ (is a directory)';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'ส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์ (not a directory)';
    case 'ENOSPC':
      return 'พื้นที่ดิสก์เต็ม (no space left)';
    case 'EROFS':
      return 'ดิสก์เป็นแบบอ่านอย่างเดียว (read-only file system)';
    default:
      return err.message ?? String(e);
  }
}
