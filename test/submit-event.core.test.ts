/** The form-submit event's fields read without a call (src/core/forms/submit-event.ts). */
import { describe, expect, it } from 'vitest';
import { QUESTION } from '../src/core/forms/questions';
import { rawFromNamedValues, sameAnswerTexts, timestampIndex } from '../src/core/forms/submit-event';

describe('the form-submit event', () => {
  it('answers by question: the first non-blank of the columns of one title (a question made again)', () => {
    const raw = rawFromNamedValues({
      ประทับเวลา: ['28/6/2567, 9:00:00'],
      [QUESTION.unit]: ['สำนักกฎหมาย [LAW]'],
      [` ${QUESTION.quantity} `]: ['', '3'],
      [QUESTION.done]: ['  '],
      ที่อยู่อีเมล: ['somchai@example.org'],
    });
    expect(raw).toMatchObject({ unit: 'สำนักกฎหมาย [LAW]', quantity: '3', done: '', row: '', evidence: '' });
    expect(Object.values(raw)).not.toContain('somchai@example.org');
  });

  it('finds the timestamp in e.values by its text, and only when that text is there once', () => {
    const named = { Timestamp: ['6/28/2024 9:00:00'], [QUESTION.unit]: ['x'] };
    expect(timestampIndex(named, ['6/28/2024 9:00:00', 'x'])).toBe(0);
    expect(timestampIndex(named, ['x', '6/28/2024 9:00:00'])).toBe(1);
    expect(timestampIndex(named, ['6/28/2024 9:00:01', 'x'])).toBe(-1);
    expect(timestampIndex(named, ['6/28/2024 9:00:00', '6/28/2024 9:00:00'])).toBe(-1);
    expect(timestampIndex({ Timestamp: [''] }, [''])).toBe(-1);
    expect(timestampIndex({ [QUESTION.unit]: ['x'] }, ['x'])).toBe(-1);
  });

  it("compares the event's answers with the form's as texts in any order, every one counted", () => {
    const raw = { unit: 'A [U]', row: 'B [1]', done: 'ทำแล้ว', quantity: '2', dates: '' };
    expect(sameAnswerTexts(raw, ['B [1]', '2', 'A [U]', 'ทำแล้ว'])).toBe(true);
    expect(sameAnswerTexts(raw, ['B [1]', '2.0', 'A [U]', 'ทำแล้ว'])).toBe(false); // a number shown otherwise
    expect(sameAnswerTexts(raw, ['B [1]', '2', 'A [U]', 'ทำแล้ว', '28/6/2567'])).toBe(false); // an edit's blank
    expect(sameAnswerTexts(raw, ['B [1]', '2', 'A [U]'])).toBe(false);
    expect(sameAnswerTexts({ ...raw, quantity: 'ทำแล้ว' }, ['B [1]', 'ทำแล้ว', 'A [U]', '2'])).toBe(false);
  });
});
