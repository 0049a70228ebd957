/**
 * [publish] `build … -o report.docx --pdf`: the PDF next to the .docx, converted by LibreOffice
 * (`soffice --headless --convert-to pdf`). LibreOffice writes into a private temporary folder (with its own
 * profile, so a LibreOffice already open on the desktop does not get in the way); the PDF is then moved into
 * place by writeFileAtomic, so the destination never holds half a PDF, and an older one stays until replaced.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError, EXIT } from './errors';
import { writeFileAtomic } from './write-atomic';

/** A large report takes LibreOffice well under a minute; past this something is stuck. */
const CONVERT_TIMEOUT_MS = 180_000;

export const SOFFICE_MISSING_TH =
  'ไม่พบโปรแกรม LibreOffice (คำสั่ง soffice) ที่ใช้แปลงรายงานเป็น PDF — ไฟล์ .docx เขียนไว้แล้ว ' +
  'ติดตั้ง LibreOffice แล้วสั่งใหม่: บน Debian/Ubuntu ใช้ sudo apt-get install libreoffice-writer-nogui ' +
  '(และ fonts-thai-tlwg สำหรับแบบอักษรไทย) บน Windows/macOS ดาวน์โหลดจาก https://www.libreoffice.org/ ' +
  'หรือกำหนดที่อยู่ของโปรแกรมด้วยตัวแปร ITA_SOFFICE';

/** "out/report.docx" → "out/report.pdf". */
export function pdfPathFor(docxPath: string): string {
  return docxPath.replace(/\.docx$/i, '.pdf');
}

/** The soffice to run: $ITA_SOFFICE, else `soffice` on the PATH. */
export function sofficeCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.ITA_SOFFICE?.trim() || 'soffice';
}

/** Converts the .docx bytes to PDF at `pdfPath`. Throws CliError (Thai) when LibreOffice is missing or fails. */
export async function writePdfFromDocx(
  docxBytes: Uint8Array,
  pdfPath: string,
  soffice = sofficeCommand(),
): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'ita-report-pdf-'));
  try {
    const input = join(work, 'report.docx');
    await writeFile(input, docxBytes);
    const profile = pathToFileURL(join(work, 'profile')).href;
    await run(soffice, [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      input,
    ]);
    let pdf: Buffer;
    try {
      pdf = await readFile(join(work, 'report.pdf'));
    } catch {
      throw new CliError(
        `LibreOffice ทำงานจบแต่ไม่ได้สร้างไฟล์ PDF — ไม่ได้เขียน ${pdfPath} (ไฟล์ .docx เขียนไว้แล้ว เปิดแล้วส่งออกเป็น PDF เองได้)`,
      );
    }
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new CliError(`ไฟล์ที่ LibreOffice สร้างไม่ใช่ PDF — ไม่ได้เขียน ${pdfPath}`, EXIT.internal);
    }
    await writeFileAtomic(pdfPath, pdf);
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: CONVERT_TIMEOUT_MS, windowsHide: true }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return reject(new CliError(SOFFICE_MISSING_TH));
      const detail = (stderr || error.message).toString().trim().split('\n').slice(-2).join(' ');
      reject(new CliError(`LibreOffice แปลงรายงานเป็น PDF ไม่สำเร็จ (${detail}) — ไฟล์ .docx เขียนไว้แล้ว`));
    });
  });
}
