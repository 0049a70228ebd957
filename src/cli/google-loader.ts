/**
 * google.ts (googleapis) is loaded only when a Google option is used: googleapis takes over a second to
 * import, which `validate` and `build -o` on a file should not pay. Its failures become CliErrors (exit 2)
 * with the step that failed, so a network or permission problem reads as one line, not a stack trace.
 */
import type { GoogleOptions } from './google';
import { googleFailureTh, quietGoogleWarnings } from './google-errors';
import type { CliArgs } from './args';
import { CliError, EXIT } from './errors';
import type { Io } from './io';

type GoogleModule = typeof import('./google');

/** Google's own servers, unless a test's Io names its loopback fake (io.googleRootUrl). */
export function googleOptions(args: Pick<CliArgs, 'keyFile'>, io: Io): GoogleOptions {
  const rootUrl = io.googleRootUrl;
  return { keyFile: args.keyFile, ...(rootUrl ? { rootUrl } : {}), onProgress: (message) => io.err(message) };
}

export async function googleModule(): Promise<{
  module: GoogleModule;
  call: <T>(step: string, run: () => Promise<T>) => Promise<T>;
}> {
  quietGoogleWarnings();
  const module = await import('./google');
  const call = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      if (e instanceof CliError) throw e;
      // One Thai line: a GoogleCliError's Thai half, else what the failure means (or, unknown, its own text).
      const th =
        e instanceof module.GoogleCliError ? e.messageTh : (googleFailureTh(e) ?? String((e as Error).message ?? e));
      throw new CliError(`${step} ไม่สำเร็จ: ${th.replace(/\s*\n\s*/g, ' ')}`, EXIT.usage);
    }
  };
  return { module, call };
}
