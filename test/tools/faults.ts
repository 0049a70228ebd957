/**
 * Stopping a run part-way, as the 6-minute limit or a service error does: after the k-th write call the
 * execution dies, and every later call of it fails too (a killed execution makes no more calls).
 */
import type { GasFakes } from '../fakes';

/** Calls that change the spreadsheet (Range.setValues, Sheet.clearContents, Spreadsheet.insertSheet ...). */
export const isWrite = (name: string): boolean =>
  /^(Range|Sheet|Spreadsheet)\.(set|insert|clear|delete|hide|append|merge|sort|protect|move)/.test(name);

export class Killed extends Error {
  constructor(readonly after: number) {
    super(`killed after write ${after}`);
  }
}

/** Arms the fault: the (k+1)-th write and everything after it throws. Returns a disarm function. */
export function killAfter(fakes: GasFakes, k: number): { disarm: () => void; fired: () => boolean } {
  let writes = 0;
  let dead = false;
  fakes.calls.beforeCall = (name) => {
    if (dead) throw new Killed(k);
    if (!isWrite(name)) return;
    if (writes === k) {
      dead = true;
      throw new Killed(k);
    }
    writes++;
  };
  return {
    disarm: () => {
      fakes.calls.beforeCall = undefined;
      // The execution is over: Apps Script releases the locks it held.
      fakes.services.LockService._executionEnded();
    },
    fired: () => dead,
  };
}

/** How many writes a run makes, run for real. */
export function countWrites(fakes: GasFakes, run: () => void): number {
  let writes = 0;
  fakes.calls.beforeCall = (name) => {
    if (isWrite(name)) writes++;
  };
  try {
    run();
  } finally {
    fakes.calls.beforeCall = undefined;
  }
  return writes;
}
