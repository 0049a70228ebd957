/**
 * `ita-report build`: validate, then write the report as .docx (-o) and/or a Google Doc (--google-doc).
 * Errors stop it before anything is written; warnings are listed and allowed, as in the Sheet.
 */
import { resolve } from 'node:path';
import { buildReportModel, type ReportModel } from '../core/report-model';
import { documentIdFrom, folderIdFrom } from '../core/drive-ids';
import { validateWorkbookData } from '../core/validation';
import { formView } from '../core/forms/view';
import { formStatuses } from '../core/form-status';
import { DocxInvalidError } from '../render/docx-check';
import { renderDocx } from '../render/docx-report';
import { reportLabels, type LocalTime } from '../render/report-naming';
import type { CliArgs } from './args';
import { CliError, EXIT } from './errors';
import { countsLine, fileFindingLine } from './findings-text';
import { googleModule, googleOptions } from './google-loader';
import type { Io } from './io';
import { fileSheetNames, loadWorkbook } from './load-workbook';
import { writeFileAtomic } from './write-atomic';
import { pdfPathFor, writePdfFromDocx } from './pdf';
import { embeddedFontsFor } from './docx-fonts';

export async function buildCommand(args: CliArgs, io: Io, now: Date = new Date()): Promise<number> {
  const data = await loadWorkbook(args, io);
  io.err('กำลังตรวจสอบข้อมูล …');
  const result = validateWorkbookData(data);
  for (const finding of result.findings) io.out(fileFindingLine(finding, fileSheetNames(args, data)));
  const config = result.workbook.config;
  if (result.errors > 0 || !config) {
    io.err(
      `ยังสร้างรายงานไม่ได้: ${countsLine(result.errors, result.warnings)} — แก้ไขข้อผิดพลาดตามรายการข้างต้นแล้วสั่งใหม่ ` +
        '(คำเตือนไม่ขัดขวางการสร้างรายงาน)',
    );
    return EXIT.invalid;
  }

  io.err('กำลังจัดรายงาน …');
  // [publish] A row with no สถานะ takes its latest form answer's status in the summary.
  const statuses = formStatuses(formView(data, result.workbook, config).records, config.round);
  let model: ReportModel = buildReportModel(result.workbook, config, result.contributions, statuses);
  if (args.font) model = { ...model, font: args.font };
  const { title, footerText } = reportLabels(model, bangkokTime(now));

  if (args.output !== undefined) {
    io.err('กำลังสร้างไฟล์ Word (.docx) …');
    let bytes: Buffer;
    try {
      bytes = await renderDocx(model, { footerText, embedFonts: await embeddedFontsFor(model.font) });
    } catch (e) {
      if (!(e instanceof DocxInvalidError)) throw e;
      throw new CliError(
        `ไม่ได้เขียนไฟล์ ${args.output}: ไฟล์ Word ที่สร้างมีส่วน ${e.part} ที่ไม่ถูกต้อง (${e.reason}) — ไฟล์เดิม (ถ้ามี) ยังอยู่ครบ ` +
          'โปรดแจ้งผู้พัฒนาพร้อมสมุดงานนี้',
        EXIT.internal,
      );
    }
    await writeFileAtomic(args.output, bytes);
    io.out(`เขียนรายงานแล้ว: ${resolve(args.output)}`);
    if (args.pdf) {
      // [publish] The PDF to publish, next to the .docx (LibreOffice; never half a file).
      const pdfPath = pdfPathFor(args.output);
      io.err('กำลังแปลงเป็น PDF ด้วย LibreOffice …');
      await writePdfFromDocx(bytes, pdfPath);
      io.out(`เขียน PDF แล้ว: ${resolve(pdfPath)}`);
    }
  }
  if (args.googleDoc) {
    io.err('กำลังสร้าง Google Doc …');
    const google = await googleModule();
    const doc = await google.call('สร้าง Google Doc', () =>
      google.module.createGoogleDoc(model, {
        ...googleOptions(args, io),
        title,
        footerText,
        folderId: folderIdFrom(config.reportFolder),
        templateId: documentIdFrom(config.reportTemplate),
      }),
    );
    io.out(`สร้าง Google Doc แล้ว: ${doc.url} (${doc.requests} คำขอ ใน ${doc.batchUpdateCalls} ครั้งของ batchUpdate)`);
    if (doc.note) io.out(doc.note);
  }

  const s = model.stats;
  io.out(
    `สรุป: ${s.sections} หัวข้อตัวชี้วัด · ${s.issues} ประเด็น · ${s.measures} มาตรการ · ${s.rows} แถว · ` +
      `รอบ ${model.round} เดือน · ${countsLine(result.errors, result.warnings)}`,
  );
  return EXIT.ok;
}

/** The wall-clock time in Asia/Bangkok (UTC+7, no daylight saving), where Thai agencies are. */
export function bangkokTime(date: Date): LocalTime {
  const local = new Date(date.getTime() + 7 * 3_600_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}
