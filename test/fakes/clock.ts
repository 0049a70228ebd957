/**
 * Time as the script sees it, for runs that stop at a time budget: the script's Date.now() reads this clock
 * (installClock), and fakes that take time (UrlFetchApp) advance it. new Date() keeps the real time.
 */
import vm from 'node:vm';

export class FakeClock {
  constructor(public now = Date.UTC(2026, 11, 1, 3, 0, 0)) {}
  advance(ms: number): void {
    this.now += ms;
  }
}

/** Points the vm context's Date.now at the clock. */
export function installClock(context: vm.Context, clock: FakeClock): void {
  (vm.runInContext('Date', context) as DateConstructor).now = () => clock.now;
}
