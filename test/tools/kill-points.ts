/**
 * Kill points for a continued report (test/report-continue-kill.gas.test.ts and the retry one): counting the
 * project's service calls across executions, killing the one making call number N, and the calls worth killing
 * after (every write, and the first call of each execution).
 */
import type { ContinuedProject } from './report-continue';

/**
 * Counts every service call of the project (the fakes' env.tick, Docs calls included) across executions, and
 * kills the execution making call number `killAt` (0-based, from `from`): it and every later call of that
 * execution throw, as after Apps Script's 6-minute limit. `from` is set by the first call named `startAt`.
 */
export function countCalls(p: ContinuedProject, startAt: string, killAt = -1) {
  const env = p.fakes.env;
  const tick = env.tick.bind(env);
  const state = { started: false, count: 0, dead: false, killed: false, names: [] as string[] };
  env.tick = (name: string) => {
    if (!state.started && name === startAt) state.started = true;
    if (state.dead) throw env.exception('Exceeded maximum execution time');
    if (state.started) {
      if (state.count === killAt && !state.killed) {
        state.dead = state.killed = true;
        throw env.exception('Exceeded maximum execution time');
      }
      state.count++;
      state.names.push(name);
    }
    tick(name);
  };
  return {
    state,
    /** The killed execution is over: later ones make their calls. */
    endExecution: () => {
      state.dead = false;
    },
  };
}

/** Calls that change what the next execution finds (properties, triggers, Drive, the Doc, the history). */
const WRITE =
  /^(Properties\.(set|delete)|ClockTriggerBuilder\.create|ScriptApp\.deleteTrigger|(Folder|DriveApp)\.createFile|File\.(set|move)|Docs\.Documents\.(create|batchUpdate)|Sheet\.appendRow)/;

/**
 * The kill points: what a kill leaves depends only on the writes made before it (reads change nothing), so
 * killing right after each write, and at the first call of each execution, reaches every state there is.
 */
export function killPoints(names: readonly string[], ends: readonly number[]): number[] {
  const points = new Set<number>([0, ...ends.slice(0, -1)]);
  names.forEach((name, i) => {
    if (WRITE.test(name)) points.add(i + 1);
  });
  return [...points].filter((k) => k < names.length).sort((x, y) => x - y);
}
