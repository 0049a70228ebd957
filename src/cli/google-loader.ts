/**
 * google.ts (googleapis) is loaded only when a Google option is used: googleapis takes over a second to
 * import, which `validate` and `build -o` on a file should not pay. Its failures become CliErrors (exit 2)
 * with the step that failed, so a network or permission problem reads as one line, not a stack trace.
 */
import type { GoogleOptions } from './google';
import type { CliArgs } from './args';
import { CliError, EXIT } from './errors';
import type { Io } from './io';

type GoogleModule = typeof import('./google');

/**
 * Where the Google APIs are: Google's own servers unless ITA_REPORT_GOOGLE_ROOT_URL names another root
 * (tests point it at a fake server on loopback).
 */
export function googleOptions(args: Pick<CliArgs, 'keyFile'>, io: Io): GoogleOptions {
  const rootUrl = process.env.ITA_REPORT_GOOGLE_ROOT_URL || undefined;
  return { keyFile: args.keyFile, ...(rootUrl ? { rootUrl } : {}), onProgress: (message) => io.err(message) };
}

export async function googleModule(): Promise<{ module: GoogleModule; call: <T>(step: string, run: () => Promise<T>) => Promise<T> }> {
  const module = await import('./google');
  const call = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(`${step} ไม่สำเร็จ: ${(e as Error).message ?? String(e)}`, EXIT.usage);
    }
  };
  return { module, call };
}
