/**
 * The .docx writer refuses rather than write a document that does not parse: here the part check is made to
 * fail (the cleaning boundary keeps real input from ever doing so), and an earlier report at the path stays.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main';

vi.mock('../src/render/docx-check', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/render/docx-check')>();
  return {
    ...real,
    checkDocxPackage: () => {
      throw new real.DocxInvalidError('word/document.xml', '1:80: disallowed character.');
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'ita-refuse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a .docx that would not parse', () => {
  it('is not written: exit 3, the part named in Thai, the earlier report at the path untouched', async () => {
    const output = join(dir, 'report.docx');
    writeFileSync(output, 'an earlier good report');
    const err: string[] = [];
    const code = await main(['build', 'examples/seed-2567.xlsx', '-o', output], {
      out: () => undefined,
      err: (l) => err.push(l),
    });
    expect(code).toBe(3);
    expect(err.join('\n')).toContain('ไม่ได้เขียนไฟล์');
    expect(err.join('\n')).toContain('word/document.xml');
    expect(readFileSync(output, 'utf8')).toBe('an earlier good report');
    expect(readdirSync(dir).filter((f) => f !== 'report.docx')).toEqual([]);
    expect(existsSync(output)).toBe(true);
  });
});
