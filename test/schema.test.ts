import { describe, expect, it } from 'vitest';
import { object, required, text } from '../src/core/schema';

describe('the row schema (src/core/schema.ts)', () => {
  const schema = object({
    code: required('กรอกรหัส').check((s) => !s.includes('+'), 'ห้ามมี +'),
    count: text()
      .map((s) => s.trim())
      .check((s) => /^\d+$/.test(s), 'ต้องเป็นตัวเลข')
      .map(Number)
      .check((n) => n >= 1, 'ต้องเริ่มจาก ๑'),
    note: text(),
  });

  it('gives the typed row when every field passes', () => {
    expect(schema.safeParse({ code: 'A1', count: ' 12 ', note: 'x' })).toEqual({
      success: true,
      data: { code: 'A1', count: 12, note: 'x' },
    });
  });

  it('checks every field, one issue each, stopping a field at its first failing rule; a missing cell reads as ""', () => {
    const r = schema.safeParse({ count: 'abc' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues).toEqual([
      { path: ['code'], message: 'กรอกรหัส' },
      { path: ['count'], message: 'ต้องเป็นตัวเลข' },
    ]);
    const zero = schema.safeParse({ code: 'A+B', count: '0', note: '' });
    expect(zero.success ? [] : zero.error.issues.map((i) => i.message)).toEqual(['ห้ามมี +', 'ต้องเริ่มจาก ๑']);
  });

  it('a step may fail with its own message (then)', () => {
    const id = text().then((s) =>
      s.startsWith('R') ? { ok: true as const, value: s.slice(1) } : { ok: false as const, message: `ไม่พบ "${s}"` },
    );
    expect(id.parse('R9')).toEqual({ ok: true, value: '9' });
    expect(id.parse('X')).toEqual({ ok: false, message: 'ไม่พบ "X"' });
  });
});
