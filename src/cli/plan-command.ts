/**
 * [plan] `ita-report plan <workbook.xlsx> -o <plan.docx> [--pdf] [--font]`: validate for the plan, then write the
 * measures plan as .docx with its chart. The chart libraries (vega, vega-lite, resvg) are imported here only,
 * when a plan is made, so the other commands never load them.
 */
import { resolve } from 'node:path';
import { buildPlanModel, type PlanModel } from '../core/plan-model';
import { validatePlanData } from '../core/plan-validation';
import { applyDigitStyle } from '../core/thai';
import { DocxInvalidError } from '../render/docx-check';
import { generatedStamp } from '../render/report-naming';
import type { CliArgs } from './args';
import { bangkokTime } from './build-command';
import { CliError, EXIT } from './errors';
import { countsLine, fileFindingLine } from './findings-text';
import type { Io } from './io';
import { fileSheetNames, loadWorkbook } from './load-workbook';
import { pdfPathFor, writePdfFromDocx } from './pdf';
import { writeFileAtomic } from './write-atomic';
import { sarabunFontFiles } from './chart-fonts';
import { embeddedFontsFor } from './docx-fonts';

export async function planCommand(args: CliArgs, io: Io, now: Date = new Date()): Promise<number> {
  const data = await loadWorkbook(args, io);
  io.err('กำลังตรวจสอบข้อมูลสำหรับเอกสารมาตรการ …');
  const result = validatePlanData(data);
  for (const finding of result.findings) io.out(fileFindingLine(finding, fileSheetNames(args, data)));
  const config = result.workbook.config;
  if (result.errors > 0 || !config) {
    io.err(
      `ยังสร้างเอกสารมาตรการไม่ได้: ${countsLine(result.errors, result.warnings)} — แก้ไขข้อผิดพลาดตามรายการข้างต้นแล้วสั่งใหม่`,
    );
    return EXIT.invalid;
  }
  let model: PlanModel = buildPlanModel(result, config);
  if (args.font) model = { ...model, font: args.font };
  const footerText = applyDigitStyle(
    `${model.title} ปีงบประมาณ ${model.fiscalYear} · สร้างเมื่อ ${generatedStamp(bangkokTime(now))}`,
    model.digitStyle,
  );

  io.err('กำลังวาดแผนภูมิ …');
  const [{ renderChartPng }, { renderPlanDocx }] = await Promise.all([
    import('../render/plan-chart'),
    import('../render/plan-docx'),
  ]);
  const chartPng = await renderChartPng(model.chart, sarabunFontFiles());
  io.err('กำลังสร้างไฟล์ Word (.docx) …');
  let bytes: Buffer;
  try {
    bytes = await renderPlanDocx(model, { chartPng, footerText, embedFonts: await embeddedFontsFor(model.font) });
  } catch (e) {
    if (!(e instanceof DocxInvalidError)) throw e;
    throw new CliError(
      `ไม่ได้เขียนไฟล์ ${args.output}: ไฟล์ Word ที่สร้างมีส่วน ${e.part} ที่ไม่ถูกต้อง (${e.reason}) — โปรดแจ้งผู้พัฒนาพร้อมสมุดงานนี้`,
      EXIT.internal,
    );
  }
  const output = args.output!;
  await writeFileAtomic(output, bytes);
  io.out(`เขียนเอกสารมาตรการแล้ว: ${resolve(output)}`);
  if (args.pdf) {
    const pdfPath = pdfPathFor(output);
    io.err('กำลังแปลงเป็น PDF ด้วย LibreOffice …');
    await writePdfFromDocx(bytes, pdfPath);
    io.out(`เขียน PDF แล้ว: ${resolve(pdfPath)}`);
  }
  const s = model.stats;
  const d = (n: number | string) => applyDigitStyle(String(n), model.digitStyle);
  io.out(
    `สรุป: ตัวชี้วัดต่ำกว่าเป้าหมาย ${d(s.belowTarget.length)} ตัว (${s.belowTarget.map(d).join(', ') || '-'})` +
      (s.unaddressed.length ? ` ยังไม่มีประเด็นแก้ไข ${s.unaddressed.map(d).join(', ')}` : '') +
      ` · ${s.issues} ประเด็น · ${s.measures} มาตรการ · ${s.rows} แถว · ${countsLine(result.errors, result.warnings)}`,
  );
  return EXIT.ok;
}
