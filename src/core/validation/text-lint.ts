import { hasMixedDigits, toArabicDigits, toThaiDigits } from '../thai';
import { replaceUrls } from '../urls';
import type { MeasureColumn, MeasureRule } from './context';

const FREE_TEXT: MeasureColumn[] = ['issueTitle', 'measureText', 'targets', 'output', 'outcome', 'result'];

/** Common typos seen in real reports (brief 4.10). */
const MISSPELLINGS: { wrong: RegExp; right: string }[] = [
  { wrong: /คำเป้าหมาย/, right: 'ค่าเป้าหมาย' },
  { wrong: /ไปพลา\s+ก่อน/, right: 'ไปพลางก่อน' },
];

const FOUR_DIGITS = /[0-9๐-๙]{4}/;

const textOf = (value: string | string[]) => (Array.isArray(value) ? value.join('\n') : value);

/** Mixed digits, doubtful years, misspellings and double spaces in the free text (brief 4.8–4.10). */
export const textLintRule: MeasureRule = ({ workbook, report }) => {
  const fiscalYear = workbook.config?.fiscalYear;
  for (const row of workbook.measures) {
    for (const column of FREE_TEXT) {
      const text = textOf(row[column] as string | string[]);
      // URLs become a word, once: no digit of a URL counts, and "ที่ URL เมื่อ" has no double space.
      const prose = replaceUrls(text, 'URL');
      if (hasMixedDigits(prose))
        report(
          'warning',
          'digits-mixed',
          row,
          column,
          'ช่องนี้มีทั้งเลขไทยและเลขอารบิก — รายงานจะแปลงเป็นแบบเดียวกันตามการตั้งค่า แต่ควรตรวจสอบตัวเลข',
          'The cell mixes Thai and Arabic digits.',
        );
      for (const { wrong, right } of MISSPELLINGS)
        if (wrong.test(text))
          report(
            'warning',
            'spelling',
            row,
            column,
            `พบคำที่น่าจะพิมพ์ผิด: ควรเป็น "${right}"`,
            `Probable typo; should read "${right}".`,
          );
      if (/[^\S\n]{2,}/.test(prose))
        report(
          'warning',
          'double-space',
          row,
          column,
          'มีช่องว่างซ้อนกันสองช่อง — ภาษาไทยใช้ช่องว่างเดียวคั่นวลี',
          'Double space in the text.',
        );
      if (!FOUR_DIGITS.test(prose)) continue; // no year to check: skip the digit conversion
      for (const m of toArabicDigits(prose).matchAll(/(?<![\d/.])(\d{4})(?![\d/.])/g)) {
        const year = Number(m[1]);
        if (year >= 1900 && year < 2400)
          report(
            'warning',
            'year-ce',
            row,
            column,
            `ปี ${year} น่าจะเป็น ค.ศ. — รายงานราชการใช้ พ.ศ. (${toThaiDigits(String(year + 543))})`,
            `Year ${year} looks like CE.`,
          );
        else if (fiscalYear && year >= 2400 && year <= 2700 && Math.abs(year - fiscalYear) > 1)
          report(
            'warning',
            'year-far',
            row,
            column,
            `ปี พ.ศ. ${toThaiDigits(String(year))} ห่างจากปีงบประมาณ ${toThaiDigits(String(fiscalYear))} เกิน ๑ ปี — ตรวจสอบว่าถูกต้อง (อ้างเอกสารเก่าได้)`,
            `BE year ${year} is more than one year from the fiscal year.`,
          );
      }
    }
  }
};
