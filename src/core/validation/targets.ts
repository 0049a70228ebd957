import { COUNT_PATTERN as COUNT, parseCount as countOf, toArabicDigits, toThaiDigits } from '../thai';
import type { MeasureRule } from './context';

const AT_LEAST = new RegExp(`ไม่\\s*น้อยกว่า\\s*${COUNT}\\s*(ครั้ง|ช่องทาง|เรื่อง)`);

/**
 * A target "ไม่น้อยกว่า N ครั้ง" against what the output reports with the same counting word:
 * warn when every count reported is lower (brief 4.4).
 */
export const targetQuantityRule: MeasureRule = ({ workbook, report }) => {
  for (const row of workbook.measures) {
    for (const target of row.targets) {
      const m = AT_LEAST.exec(toArabicDigits(target));
      if (!m) continue;
      const wanted = countOf(m[1]);
      const word = m[2];
      const found = [...toArabicDigits(row.output).matchAll(new RegExp(`${COUNT}\\s*${word}`, 'g'))].map((x) =>
        countOf(x[1]),
      );
      if (found.length > 0 && Math.max(...found) < wanted) {
        report(
          'warning',
          'target-not-reached',
          row,
          'output',
          `ค่าเป้าหมายกำหนดไม่น้อยกว่า ${toThaiDigits(String(wanted))} ${word} แต่ผลผลิตระบุ ${toThaiDigits(String(Math.max(...found)))} ${word} — ตรวจสอบตัวเลข หรือระบุสถานะ "ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย"`,
          `Target is at least ${wanted} ${word} but the output reports ${Math.max(...found)}.`,
        );
      }
    }
  }
};

const COUNT_PHRASE = /จำนวน\s*([๐-๙\d]+)\s*(เรื่อง|ช่องทาง|ข้อ|รายการ)/;
const ITEM_MARKERS = [/^[๐-๙\d]+\.\s/, /^\([๐-๙\d]+\)/];

/**
 * An output that says "จำนวน N เรื่อง" and then lists items: warn when the list has another
 * number of items (catches the seed's row 12, "๔ เรื่อง" with five items; brief 4.5).
 */
export const enumeratedCountRule: MeasureRule = ({ workbook, report }) => {
  for (const row of workbook.measures) {
    const lines = row.output
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const at = lines.findIndex((l) => COUNT_PHRASE.test(l));
    if (at === -1) continue;
    const m = COUNT_PHRASE.exec(lines[at])!;
    const stated = Number(toArabicDigits(m[1]));
    const after = lines.slice(at + 1);
    const marker = ITEM_MARKERS.find((re) => after.length > 0 && re.test(after[0]));
    if (!marker) continue;
    const items = after.filter((l) => marker.test(l)).length;
    if (items !== stated) {
      report(
        'warning',
        'count-mismatch',
        row,
        'output',
        `ผลผลิตระบุจำนวน ${toThaiDigits(String(stated))} ${m[2]} แต่แจกแจงไว้ ${toThaiDigits(String(items))} รายการ — แก้ตัวเลขหรือรายการให้ตรงกัน`,
        `Output states ${stated} ${m[2]} but lists ${items} items.`,
      );
    }
  }
};
