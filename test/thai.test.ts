import { describe, expect, it } from 'vitest';
import {
  applyDigitStyle,
  fiscalYearOf,
  formatThaiDateLong,
  formatThaiDateShort,
  hasMixedDigits,
  parseThaiDate,
  periodLine,
  roundLine,
  toArabicDigits,
  toThaiDigits,
} from '../src/core/thai';

describe('Thai digits', () => {
  it('converts both ways', () => {
    expect(toThaiDigits('2567 และ 0-9')).toBe('๒๕๖๗ และ ๐-๙');
    expect(toArabicDigits('๒๕๖๗ และ ๐-๙')).toBe('2567 และ 0-9');
  });
  it('never converts digits inside URLs', () => {
    expect(applyDigitStyle('ดู https://ex.go.th/a/2567?id=12 ปี 2567', 'thai')).toBe(
      'ดู https://ex.go.th/a/2567?id=12 ปี ๒๕๖๗',
    );
    expect(applyDigitStyle('ปี ๒๕๖๗ https://ex.go.th/๑', 'arabic')).toBe('ปี 2567 https://ex.go.th/๑');
  });
  it('detects mixed digits, ignoring URLs', () => {
    expect(hasMixedDigits('๑ ครั้ง และ 2 ครั้ง')).toBe(true);
    expect(hasMixedDigits('๑ ครั้ง https://a.th/2')).toBe(false);
  });
});

describe('years and dates', () => {
  it('gives the fiscal year of a date', () => {
    expect(fiscalYearOf({ year: 2023, month: 10, day: 1 })).toBe(2567);
    expect(fiscalYearOf({ year: 2023, month: 9, day: 30 })).toBe(2566);
    expect(fiscalYearOf({ year: 2024, month: 9, day: 30 })).toBe(2567);
  });
  it('writes the period and round lines of the seed', () => {
    expect(periodLine(2567, 12)).toBe('(๑ ตุลาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๗)');
    expect(periodLine(2567, 6)).toBe('(๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗)');
    expect(periodLine(2567, 12, 'arabic')).toBe('(1 ตุลาคม 2566 – 30 กันยายน 2567)');
    expect(roundLine(12)).toBe('รอบ ๑๒ เดือน');
  });
  it('writes short and long Thai dates', () => {
    expect(formatThaiDateShort({ year: 2023, month: 12, day: 20 })).toBe('๒๐ ธ.ค. ๒๕๖๖');
    expect(formatThaiDateLong({ year: 2024, month: 2, day: 28 })).toBe('๒๘ กุมภาพันธ์ ๒๕๖๗');
  });
  it('reads dates as staff type them', () => {
    const d = { year: 2024, month: 2, day: 28 };
    expect(parseThaiDate('2024-02-28')).toEqual(d);
    expect(parseThaiDate('28/2/2567')).toEqual(d);
    expect(parseThaiDate('๒๘/๒/๒๕๖๗')).toEqual(d);
    expect(parseThaiDate('๒๘ ก.พ. ๒๕๖๗')).toEqual(d);
    expect(parseThaiDate('28 กุมภาพันธ์ 2567')).toEqual(d);
    expect(parseThaiDate('๒๘ ก.พ. ๖๗')).toEqual(d);
    // A sheet date: midnight in Bangkok is 17:00 UTC the day before.
    expect(parseThaiDate(new Date(Date.UTC(2024, 1, 27, 17, 0, 0)))).toEqual(d);
    expect(parseThaiDate('30/2/2567')).toBeNull();
    expect(parseThaiDate('เมื่อวาน')).toBeNull();
    expect(parseThaiDate(42)).toBeNull();
  });
});
