/**
 * Dates staff type and the report prints, at the edges a user meets: 29 February, the first day of the
 * round (1 October), BE / CE / two-digit years, and digits inside http:// links. (Issue #19: these were
 * the mutants the suite missed.)
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  applyDigitStyle,
  compareDates,
  fiscalYearOf,
  formatThaiDateLong,
  formatThaiDateShort,
  hasMixedDigits,
  isoDate,
  isValidCalendarDate,
  parseThaiDate,
  roundLine,
  roundPeriod,
  toArabicDigits,
  toThaiDigits,
} from '../src/core/thai';

describe('29 February', () => {
  it('exists in a leap year (BE 2567 = 2024, 2000) and not in others (2566 = 2023, 1900, 2100)', () => {
    expect(parseThaiDate('29/2/2567')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseThaiDate('๒๙ กุมภาพันธ์ ๒๕๖๗')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseThaiDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseThaiDate('29/2/2566')).toBeNull();
    expect(parseThaiDate('2023-02-29')).toBeNull();
    expect(isValidCalendarDate({ year: 2000, month: 2, day: 29 })).toBe(true);
    expect(isValidCalendarDate({ year: 1900, month: 2, day: 29 })).toBe(false);
    expect(isValidCalendarDate({ year: 2100, month: 2, day: 29 })).toBe(false);
    expect(isValidCalendarDate({ year: 2024, month: 2, day: 30 })).toBe(false);
    expect(isValidCalendarDate({ year: 2023, month: 2, day: 28 })).toBe(true);
  });

  it('prints in Thai', () => {
    expect(formatThaiDateLong({ year: 2024, month: 2, day: 29 })).toBe('๒๙ กุมภาพันธ์ ๒๕๖๗');
    expect(formatThaiDateShort({ year: 2024, month: 2, day: 29 }, 'arabic')).toBe('29 ก.พ. 2567');
  });
});

describe('month lengths and bounds', () => {
  it('knows each month’s last day', () => {
    const last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    last.forEach((days, i) => {
      expect(isValidCalendarDate({ year: 2023, month: i + 1, day: days })).toBe(true);
      expect(isValidCalendarDate({ year: 2023, month: i + 1, day: days + 1 })).toBe(false);
    });
  });
  it('refuses day 0, month 0 or 13, and fractions', () => {
    expect(isValidCalendarDate({ year: 2024, month: 1, day: 0 })).toBe(false);
    expect(isValidCalendarDate({ year: 2024, month: 1, day: 1 })).toBe(true);
    expect(isValidCalendarDate({ year: 2024, month: 0, day: 1 })).toBe(false);
    expect(isValidCalendarDate({ year: 2024, month: 13, day: 1 })).toBe(false);
    expect(isValidCalendarDate({ year: 2024, month: 12, day: 31 })).toBe(true);
    expect(isValidCalendarDate({ year: 2024.5, month: 1, day: 1 })).toBe(false);
    expect(isValidCalendarDate({ year: 2024, month: 1.5, day: 1 })).toBe(false);
    expect(isValidCalendarDate({ year: 2024, month: 1, day: 1.5 })).toBe(false);
    expect(parseThaiDate('0/1/2567')).toBeNull();
    expect(parseThaiDate('1/13/2567')).toBeNull();
  });
});

describe('1 October, the first day of the round', () => {
  it('starts the next fiscal year; 30 September ends it', () => {
    expect(fiscalYearOf({ year: 2024, month: 10, day: 1 })).toBe(2568);
    expect(fiscalYearOf({ year: 2024, month: 9, day: 30 })).toBe(2567);
    expect(fiscalYearOf({ year: 2024, month: 11, day: 1 })).toBe(2568);
    expect(fiscalYearOf({ year: 2025, month: 1, day: 1 })).toBe(2568);
  });
  it('is the start of both rounds; 31 March ends the 6-month round, 30 September the 12-month one', () => {
    expect(roundPeriod(2568, 6)).toEqual({
      start: { year: 2024, month: 10, day: 1 },
      end: { year: 2025, month: 3, day: 31 },
    });
    expect(roundPeriod(2568, 12)).toEqual({
      start: { year: 2024, month: 10, day: 1 },
      end: { year: 2025, month: 9, day: 30 },
    });
    expect(parseThaiDate('1 ต.ค. 2567')).toEqual({ year: 2024, month: 10, day: 1 });
    expect(formatThaiDateShort({ year: 2024, month: 10, day: 1 })).toBe('๑ ต.ค. ๒๕๖๗');
  });
});

describe('years as staff write them', () => {
  it('BE from 2400, CE below, two digits as BE 25xx, in every form', () => {
    expect(parseThaiDate('2567-10-01')).toEqual({ year: 2024, month: 10, day: 1 });
    expect(parseThaiDate('1/10/2024')).toEqual({ year: 2024, month: 10, day: 1 });
    expect(parseThaiDate('1/10/67')).toEqual({ year: 2024, month: 10, day: 1 });
    expect(parseThaiDate('1 ตุลาคม 2024')).toEqual({ year: 2024, month: 10, day: 1 });
    expect(parseThaiDate('1/1/2400')).toEqual({ year: 1857, month: 1, day: 1 });
    expect(parseThaiDate('1/1/2399')).toEqual({ year: 2399, month: 1, day: 1 });
    expect(parseThaiDate('1/1/99')).toEqual({ year: 2056, month: 1, day: 1 });
    expect(parseThaiDate('1/1/100')).toEqual({ year: 100, month: 1, day: 1 });
  });
  it('spaces around and inside the month name are fine; other text around the date is not', () => {
    expect(parseThaiDate('  1 ต. ค. 2567 ')).toEqual({ year: 2024, month: 10, day: 1 });
    expect(parseThaiDate('1ต.ค.2567')).toEqual({ year: 2024, month: 10, day: 1 });
    expect(parseThaiDate('๑๒ ธันวาคม ๒๕๖๗')).toEqual({ year: 2024, month: 12, day: 12 });
    expect(parseThaiDate('1 มกราคม 2568')).toEqual({ year: 2025, month: 1, day: 1 });
    expect(parseThaiDate('1 ตุลา 2567')).toBeNull();
    expect(parseThaiDate('วันที่ 1/10/2567')).toBeNull();
    expect(parseThaiDate('1/10/2567 เป็นต้นไป')).toBeNull();
    expect(parseThaiDate('x2024-10-01')).toBeNull();
    expect(parseThaiDate('2024-10-01x')).toBeNull();
    expect(parseThaiDate('1 ต.ค. 2567 x')).toBeNull();
    expect(parseThaiDate('x 1 ต.ค. 2567')).toBeNull();
    expect(parseThaiDate('1 ต.ค. 2567 2568')).toBeNull();
  });
  it('the era written before the year, as official letters date them: "๑๕ ธันวาคม พ.ศ. ๒๕๖๗", "1 ตุลาคม ค.ศ. 2024"', () => {
    expect(parseThaiDate('๑๕ ธันวาคม พ.ศ. ๒๕๖๗')).toEqual({ year: 2024, month: 12, day: 15 });
    expect(parseThaiDate('๓๑ มี.ค. พ.ศ. ๒๕๖๗')).toEqual({ year: 2024, month: 3, day: 31 });
    expect(parseThaiDate('31 มี.ค.พ.ศ.2567')).toEqual({ year: 2024, month: 3, day: 31 });
    expect(parseThaiDate('1 ตุลาคม พ.ศ. 67')).toEqual({ year: 2024, month: 10, day: 1 });
    expect(parseThaiDate('1 ตุลาคม ค.ศ. 2024')).toEqual({ year: 2024, month: 10, day: 1 });
    // Two digits after ค.ศ. are a CE year (20xx), not BE 25xx.
    expect(parseThaiDate('1 ตุลาคม ค.ศ. 24')).toEqual({ year: 2024, month: 10, day: 1 });
    // Only a month name carries an era: the numeric forms stay as they were.
    expect(parseThaiDate('1/10/พ.ศ. 2567')).toBeNull();
    expect(parseThaiDate('1 พ.ศ. 2567')).toBeNull();
  });
  it('a sheet Date is read in the sheet’s zone (Bangkok by default); an invalid Date is no date', () => {
    const utcMidnight = new Date(Date.UTC(2024, 9, 1, 0, 0, 0));
    expect(parseThaiDate(utcMidnight, 0)).toEqual({ year: 2024, month: 10, day: 1 });
    expect(parseThaiDate(new Date(Date.UTC(2024, 8, 30, 17, 0, 0)))).toEqual({ year: 2024, month: 10, day: 1 });
    expect(parseThaiDate(new Date(Date.UTC(2024, 8, 30, 16, 59, 59)))).toEqual({ year: 2024, month: 9, day: 30 });
    expect(parseThaiDate(new Date(Number.NaN))).toBeNull();
    expect(parseThaiDate(null)).toBeNull();
  });
  it('a Date made in another realm (the Apps Script runtime, the tests’ vm sandbox) is still a date', () => {
    const foreign: unknown = runInNewContext('new Date(Date.UTC(2024, 8, 30, 17, 0, 0))');
    expect(foreign instanceof Date).toBe(false);
    expect(parseThaiDate(foreign)).toEqual({ year: 2024, month: 10, day: 1 });
  });
});

describe('ordering and ISO', () => {
  it('compares by year, then month, then day', () => {
    const d = (year: number, month: number, day: number) => ({ year, month, day });
    expect(Math.sign(compareDates(d(2024, 10, 1), d(2024, 9, 30)))).toBe(1);
    expect(Math.sign(compareDates(d(2024, 1, 31), d(2025, 1, 1)))).toBe(-1);
    expect(Math.sign(compareDates(d(2024, 10, 2), d(2024, 10, 1)))).toBe(1);
    expect(compareDates(d(2024, 10, 1), d(2024, 10, 1))).toBe(0);
  });
  it('pads an ISO date', () => {
    expect(isoDate({ year: 2024, month: 2, day: 9 })).toBe('2024-02-09');
    expect(isoDate({ year: 999, month: 12, day: 31 })).toBe('0999-12-31');
  });
});

describe('digits', () => {
  it('converts every digit both ways', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(toArabicDigits('ก.พ.')).toBe('ก.พ.');
  });
  it('keeps Arabic digits inside http:// as well as https:// links', () => {
    expect(applyDigitStyle('ดู http://ex.go.th/2567/a1.pdf ปี 2567', 'thai')).toBe(
      'ดู http://ex.go.th/2567/a1.pdf ปี ๒๕๖๗',
    );
    expect(applyDigitStyle('HTTP://EX.GO.TH/2567 ปี 2567', 'thai')).toBe('HTTP://EX.GO.TH/2567 ปี ๒๕๖๗');
    expect(applyDigitStyle('ปี ๒๕๖๗ http://ex.go.th/๒๕๖๗', 'arabic')).toBe('ปี 2567 http://ex.go.th/๒๕๖๗');
  });
  it('mixed means both kinds outside links', () => {
    expect(hasMixedDigits('๑ และ 2')).toBe(true);
    expect(hasMixedDigits('1 และ 2')).toBe(false);
    expect(hasMixedDigits('๑ และ ๒')).toBe(false);
    expect(hasMixedDigits('๑ ครั้ง http://a.th/2')).toBe(false);
    expect(hasMixedDigits('1 ครั้ง http://a.th/๒')).toBe(false);
  });
  it('round lines in either style', () => {
    expect(roundLine(6)).toBe('รอบ ๖ เดือน');
    expect(roundLine(6, 'arabic')).toBe('รอบ 6 เดือน');
  });
});
