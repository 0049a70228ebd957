/**
 * An answer whose trigger could not record it is noted (ITA_FORMS_MISSED_AT), so the next submission catches it
 * up even when the ledger already holds as many lines as the tab shows answers (an edited response changes no
 * count): a trigger that failed part-way (a Forms error), and a note made while a long catch-up held the lock
 * (that catch-up must not clear a note newer than its read). Through the built bundle over the fakes.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTION } from '../src/core/forms/questions';
import { FakeClock, installClock } from './fakes';
import {
  BUNDLE,
  eventForRow,
  ledger,
  L,
  responsesSheet,
  submitAndFire,
  trigger,
  withForm,
  type FormProject,
} from './tools/forms-project';

const MISSED = 'ITA_FORMS_MISSED_AT';
const props = (p: FormProject) => p.fakes.services.PropertiesService.getDocumentProperties();
const quantities = (p: FormProject) => ledger(p.fakes).map((r) => [r[L.done], r[L.quantity]]);

/** Response A (quantity 1) recorded, then edited by its respondent to 5: the row it was rewritten on. */
function recordedThenEdited(p: FormProject) {
  const a = submitAndFire(p, { done: 'คำตอบ-ก', quantity: '1', quantityWord: 'ครั้ง' });
  const at = new Date(Date.UTC(2024, 5, 28, 4));
  const row = p.form._editResponse(a, { [QUESTION.quantity]: '5' }, { timestamp: at })!;
  const column = responsesSheet(p)._values()[0].indexOf(QUESTION.quantity) + 1;
  return eventForRow(p, row, [1, column]);
}

/** The edit's trigger fails on a Forms error (the edit stays out of the ledger, noted); the execution ends. */
function editTriggerFails(p: FormProject): void {
  const event = recordedThenEdited(p);
  p.fakes.calls.beforeCall = (name) => {
    if (name === 'Form.getResponses') throw new Error('Service unavailable: Forms');
  };
  expect(() => trigger(p, event)).toThrow('Service unavailable');
  p.fakes.calls.beforeCall = undefined;
  p.fakes.services.LockService._executionEnded();
}

describe.skipIf(!existsSync(BUNDLE))('an answer its trigger could not record', () => {
  it('a trigger failing on a Forms error notes the answer: the next submission records the edit', () => {
    const p = withForm();
    editTriggerFails(p);
    expect(quantities(p)).toEqual([['คำตอบ-ก', '1']]);
    expect(props(p).getProperty(MISSED)).not.toBeNull();

    submitAndFire(p, { done: 'คำตอบ-ข', quantity: '1', quantityWord: 'ครั้ง' });
    expect(quantities(p)).toEqual([
      ['คำตอบ-ก', '5'],
      ['คำตอบ-ข', '1'],
    ]);
    expect(props(p).getProperty(MISSED)).toBeNull();
  });

  it('ตรวจสอบข้อมูล catches up a noted answer first: the findings and marks see the edit without waiting for a submission', () => {
    const p = withForm();
    editTriggerFails(p);
    expect(quantities(p)).toEqual([['คำตอบ-ก', '1']]);
    p.context.validateWorkbook();
    expect(quantities(p)).toEqual([['คำตอบ-ก', '5']]);
    expect(props(p).getProperty(MISSED)).toBeNull();
    // With nothing noted, a validation asks the forms nothing.
    p.fakes.calls.reset();
    p.context.validateWorkbook();
    expect(Object.keys(p.fakes.calls.snapshot()).filter((k) => k.startsWith('Form'))).toEqual([]);
  });

  it('a note made while a reconcile reads the form is kept by that reconcile: the next submission records the edit', () => {
    const p = withForm();
    const clock = new FakeClock();
    installClock(p.context, clock);
    const a = submitAndFire(p, { done: 'คำตอบ-ก', quantity: '1', quantityWord: 'ครั้ง' });
    let read = false;
    let edited = false;
    p.fakes.calls.beforeCall = (name) => {
      if (name === 'Form.getResponses') read = true;
      else if (read && !edited && /^(Range|Sheet|Properties)\./.test(name)) {
        // The reconcile has read the tab and the form (on a real account, minutes at 10,000 responses). Meanwhile
        // A is edited, and the edit's trigger gives up waiting for the lock after 20 s: it notes the miss.
        edited = true;
        p.form._editResponse(a, { [QUESTION.quantity]: '5' }, { timestamp: new Date(Date.UTC(2024, 5, 28, 4)) });
        clock.advance(21_000);
        props(p).setProperty(MISSED, new Date(clock.now).toISOString());
      }
    };
    p.context.reconcileResponses();
    p.fakes.calls.beforeCall = undefined;
    expect(edited).toBe(true);
    expect(quantities(p)).toEqual([['คำตอบ-ก', '1']]);
    expect(props(p).getProperty(MISSED)).not.toBeNull();

    clock.advance(60_000);
    submitAndFire(p, { done: 'คำตอบ-ข', quantity: '1', quantityWord: 'ครั้ง' });
    expect(quantities(p)).toEqual([
      ['คำตอบ-ก', '5'],
      ['คำตอบ-ข', '1'],
    ]);
    expect(props(p).getProperty(MISSED)).toBeNull();
  });
});
