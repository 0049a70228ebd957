/**
 * Seeded random sequences of what staff do around "ตั้งค่าสมุดงาน", through the built bundle: rename a header,
 * swap two columns, delete a sheet, put a title row above the headers, insert a column of their own, add a blank
 * line and padded label to the config, freeze rows, load the example, run set-up. After each sequence set-up
 * runs once more and must keep every typed value, leave each header once in its sheet's header row, let the
 * validation still see the measure rows, and a further run must have nothing left to do.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGasGlobals, loadBundle, type FakeSheet, type GasFakes } from './fakes';
import { seedWorkbook } from './tools/seed';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const SHEETS = ['ตั้งค่า', 'หน่วยงาน', 'ตัวชี้วัด', 'มาตรการ', 'ผลการประเมินปีก่อน'];
const KEY_HEADERS: Record<string, string[]> = {
  หน่วยงาน: ['รหัสหน่วยงาน', 'ชื่อหน่วยงาน'],
  ตัวชี้วัด: ['รหัสตัวชี้วัด', 'แบบวัด'],
  มาตรการ: ['รหัสแถว', 'สถานะ', 'ผลผลิต'],
};
const NOTHING_TO_DO = 'สมุดงานครบถ้วนแล้ว ไม่มีสิ่งที่ต้องเพิ่ม';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/** Every non-empty cell, "sheet!row,column" → value. */
function typedCells(fakes: GasFakes): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of fakes.spreadsheet._sheets)
    s._values().forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== '') out.set(`${s._name}!${r + 1},${c + 1}`, v);
      }),
    );
  return out;
}

type Step = (sheet: FakeSheet | undefined) => string | undefined;

function steps(fakes: GasFakes, context: Record<string, () => void>, rand: () => number): Step[] {
  const column = (s: FakeSheet) => 1 + Math.floor(rand() * Math.max(s.getLastColumn(), 1));
  return [
    (s) => {
      const c = s && column(s);
      const h = s && s._cell(1, c!).value;
      if (!s || h === '') return undefined;
      s._setValues(1, c!, [[`${String(h)} (เดิม)`]]);
      return `rename ${s._name}!${String(h)}`;
    },
    (s) => {
      if (!s || s.getLastColumn() < 2) return undefined;
      const [a, b] = [column(s), column(s)];
      const v = s._values();
      v.forEach((line, r) => s._setValues(r + 1, a, [[line[b - 1]]])._setValues(r + 1, b, [[line[a - 1]]]));
      return `swap ${s._name} ${a},${b}`;
    },
    (s) => {
      if (!s) return undefined;
      fakes.spreadsheet.deleteSheet(s as unknown as GoogleAppsScript.Spreadsheet.Sheet);
      return `delete ${s._name}`;
    },
    (s) => {
      if (!s || s._name === 'ตั้งค่า') return undefined;
      s.insertRowsBefore(1, 1);
      s._setValues(1, 1, [['หัวเรื่องของสำนัก']]);
      return `title ${s._name}`;
    },
    (s) => {
      if (!s) return undefined;
      s.insertColumnsAfter(1, 1);
      s._setValues(1, 2, [['คอลัมน์ของฉัน'], ['ข้อความของฉัน']]);
      return `own column ${s._name}`;
    },
    () => (context.setupWorkbook(), 'setup'),
    () => (context.fillExampleData(), 'example'),
    (s) => {
      if (!s || s._name !== 'ตั้งค่า' || s.getLastRow() < 5) return undefined;
      s.insertRowsBefore(3, 1);
      s._setValues(5, 1, [[`  ${String(s._cell(5, 1).value)}  `]]);
      return 'config blank line, padded label';
    },
    (s) => {
      if (!s) return undefined;
      s.setFrozenRows(Math.floor(rand() * 3));
      return `freeze ${s._name}`;
    },
  ];
}

describe.skipIf(!existsSync(BUNDLE))('set-up amid random staff actions (bundle + fakes)', () => {
  it('keeps typed values, one header each, the measure rows readable, and a further run has nothing to do', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rand = random(seed);
      const fakes = createGasGlobals({ spreadsheet: { name: 'ITA', timeZone: 'Asia/Bangkok' } });
      const context = loadBundle(BUNDLE, fakes.globals) as unknown as Record<string, () => void>;
      if (rand() < 0.7)
        for (const [name, sheet] of Object.entries(seedWorkbook())) if (rand() < 0.8) fakes.seed(name, sheet!.values);
      const actions = steps(fakes, context, rand);
      const log: string[] = [];
      for (let i = 0; i < 8; i++) {
        const step = actions[Math.floor(rand() * actions.length)];
        const done = step(fakes.spreadsheet._sheetNamed(SHEETS[Math.floor(rand() * SHEETS.length)]));
        if (done) log.push(done);
      }
      const at = `seed ${seed}: ${log.join('; ')}`;
      const before = typedCells(fakes);
      context.setupWorkbook();
      const after = typedCells(fakes);
      for (const [cell, value] of before) expect(after.get(cell), `${at} — ${cell}`).toEqual(value);
      for (const [name, headers] of Object.entries(KEY_HEADERS)) {
        const top = fakes.sheet(name)._values().slice(0, 5).flat();
        for (const h of headers) expect(top.filter((v) => v === h).length, `${at} — ${name} ${h}`).toBe(1);
      }
      const hasRows = fakes
        .sheet('มาตรการ')
        ._values()
        .some((line) => line.some((v) => /^2567-\d\d$/.test(String(v))));
      context.validateWorkbook();
      const details = fakes
        .sheet('ผลการตรวจสอบ')
        ._values()
        .map((r) => String(r[5]));
      if (hasRows)
        expect(
          details.filter((d) => d.startsWith('ยังไม่มีมาตรการ')),
          at,
        ).toEqual([]);
      context.setupWorkbook();
      expect(fakes.recorded.alerts.at(-1)!.prompt, at).toBe(NOTHING_TO_DO);
    }
  });
});
