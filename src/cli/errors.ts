/** Exit codes of the command line. */
export const EXIT = {
  ok: 0,
  /** The workbook has validation errors (ข้อผิดพลาด). */
  invalid: 1,
  /** Bad usage or input: unknown option, unreadable or corrupt file, output that cannot be written, API failure. */
  usage: 2,
  /** A bug in the program. */
  internal: 3,
} as const;

/** A failure the user can act on: its message is printed as is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
