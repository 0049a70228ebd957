/**
 * The command line's words -> a command. node:util parseArgs in strict mode, so an unknown or misspelt option
 * is refused (exit 2) instead of being silently ignored.
 */
import { parseArgs } from 'node:util';
import { commandList, isCommandName, type CommandName } from './commands';
import { CliError } from './errors';

export type { CommandName } from './commands';

export interface CliArgs {
  command: CommandName | 'help' | 'version';
  /** The .xlsx to read (absent when --spreadsheet is given). */
  input?: string;
  spreadsheetId?: string;
  output?: string;
  round?: 6 | 12;
  googleDoc: boolean;
  keyFile?: string;
  font?: string;
  /** [links] The link check's cache file, and each request's timeout in ms. */
  cache?: string;
  timeoutMs?: number;
  /** [publish] Also write the PDF next to the .docx (LibreOffice). */
  pdf?: boolean;
  /** [progress] status: print JSON instead of the table. */
  json?: boolean;
}

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  round: { type: 'string' },
  spreadsheet: { type: 'string' },
  'google-doc': { type: 'boolean' },
  'key-file': { type: 'string' },
  font: { type: 'string' },
  cache: { type: 'string' }, // [links]
  timeout: { type: 'string' }, // [links]
  pdf: { type: 'boolean' },
  json: { type: 'boolean' }, // [progress]
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${optionProblem(e as Error)}\nดูวิธีใช้: ita-report --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help', googleDoc: false };
  if (values.version) return { command: 'version', googleDoc: false };

  const [command, ...rest] = positionals;
  if (command === undefined) throw new CliError(`ไม่ได้ระบุคำสั่ง: ใช้ ${commandList()}\nดูวิธีใช้: ita-report --help`);
  if (!isCommandName(command)) {
    throw new CliError(`ไม่รู้จักคำสั่ง "${command}": ใช้ ${commandList()}\nดูวิธีใช้: ita-report --help`);
  }
  if (rest.length > 1) throw new CliError(`ระบุสมุดงานได้ไฟล์เดียว แต่ได้รับ ${rest.length} ไฟล์: ${rest.join(', ')}`);
  const input = rest[0];
  const spreadsheetId = values.spreadsheet === undefined ? undefined : sheetIdFrom(values.spreadsheet);
  if (input !== undefined && spreadsheetId !== undefined) {
    throw new CliError('ระบุได้อย่างเดียว: ไฟล์ .xlsx หรือ --spreadsheet <รหัสสเปรดชีต> ไม่ใช่ทั้งสองอย่าง');
  }
  if (input === undefined && spreadsheetId === undefined) {
    throw new CliError(`ไม่ได้ระบุสมุดงาน: ita-report ${command} <สมุดงาน.xlsx> หรือ --spreadsheet <รหัสสเปรดชีต>`);
  }
  if (spreadsheetId !== undefined && spreadsheetId.trim() === '')
    throw new CliError('--spreadsheet ต้องตามด้วยรหัสสเปรดชีต');

  const googleDoc = values['google-doc'] === true;
  if (command === 'validate' && (values.output !== undefined || googleDoc || values.font !== undefined)) {
    throw new CliError('คำสั่ง validate ไม่สร้างรายงาน: -o, --google-doc และ --font ใช้ได้กับคำสั่ง build เท่านั้น');
  }
  if (
    command === 'links' &&
    (values.output !== undefined || googleDoc || values.font !== undefined || values.round !== undefined)
  ) {
    throw new CliError('คำสั่ง links ตรวจลิงก์เท่านั้น: -o, --google-doc, --font และ --round ใช้ได้กับคำสั่ง build');
  }
  if (command !== 'links' && (values.cache !== undefined || values.timeout !== undefined)) {
    throw new CliError('--cache และ --timeout ใช้ได้กับคำสั่ง links เท่านั้น');
  }
  // [progress]
  if (command === 'status' && (values.output !== undefined || googleDoc || values.font !== undefined || values.pdf)) {
    throw new CliError('คำสั่ง status แสดงความคืบหน้าเท่านั้น: -o, --google-doc, --font และ --pdf ใช้ได้กับคำสั่ง build');
  }
  if (values.json && command !== 'status') throw new CliError('--json ใช้ได้กับคำสั่ง status เท่านั้น');
  if (command === 'build' && values.output === undefined && !googleDoc) {
    throw new CliError('ไม่ได้ระบุที่เก็บรายงาน: ใส่ -o <รายงาน.docx> หรือ --google-doc (หรือทั้งสองอย่าง)');
  }
  // [plan] The measures plan is written as .docx only (the menu makes its Google Doc).
  if (command === 'plan' && (values.output === undefined || googleDoc || values.round !== undefined)) {
    throw new CliError('คำสั่ง plan: ใส่ -o <เอกสารมาตรการ.docx> (--google-doc และ --round ใช้กับคำสั่ง build เท่านั้น)');
  }
  if (values.pdf && ((command !== 'build' && command !== 'plan') || values.output === undefined)) {
    throw new CliError('--pdf ใช้กับคำสั่ง build คู่กับ -o <รายงาน.docx> เท่านั้น: PDF จะอยู่ข้างไฟล์ .docx ชื่อเดียวกัน');
  }
  if (values.output !== undefined && !/\.docx$/i.test(values.output)) {
    throw new CliError(`ไฟล์รายงาน "${values.output}" ต้องลงท้ายด้วย .docx`);
  }

  return {
    command,
    input,
    spreadsheetId,
    output: values.output,
    round: values.round === undefined ? undefined : parseRound(values.round),
    googleDoc,
    keyFile: values['key-file'],
    font: values.font,
    ...(values.cache !== undefined ? { cache: values.cache } : {}),
    ...(values.timeout !== undefined ? { timeoutMs: parseTimeout(values.timeout) } : {}),
    pdf: values.pdf === true,
    ...(values.json ? { json: true } : {}),
  };
}

/** The id from the Sheet's link as copied from the browser (…/spreadsheets/d/<id>/edit…), or the id itself. */
function sheetIdFrom(text: string): string {
  return /\/spreadsheets\/(?:u\/\d+\/)?d\/([-\w]{10,})/.exec(text)?.[1] ?? text.trim();
}

/** [links] --timeout in milliseconds: 100 to 120,000. */
function parseTimeout(text: string): number {
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < 100 || n > 120_000)
    throw new CliError(`--timeout ต้องเป็นจำนวนมิลลิวินาที 100 ถึง 120000 (ได้รับ "${text}")`);
  return n;
}

function parseRound(text: string): 6 | 12 {
  const n = text.trim();
  if (n === '6' || n === '๖') return 6;
  if (n === '12' || n === '๑๒') return 12;
  throw new CliError(`--round ต้องเป็น 6 หรือ 12 (ได้รับ "${text}")`);
}

/** parseArgs' English errors, told in Thai with the option named. */
function optionProblem(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  const option = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `ไม่รู้จักตัวเลือก ${option || e.message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /missing/.test(e.message) ? `ตัวเลือก ${option} ต้องมีค่าตามหลัง` : `ตัวเลือก ${option} ไม่รับค่า`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `มีคำเกินมา: ${e.message}`;
    default:
      return e.message;
  }
}
