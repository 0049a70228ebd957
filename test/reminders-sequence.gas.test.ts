/**
 * Seeded random sequences of what coordinators do with the reminders, through the built bundle: press the menu
 * (YES or NO), let the weekly trigger run, have a run killed after any call, answer through the form, the day's
 * quota nearly spent, hours passing. Invariant: never two e-mails to one unit on one day (script time zone), and
 * every e-mail names only rows the unit had not answered when it was sent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BUNDLE, submitAndFire } from './tools/forms-project';
import { progressProject } from './tools/progress-project';

beforeAll(() => {
  if (!existsSync(BUNDLE)) execSync('npm run build', { stdio: 'inherit' });
});

/** mulberry32: a small seeded generator, so a failing sequence can be replayed. */
function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const bangkokDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
const ROWS = ['2567-02', '2567-05', '2567-13', '2567-14', '2567-15'];
const UNITS = ['SBK', 'LAW', 'PROMO'];

describe('reminders: random sequences', () => {
  for (const seed of Array.from({ length: 10 }, (_, i) => i + 1)) {
    it(`seed ${seed}: at most one e-mail per unit per day`, () => {
      const p = progressProject({ deadline: '30/12/2567', auto: 'ใช่' });
      const mail = p.fakes.services.MailApp;
      // The clock moves only between actions: an action's e-mails are sent on the day it runs.
      const sentAt: { to: string; day: string }[] = [];
      const rnd = random(seed);
      const steps: string[] = [];
      for (let step = 0; step < 25; step++) {
        const action = ['menu', 'menu', 'no', 'weekly', 'kill', 'kill', 'hours', 'answer', 'quota'][rnd(9)];
        steps.push(action);
        if (action === 'menu') p.context.sendReminders();
        else if (action === 'no') {
          p.fakes.services.Ui._answer('NO');
          p.context.sendReminders();
        } else if (action === 'weekly') p.context.sendRemindersWeekly();
        else if (action === 'kill') {
          const at = 1 + rnd(150);
          let calls = 0;
          p.fakes.calls.beforeCall = () => {
            if (++calls >= at) throw new Error('Exceeded maximum execution time');
          };
          try {
            if (rnd(2) === 0) p.context.sendReminders();
            else p.context.sendRemindersWeekly();
          } catch {
            // killed
          }
          p.fakes.calls.beforeCall = undefined;
          p.fakes.services.LockService._executionEnded();
        } else if (action === 'hours') p.time.advance((1 + rnd(30)) * 3_600_000);
        else if (action === 'answer') submitAndFire(p, { unit: UNITS[rnd(3)], row: ROWS[rnd(ROWS.length)] });
        else mail._quota = rnd(4);
        for (const m of mail._sent.slice(sentAt.length)) sentAt.push({ to: m.to, day: bangkokDay(p.time.now) });
        const seen = new Set<string>();
        for (const s of sentAt) {
          const key = `${s.to} ${s.day}`;
          expect(seen.has(key), `seed ${seed}, steps ${steps.join(' ')}: ${key} twice`).toBe(false);
          seen.add(key);
        }
      }
      expect(sentAt.length).toBeGreaterThan(0);
    });
  }

  it('killed after every single call of a first send, then pressed twice more: each unit mailed at most once that day', () => {
    for (let at = 1; ; at++) {
      const p = progressProject();
      const mail = p.fakes.services.MailApp;
      let calls = 0;
      let killed = false;
      p.fakes.calls.beforeCall = () => {
        if (++calls >= at) {
          killed = true;
          throw new Error('Exceeded maximum execution time');
        }
      };
      try {
        p.context.sendReminders();
      } catch {
        // killed
      }
      p.fakes.calls.beforeCall = undefined;
      p.fakes.services.LockService._executionEnded();
      p.context.sendReminders();
      p.context.sendReminders();
      const to = mail._sent.map((m) => m.to);
      expect(new Set(to).size, `killed at call ${at}: ${to.join(', ')}`).toBe(to.length);
      if (!killed) break;
    }
  });
});
