/**
 * `ita-report build … -o report.docx --pdf`: the PDF next to the .docx through LibreOffice, never half a file,
 * and a clear Thai message when LibreOffice is missing. The real conversion runs only where soffice is installed
 * (CI installs libreoffice-writer-nogui); elsewhere that test is skipped with a message.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli/args';
import { main } from '../src/cli/main';
import { pdfPathFor, SOFFICE_MISSING_TH, writePdfFromDocx } from '../src/cli/pdf';

const EXAMPLE = 'examples/seed-2567.xlsx';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ita-pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function has(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}
const SOFFICE = has('soffice', ['--version']);
const PDFTOTEXT = has('pdftotext', ['-v']);
if (!SOFFICE)
  console.warn(
    'pdf.cli.test: LibreOffice (soffice) is not installed: the real --pdf conversion is skipped (apt-get install libreoffice-writer-nogui)',
  );

/** A stand-in soffice: a shell script that does `body` with $work as LibreOffice's --outdir. */
function fakeSoffice(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\nfor a in "$@"; do last="$prev"; prev="$a"; done\nwork="$last"\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('--pdf', () => {
  it('is a build option that needs -o (the PDF goes next to the .docx, same name)', () => {
    expect(parseCliArgs(['build', EXAMPLE, '-o', 'out/r.docx', '--pdf']).pdf).toBe(true);
    expect(parseCliArgs(['build', EXAMPLE, '-o', 'out/r.docx']).pdf).toBe(false);
    expect(() => parseCliArgs(['build', '--spreadsheet', 'abc1234567', '--google-doc', '--pdf'])).toThrow(
      /--pdf ใช้กับคำสั่ง build คู่กับ -o/,
    );
    expect(() => parseCliArgs(['validate', EXAMPLE, '--pdf'])).toThrow(/--pdf/);
    expect(pdfPathFor('out/รายงาน.DOCX')).toBe('out/รายงาน.pdf');
  });

  it('without LibreOffice: says how to install it, keeps the .docx and writes no PDF', async () => {
    const pdf = join(dir, 'missing.pdf');
    const e = await writePdfFromDocx(new Uint8Array([1, 2, 3]), pdf, join(dir, 'no-such-soffice')).catch(
      (x: Error) => x,
    );
    expect((e as Error).message).toBe(SOFFICE_MISSING_TH);
    expect(SOFFICE_MISSING_TH).toContain('apt-get install libreoffice-writer-nogui');
    expect(existsSync(pdf)).toBe(false);
  });

  it('a conversion that fails part-way leaves no PDF (and an older one untouched), and no temporary file beside it', async () => {
    const pdf = join(dir, 'keep.pdf');
    writeFileSync(pdf, '%PDF-old');
    const broken = fakeSoffice(
      'broken-soffice',
      'printf "%%PDF-1.7 half" > "$work/report.pdf"; echo "Error: source file could not be loaded" >&2; exit 1',
    );
    const e = await writePdfFromDocx(new Uint8Array([1]), pdf, broken).catch((x: Error) => x);
    expect((e as Error).message).toContain(
      'LibreOffice แปลงรายงานเป็น PDF ไม่สำเร็จ (Error: source file could not be loaded)',
    );
    expect(readFileSync(pdf, 'latin1')).toBe('%PDF-old');
    const notPdf = fakeSoffice('text-soffice', 'echo hello > "$work/report.pdf"');
    await expect(writePdfFromDocx(new Uint8Array([1]), pdf, notPdf)).rejects.toThrow(/ไม่ใช่ PDF/);
    expect(readFileSync(pdf, 'latin1')).toBe('%PDF-old');
    const ok = fakeSoffice('ok-soffice', 'printf "%%PDF-1.7 whole" > "$work/report.pdf"');
    await writePdfFromDocx(new Uint8Array([1]), pdf, ok);
    expect(readFileSync(pdf, 'latin1')).toBe('%PDF-1.7 whole');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(!SOFFICE)(
    'with LibreOffice: build --pdf writes the .docx and a PDF with the summary, the table and the problems',
    async () => {
      const docx = join(dir, 'seed.docx');
      const { code, out } = await cli('build', EXAMPLE, '-o', docx, '--pdf');
      expect(code).toBe(0);
      const pdf = join(dir, 'seed.pdf');
      expect(out).toContain(`เขียน PDF แล้ว: ${pdf}`);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (PDFTOTEXT) {
        // pdftotext puts spaces inside some Thai syllables ("ดำเนิ นการ"): compare without white space.
        const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
        expect(text).toContain('สรุปผลการดำเนินงาน');
        expect(text).toContain('ปัญหาอุปสรรคและข้อเสนอแนะ');
        expect(text).toContain('ภาพรวม—๑๔มาตรการ๑๘รายการ');
        expect(text.indexOf('สรุปผลการดำเนินงาน')).toBeLessThan(text.indexOf('ปัญหาอุปสรรคและข้อเสนอแนะ'));
      }
    },
    180_000,
  );
});
