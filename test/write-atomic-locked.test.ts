/**
 * On Windows, replacing a file that Word (or a PDF reader) holds open fails at the rename with EPERM or EBUSY,
 * though the folder is writable (the temporary file beside it was written). Staff re-running a build with last
 * run's report still open must be told to close it, not that they lack permission on the folder.
 * rename is stubbed to fail as Windows does: Linux replaces an open file.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const failWith = vi.hoisted(() => ({ code: '' }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    rename: async (from: string, to: string) => {
      if (failWith.code) throw Object.assign(new Error(`${failWith.code}: rename '${from}' -> '${to}'`), failWith);
      return fs.rename(from, to);
    },
  };
});

const { writeFileAtomic } = await import('../src/cli/write-atomic');

describe('replacing an output file another program holds open', () => {
  for (const code of ['EPERM', 'EBUSY', 'EACCES'])
    it(`${code} at the rename: says to close the file; the old file and the folder are left as they were`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ita-locked-'));
      const path = join(dir, 'report.docx');
      writeFileSync(path, 'last run');
      failWith.code = code;
      try {
        const error = await writeFileAtomic(path, new Uint8Array([1, 2, 3])).catch((e: unknown) => e);
        expect((error as Error).message).toContain('อาจเปิดอยู่ในโปรแกรมอื่น');
        expect((error as Error).message).toContain('ปิดไฟล์');
        expect((error as Error).message).not.toContain('ไม่มีสิทธิ์เขียนในโฟลเดอร์');
      } finally {
        failWith.code = '';
      }
      expect(readFileSync(path, 'utf8')).toBe('last run');
      expect(readdirSync(dir)).toEqual(['report.docx']);
    });

  it('a path that cannot be written is still named as such (the temporary file fails first)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ita-locked-')), 'a-file');
    writeFileSync(file, 'x');
    const error = await writeFileAtomic(join(file, 'report.docx'), new Uint8Array([1])).catch((e: unknown) => e);
    expect((error as Error).message).toContain('ไม่ใช่โฟลเดอร์');
    expect((error as Error).message).not.toContain('อาจเปิดอยู่ในโปรแกรมอื่น');
  });
});
