/**
 * A reconcile run again with nothing changed writes nothing, also when staff keep their own notes beside the
 * ledger (columns right of it, or below its last line): those cells are not the ledger's, and the rewrite leaves
 * them as they are, so they must not make every run rewrite it. Through the built bundle over the fakes.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import { countWrites } from './tools/faults';
import { BUNDLE, L, ledger, sheetNamed, submitAndFire, withForm } from './tools/forms-project';

describe.skipIf(!existsSync(BUNDLE))('a reconcile again, nothing changed', () => {
  for (const [where, row, column] of [
    ['right of the ledger', 2, Object.keys(L).length + 2],
    ['right of the ledger, below its last line', 9, Object.keys(L).length + 1],
  ] as const)
    it(`writes nothing with a staff note ${where}, and keeps the note`, () => {
      const p = withForm();
      for (const done of ['คำตอบ-ก', 'คำตอบ-ข']) submitAndFire(p, { done });
      const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
      sheet._setValues(row, column, [['บันทึกของเจ้าหน้าที่']]);
      p.context.reconcileResponses();
      const before = JSON.stringify([sheet._values(), sheet._read('background')]);
      expect(countWrites(p.fakes, () => p.context.reconcileResponses())).toBe(0);
      expect(p.fakes.recorded.alerts.at(-1)?.prompt).toContain('ไม่มีสิ่งที่ต้องเปลี่ยน');
      expect(JSON.stringify([sheet._values(), sheet._read('background')])).toBe(before);
      expect(sheet._values()[row - 1][column - 1]).toBe('บันทึกของเจ้าหน้าที่');
      expect(ledger(p.fakes).map((r) => r[L.done])).toEqual(['คำตอบ-ก', 'คำตอบ-ข', ...(row > 3 ? [''] : [])]);
    });
});
