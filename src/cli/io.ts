/** Where the command line writes: results on standard output, progress and problems on standard error. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /**
   * Tests only: where the Google APIs are (a loopback fake). Never read from the command line or the
   * environment, so nothing outside a test can send a key's signed token elsewhere.
   */
  googleRootUrl?: string;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};
