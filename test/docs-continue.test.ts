/**
 * The pure side of a report written over several executions (src/render/docs-continue.ts): how much fits,
 * the cursor, the footer id's slot, and what the Doc tells after a stop.
 */
import { describe, expect, it } from 'vitest';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import { COST, docsBatchMs, requestsWithin } from '../src/core/cost-model';
import {
  advance,
  fillFooterId,
  FOOTER_ID_SLOT,
  nextCount,
  remainingMs,
  resume,
  type Progress,
} from '../src/render/docs-continue';

type Request = docs_v1.Schema$Request;

const text = (s: string, index: number): Request => ({ insertText: { text: s, location: { index } } });
const bold = (): Request => ({
  updateTextStyle: { fields: 'bold', textStyle: { bold: true }, range: { startIndex: 1, endIndex: 2 } },
});
const segments: Request[][] = [
  [{ createFooter: { type: 'DEFAULT' } }, text('abc', 1), bold(), text('de', 4)],
  [{ insertText: { text: 'footer', location: { segmentId: FOOTER_ID_SLOT, index: 0 } } }],
];
const at = (segment: number, offset: number) => ({ segment, offset });

describe('a report written over several executions: the plan side', () => {
  it('fits as many requests as the upper estimate allows, never past the segment, one at least when it must move on', () => {
    expect(requestsWithin(docsBatchMs(2))).toBe(2);
    expect(nextCount(segments, at(0, 0), docsBatchMs(2), false)).toBe(2);
    expect(nextCount(segments, at(0, 3), docsBatchMs(100), false)).toBe(1);
    expect(nextCount(segments, at(0, 0), COST.docsCall.range[1], false)).toBe(0);
    expect(nextCount(segments, at(0, 0), 0, true)).toBe(1);
  });

  it('moves the cursor within a segment and on to the next at its end', () => {
    expect(advance(segments, at(0, 0), 2)).toEqual(at(0, 2));
    expect(advance(segments, at(0, 2), 2)).toEqual(at(1, 0));
    expect(advance(segments, at(1, 0), 1)).toEqual(at(2, 0));
  });

  it('prices what is left plus the finish, and fills the footer id only where its slot is', () => {
    expect(remainingMs(segments, at(0, 1))).toBe(COST.reportFinish.range[1] + docsBatchMs(3) + docsBatchMs(1));
    expect(remainingMs(segments, at(2, 0))).toBe(COST.reportFinish.range[1]);
    expect(fillFooterId(segments[1], 'kix.f1')[0].insertText!.location!.segmentId).toBe('kix.f1');
    expect(fillFooterId(segments[0], undefined)).toEqual(segments[0]);
    expect(() => fillFooterId(segments[1], undefined)).toThrow(/footerId/);
  });
});

describe('after a stop, the Doc tells whether the batch in flight landed', () => {
  // The first two requests are recorded; the next two (text 'de' and a style) were in flight.
  const p: Progress = { cursor: at(0, 2), revisionId: 'r5', bodyEnd: 5, footerId: 'kix.f1', inFlight: 2 };

  it('landed: the body grew by the batch (revision moved) — the cursor moves past it', () => {
    expect(resume(segments, p, { revisionId: 'r6', bodyEnd: 7 })).toEqual({
      cursor: at(1, 0),
      revisionId: 'r6',
      bodyEnd: 7,
      footerId: 'kix.f1',
      inFlight: 0,
    });
  });

  it('not landed: same revision, or the body as recorded though the revision moved — sent again from the same place', () => {
    expect(resume(segments, p, { revisionId: 'r5', bodyEnd: 5 })).toEqual({ ...p, inFlight: 0 });
    expect(resume(segments, p, { revisionId: 'r6', bodyEnd: 5 })).toEqual({ ...p, revisionId: 'r6', inFlight: 0 });
  });

  it('neither length, or a Doc changed while nothing was in flight: it stops', () => {
    expect(() => resume(segments, p, { revisionId: 'r6', bodyEnd: 6 })).toThrow();
    expect(() => resume(segments, { ...p, inFlight: 0 }, { revisionId: 'r6', bodyEnd: 9 })).toThrow();
    expect(resume(segments, { ...p, inFlight: 0 }, { revisionId: 'r6', bodyEnd: 5 })).toEqual({
      ...p,
      revisionId: 'r6',
      inFlight: 0,
    });
  });

  it('a batch that adds no text is judged by the revision; createFooter landed gives the footer id from the Doc', () => {
    const styleOnly: Progress = { cursor: at(0, 2), revisionId: 'r5', bodyEnd: 5, inFlight: 0 };
    const withStyle = [[text('abc', 1), bold(), bold()]];
    expect(resume(withStyle, { ...styleOnly, inFlight: 1 }, { revisionId: 'r6', bodyEnd: 5 }).cursor).toEqual(at(1, 0));
    const first: Progress = { cursor: at(0, 0), revisionId: 'r1', bodyEnd: 2, inFlight: 2 };
    expect(resume(segments, first, { revisionId: 'r2', bodyEnd: 5, footerId: 'kix.new' })).toEqual({
      cursor: at(0, 2),
      revisionId: 'r2',
      bodyEnd: 5,
      footerId: 'kix.new',
      inFlight: 0,
    });
  });
});
