/**
 * Thai digits, Buddhist-era years, fiscal years and Thai dates.
 * Plain tables, no Intl: ICU data differs between Apps Script and Node.
 */

import { mapOutsideUrls, replaceUrls } from './urls';

const THAI_ZERO = 0x0e50;

export type DigitStyle = 'thai' | 'arabic';

export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Converts digits to the configured style everywhere except inside URLs. */
export function applyDigitStyle(text: string, style: DigitStyle): string {
  return mapOutsideUrls(text, style === 'thai' ? toThaiDigits : toArabicDigits);
}

/** True when one text holds both Thai and Arabic digits (URLs ignored). */
export function hasMixedDigits(text: string): boolean {
  const withoutUrls = replaceUrls(text, ' ');
  return /[0-9]/.test(withoutUrls) && /[๐-๙]/.test(withoutUrls);
}

/**
 * A count as staff write it, Arabic digits (after toArabicDigits), also with thousands separators ("1,200"):
 * one capture group, never the "200" of "1,200". parseCount reads it.
 */
export const COUNT_PATTERN = '((?<![\\d,])\\d{1,3}(?:,\\d{3})+(?![\\d,])|(?<![\\d,])\\d+)';
export const parseCount = (digits: string): number => Number(digits.replace(/,/g, ''));

export const BE_OFFSET = 543;
export const toBuddhistYear = (ceYear: number): number => ceYear + BE_OFFSET;
export const toCommonEraYear = (beYear: number): number => beYear - BE_OFFSET;

/** A calendar day with no time zone: what a report date means. */
export interface CalendarDate {
  year: number; // CE
  month: number; // 1-12
  day: number;
}

/** Thai fiscal year (BE): October starts the next year's budget. */
export function fiscalYearOf(date: CalendarDate): number {
  return toBuddhistYear(date.month >= 10 ? date.year + 1 : date.year);
}

export type Round = 6 | 12;

/** First and last day of a round of a fiscal year (BE). */
export function roundPeriod(fiscalYearBe: number, round: Round): { start: CalendarDate; end: CalendarDate } {
  const endCe = toCommonEraYear(fiscalYearBe);
  return {
    start: { year: endCe - 1, month: 10, day: 1 },
    end: round === 6 ? { year: endCe, month: 3, day: 31 } : { year: endCe, month: 9, day: 30 },
  };
}

export const MONTHS_LONG = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

export const MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

/** "๒๐ ธ.ค. ๒๕๖๖" */
export function formatThaiDateShort(date: CalendarDate, style: DigitStyle = 'thai'): string {
  return applyDigitStyle(`${date.day} ${MONTHS_SHORT[date.month - 1]} ${toBuddhistYear(date.year)}`, style);
}

/** "๒๘ กุมภาพันธ์ ๒๕๖๗" */
export function formatThaiDateLong(date: CalendarDate, style: DigitStyle = 'thai'): string {
  return applyDigitStyle(`${date.day} ${MONTHS_LONG[date.month - 1]} ${toBuddhistYear(date.year)}`, style);
}

/** "(๑ ตุลาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๗)", with an en dash. */
export function periodLine(fiscalYearBe: number, round: Round, style: DigitStyle = 'thai'): string {
  const { start, end } = roundPeriod(fiscalYearBe, round);
  return `(${formatThaiDateLong(start, style)} – ${formatThaiDateLong(end, style)})`;
}

/** "รอบ ๑๒ เดือน" */
export function roundLine(round: Round, style: DigitStyle = 'thai'): string {
  return applyDigitStyle(`รอบ ${round} เดือน`, style);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function isValidCalendarDate(d: CalendarDate): boolean {
  if (!Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) return false;
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  const leap = (d.year % 4 === 0 && d.year % 100 !== 0) || d.year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month - 1];
  return d.day <= days;
}

export function isoDate(d: CalendarDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** A year written in a date: BE when it looks like one (>= 2400), else CE. Two digits mean BE 25xx. */
function yearToCe(year: number): number {
  if (year < 100) return toCommonEraYear(2500 + year);
  return year >= 2400 ? toCommonEraYear(year) : year;
}

/**
 * Reads one date as staff type it: a Date from getValues(), ISO "2024-02-28",
 * "28/2/2567" (day first, BE or CE), "๒๘ ก.พ. ๒๕๖๗" or "๒๘ กุมภาพันธ์ ๒๕๖๗" (also "๒๘ กุมภาพันธ์ พ.ศ. ๒๕๖๗").
 * Returns null when the text is not a date.
 */
export function parseThaiDate(value: unknown, timeZoneOffsetMinutes = 7 * 60): CalendarDate | null {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    if (Number.isNaN(date.getTime())) return null;
    // A sheet date is midnight in the spreadsheet's zone (Asia/Bangkok): shift before reading the day.
    const local = new Date(date.getTime() + timeZoneOffsetMinutes * 60_000);
    return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
  }
  if (typeof value !== 'string') return null;
  const text = toArabicDigits(value).trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return checked({ year: yearToCe(Number(m[1])), month: Number(m[2]), day: Number(m[3]) });
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(text);
  if (m) return checked({ year: yearToCe(Number(m[3])), month: Number(m[2]), day: Number(m[1]) });
  m = /^(\d{1,2})\s*([^\d\s]+(?:\s?[^\d\s]+){0,2})\s*(\d{2,4})$/.exec(text);
  if (m) {
    let name = m[2].replace(/\s+/g, '');
    // The era that official letters write before the year: "๑๕ ธันวาคม พ.ศ. ๒๕๖๗" (ค.ศ. for a CE year).
    const era = /([พค])\.ศ\.$/.exec(name);
    if (era) name = name.slice(0, era.index);
    let month = MONTHS_LONG.indexOf(name as (typeof MONTHS_LONG)[number]) + 1;
    if (month === 0) month = MONTHS_SHORT.indexOf(name as (typeof MONTHS_SHORT)[number]) + 1;
    if (month === 0) return null;
    const year = Number(m[3]);
    return checked({ year: era?.[1] === 'ค' && year < 100 ? 2000 + year : yearToCe(year), month, day: Number(m[1]) });
  }
  return null;
}

function checked(d: CalendarDate): CalendarDate | null {
  return isValidCalendarDate(d) ? d : null;
}
