/**
 * The `ita-report` command line: .xlsx (or a Google Sheet) in, findings or a .docx (or a Google Doc) out.
 * main() returns the exit code instead of exiting, so tests call it directly.
 */
import { pathToFileURL } from 'node:url';
import { VERSION } from '../core/version';
import { parseCliArgs } from './args';
import { buildCommand } from './build-command';
import { CliError, EXIT } from './errors';
import { HELP } from './help';
import { processIo, type Io } from './io';
import { validateCommand } from './validate-command';
import { linksCommand } from './links-command'; // [links]
import { planCommand } from './plan-command'; // [plan]

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    switch (args.command) {
      case 'help':
        io.out(HELP);
        return EXIT.ok;
      case 'version':
        io.out(VERSION);
        return EXIT.ok;
      case 'validate':
        return await validateCommand(args, io);
      case 'build':
        return await buildCommand(args, io);
      case 'links':
        return await linksCommand(args, io);
      case 'plan':
        return await planCommand(args, io);
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`ita-report: ${e.message}`);
      return e.exitCode;
    }
    // A bug, not a user's mistake: keep the stack so it can be reported.
    io.err(`ita-report: เกิดข้อผิดพลาดภายในโปรแกรม (โปรดแจ้งผู้ดูแลพร้อมข้อความนี้)\n${(e as Error).stack ?? String(e)}`);
    return EXIT.internal;
  }
}

/** Runs main() with the process's arguments and sets the exit code (used by bin/ita-report.mjs and `tsx`). */
export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2));
}

// `tsx src/cli/main.ts ...` runs it directly; imported (tests, the bin launcher), it only exports.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
