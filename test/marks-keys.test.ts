/** The pure parts of the marks: cell identities and the note's own memory (no Apps Script here). */
import { describe, expect, it } from 'vitest';
import { ERROR_BACKGROUND, NOTE_MARKER, noteOriginal, remarkBlock, stripOurNote } from '../src/gas/cell-marks';
import { cellKeysOf, HEADER_ROW_KEY, splitKey } from '../src/gas/mark-keys';
import type { Finding } from '../src/core/findings';

const measures = {
  values: [
    ['ตัวชี้วัด', 'รหัสแถว', 'ผลผลิต', 'ผลผลิต', ''],
    ['IIT', '2567-01', 'a', 'b', 'x'],
    ['IIT', ' 2567-02 ', 'a', 'b', 'x'],
    ['IIT', '2567-03', 'a', 'b', 'x'],
    ['IIT', '2567-03', 'a', 'b', 'x'],
    ['IIT', '', 'a', 'b', 'x'],
  ],
};

describe('cell identities for the marks memory', () => {
  it('a row key plus a header text; blank or repeated keys and repeated or blank headers give none', () => {
    const { keyOf, rowKeyOf } = cellKeysOf('มาตรการ', measures);
    expect(splitKey(keyOf(2, 1)!)).toEqual({ sheet: 'มาตรการ', row: '2567-01', column: 'ตัวชี้วัด' });
    expect(splitKey(keyOf(3, 2)!).row).toBe('2567-02'); // trimmed, as validation reads it
    expect(rowKeyOf(1)).toBe(HEADER_ROW_KEY);
    expect([keyOf(4, 1), keyOf(5, 1), keyOf(6, 1)]).toEqual([undefined, undefined, undefined]);
    expect([keyOf(2, 3), keyOf(2, 4), keyOf(2, 5)]).toEqual([undefined, undefined, undefined]);
    expect(keyOf(40, 1)).toBeUndefined(); // below the data
  });

  it('the config sheet: the label in column A and the column position', () => {
    const { keyOf } = cellKeysOf('ตั้งค่า', {
      values: [
        ['หัวข้อ', 'ค่า'],
        ['ปีงบประมาณ (พ.ศ.)', 2567],
        ['', ''],
      ],
    });
    expect(splitKey(keyOf(2, 2)!)).toEqual({ sheet: 'ตั้งค่า', row: 'ปีงบประมาณ(พ.ศ.)', column: '#2' });
    expect(keyOf(3, 2)).toBeUndefined();
  });

  it('a sheet whose key column is missing gives no identity at all', () => {
    expect(cellKeysOf('หน่วยงาน', { values: [['ชื่อหน่วยงาน'], ['สำนักบริหารกลาง']] }).keyOf(2, 1)).toBeUndefined();
  });
});

describe('our note section', () => {
  const finding: Finding = {
    severity: 'error',
    rule: 'x',
    sheet: 'มาตรการ',
    row: 2,
    column: 3,
    header: 'ผลผลิต',
    messageTh: 'ว่าง',
    messageEn: 'empty',
  };

  it('carries the original colour in its last line, and comes off leaving staff note intact', () => {
    const keyOf = () => undefined;
    const block = { top: 2, left: 3, backgrounds: [['#d9ead3']], notes: [['ของเจ้าหน้าที่']] };
    const marked = remarkBlock(block, [finding], keyOf, new Map());
    const note = marked.notes[0][0];
    expect(marked.backgrounds[0][0]).toBe(ERROR_BACKGROUND);
    expect(note).toBe(`ของเจ้าหน้าที่\n\n${NOTE_MARKER}\n• ข้อผิดพลาด: ว่าง\n(สีพื้นเดิม #d9ead3)`);
    expect(noteOriginal(note)).toBe('#d9ead3');
    expect(stripOurNote(note)).toBe('ของเจ้าหน้าที่');

    const cleared = remarkBlock({ ...block, backgrounds: [[ERROR_BACKGROUND]], notes: [[note]] }, [], keyOf, new Map());
    expect(cleared.backgrounds[0][0]).toBe('#d9ead3');
    expect(cleared.notes[0][0]).toBe('ของเจ้าหน้าที่');
    // Before the backgrounds are written, the note still holds our section (so a stop there loses nothing).
    expect(cleared.notesFirst[0][0]).toBe(note);
  });

  it('comes off leaving what staff added below it; an older section without its colour line goes to the end', () => {
    const section = `${NOTE_MARKER}\n• ข้อผิดพลาด: ว่าง\n(สีพื้นเดิม #d9ead3)`;
    expect(stripOurNote(`ของเจ้าหน้าที่\n\n${section}\nตอบแล้ว\nรอตรวจ`)).toBe('ของเจ้าหน้าที่\nตอบแล้ว\nรอตรวจ');
    expect(noteOriginal(`${section}\nตอบแล้ว`)).toBe('#d9ead3');
    expect(stripOurNote(`${section}\n\nตอบแล้ว`)).toBe('ตอบแล้ว');
    expect(stripOurNote(`${section}\nตอบ\n\n${section}`)).toBe('ตอบ');
    expect(stripOurNote(`ของเจ้าหน้าที่\n\n${NOTE_MARKER}\n• ข้อผิดพลาด: ว่าง`)).toBe('ของเจ้าหน้าที่');
  });

  it('with no memory: our note section → no fill (null); our colour without our note → left as it is', () => {
    const keyOf = () => undefined;
    const ours = remarkBlock(
      { top: 1, left: 1, backgrounds: [[ERROR_BACKGROUND]], notes: [[`${NOTE_MARKER}\n• x`]] },
      [],
      keyOf,
      new Map(),
    );
    expect(ours.backgrounds[0][0]).toBeNull();
    const maybeStaff = remarkBlock(
      { top: 1, left: 1, backgrounds: [[ERROR_BACKGROUND]], notes: [['']] },
      [],
      keyOf,
      new Map(),
    );
    expect(maybeStaff.backgrounds[0][0]).toBe(ERROR_BACKGROUND);
  });
});
