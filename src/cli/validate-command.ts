/** `ita-report validate <workbook>`: the findings, as the Sheet's findings sheet lists them. */
import { validateWorkbookData } from '../core/validation';
import type { CliArgs } from './args';
import { EXIT } from './errors';
import { countsLine, fileFindingLine } from './findings-text';
import type { Io } from './io';
import { fileSheetNames, loadWorkbook } from './load-workbook';

export async function validateCommand(args: CliArgs, io: Io): Promise<number> {
  const data = await loadWorkbook(args, io);
  io.err('กำลังตรวจสอบข้อมูล …');
  const result = validateWorkbookData(data);
  for (const finding of result.findings) io.out(fileFindingLine(finding, fileSheetNames(args, data)));
  io.out(countsLine(result.errors, result.warnings));
  return result.errors > 0 ? EXIT.invalid : EXIT.ok;
}
