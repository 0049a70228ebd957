/** The workbook the command works on: an .xlsx file, or a Google Sheet through the Sheets API (--spreadsheet). */
import type { WorkbookData } from '../core/workbook';
import type { CliArgs } from './args';
import { googleModule, googleOptions } from './google-loader';
import type { Io } from './io';
import { readXlsxFile } from './read-xlsx';
import { withRound } from './round-override';

export async function loadWorkbook(args: CliArgs, io: Io): Promise<WorkbookData> {
  let data: WorkbookData;
  if (args.spreadsheetId !== undefined) {
    io.err(`กำลังอ่าน Google Sheet ${args.spreadsheetId} …`);
    const google = await googleModule();
    data = await google.call('อ่าน Google Sheet', () =>
      google.module.readSpreadsheet(args.spreadsheetId!, googleOptions(args, io)),
    );
  } else {
    io.err(`กำลังอ่าน ${args.input} …`);
    data = await readXlsxFile(args.input!);
  }
  return args.round === undefined ? data : withRound(data, args.round);
}

/** The sheets of an .xlsx file (all of them); none for a Google Sheet, whose layout sheets only are read. */
export function fileSheetNames(args: CliArgs, data: WorkbookData): string[] {
  return args.spreadsheetId === undefined ? Object.keys(data) : [];
}
