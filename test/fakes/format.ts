/**
 * Date and number formatting without Intl: Java SimpleDateFormat patterns (Utilities.formatDate)
 * and the display text Sheets shows for a cell (Range.getDisplayValues).
 */
import { isDate } from './core';

/** Fixed-offset time zones (no daylight saving), in minutes east of UTC. */
const ZONES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  'Etc/UTC': 0,
  'Etc/GMT': 0,
  'Asia/Bangkok': 420,
  'Asia/Ho_Chi_Minh': 420,
  'Asia/Saigon': 420,
  'Asia/Jakarta': 420,
  'Asia/Phnom_Penh': 420,
  'Asia/Vientiane': 420,
  'Asia/Yangon': 390,
  'Asia/Kolkata': 330,
  'Asia/Singapore': 480,
  'Asia/Kuala_Lumpur': 480,
  'Asia/Manila': 480,
  'Asia/Shanghai': 480,
  'Asia/Hong_Kong': 480,
  'Asia/Taipei': 480,
  'Asia/Tokyo': 540,
  'Asia/Seoul': 540,
};

/** Minutes east of UTC for a zone id: a named fixed zone, "GMT+7", "GMT+07:00", "UTC-3", "Etc/GMT-7". */
export function zoneOffsetMinutes(timeZone: string): number {
  if (timeZone in ZONES) return ZONES[timeZone];
  const gmt = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (gmt) return (gmt[1] === '-' ? -1 : 1) * (Number(gmt[2]) * 60 + Number(gmt[3] ?? 0));
  const etc = /^Etc\/GMT([+-])(\d{1,2})$/.exec(timeZone); // POSIX style: the sign is inverted
  if (etc) return (etc[1] === '-' ? 1 : -1) * Number(etc[2]) * 60;
  throw new Error(`not implemented: time zone "${timeZone}" (the fakes know fixed-offset zones only)`);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number) => String(Math.abs(Math.trunc(n))).padStart(width, '0');

function offsetText(minutes: number, style: 'Z' | 'X' | 'XX' | 'XXX' | 'z'): string {
  if (minutes === 0 && style.startsWith('X')) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  if (style === 'Z' || style === 'XX') return `${sign}${h}${m}`;
  if (style === 'z') return `GMT${sign}${h}:${m}`;
  return `${sign}${h}:${m}`;
}

/** The wall-clock fields of `date` in `timeZone`. */
export function fieldsIn(date: Date, timeZone: string) {
  const offset = zoneOffsetMinutes(timeZone);
  const shifted = new Date(date.getTime() + offset * 60_000);
  return {
    offset,
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  };
}

/** Java SimpleDateFormat, the subset scripts use: y M d H h k m s S E a Z X z G u and 'quoted' text. */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const f = fieldsIn(date, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      if (end === -1) throw new Error(`Unterminated quote in date pattern "${pattern}"`);
      out += pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(f.year % 100, 2) : pad(f.year, Math.max(n, 1));
        break;
      case 'M':
        out += n >= 4 ? MONTHS[f.month - 1] : n === 3 ? MONTHS[f.month - 1].slice(0, 3) : pad(f.month, n);
        break;
      case 'd':
        out += pad(f.day, n);
        break;
      case 'H':
        out += pad(f.hour, n);
        break;
      case 'k':
        out += pad(f.hour === 0 ? 24 : f.hour, n);
        break;
      case 'h':
        out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
        break;
      case 'm':
        out += pad(f.minute, n);
        break;
      case 's':
        out += pad(f.second, n);
        break;
      case 'S':
        out += pad(f.millisecond, 3).slice(0, Math.max(n, 3)).padEnd(n, '0');
        break;
      case 'E':
        out += n >= 4 ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3);
        break;
      case 'u':
        out += String(f.weekday === 0 ? 7 : f.weekday);
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'G':
        out += f.year > 0 ? 'AD' : 'BC';
        break;
      case 'Z':
        out += offsetText(f.offset, 'Z');
        break;
      case 'X':
        out += offsetText(f.offset, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
        break;
      case 'z':
        out += offsetText(f.offset, 'z');
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

/**
 * Sheets number-format date tokens (yyyy, yy, mm/m = month unless next to h or s, dd/d, hh/h, ss/s)
 * applied to a date. Enough for the formats scripts set ("yyyy-mm-dd", "d/m/yyyy hh:mm").
 */
function formatSheetsDate(date: Date, timeZone: string, pattern: string): string {
  const f = fieldsIn(date, timeZone);
  const tokens = pattern.match(/y+|m+|d+|h+|s+|"[^"]*"|\\.|[^ymdhs"\\]+/gi) ?? [];
  return tokens
    .map((t, i) => {
      const lower = t.toLowerCase();
      if (t.startsWith('"')) return t.slice(1, -1);
      if (t.startsWith('\\')) return t.slice(1);
      if (lower.startsWith('y')) return lower.length <= 2 ? pad(f.year % 100, 2) : String(f.year);
      if (lower.startsWith('d')) return lower.length >= 2 ? pad(f.day, 2) : String(f.day);
      if (lower.startsWith('h')) return lower.length >= 2 ? pad(f.hour, 2) : String(f.hour);
      if (lower.startsWith('s')) return lower.length >= 2 ? pad(f.second, 2) : String(f.second);
      if (lower.startsWith('m')) {
        const prev = tokens
          .slice(0, i)
          .reverse()
          .find((x) => /^[ymdhs]/i.test(x))
          ?.toLowerCase();
        const next = tokens
          .slice(i + 1)
          .find((x) => /^[ymdhs]/i.test(x))
          ?.toLowerCase();
        const minute = prev?.startsWith('h') || next?.startsWith('s');
        const v = minute ? f.minute : f.month;
        return lower.length >= 2 ? pad(v, 2) : String(v);
      }
      return t;
    })
    .join('');
}

/** Number text in Sheets' automatic format: up to 10 significant digits, no trailing zeros. */
function automaticNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10)));
}

function formatNumber(n: number, format: string): string {
  const m = /^(#,##)?0(?:\.(0+))?$/.exec(format.trim());
  if (!m) return automaticNumber(n);
  const decimals = m[2]?.length ?? 0;
  const fixed = n.toFixed(decimals);
  if (!m[1]) return fixed;
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/**
 * The text Sheets displays for a stored value. Dates without a number format show as
 * d/M/yyyy (plus H:mm:ss when not midnight), the Thai-locale default.
 */
export function displayText(value: unknown, numberFormat: string | undefined, timeZone: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    if (numberFormat && numberFormat !== '@' && /[ymdhs]/i.test(numberFormat))
      return formatSheetsDate(value, timeZone, numberFormat);
    const f = fieldsIn(value, timeZone);
    const day = `${f.day}/${f.month}/${f.year}`;
    return f.hour || f.minute || f.second ? `${day}, ${f.hour}:${pad(f.minute, 2)}:${pad(f.second, 2)}` : day;
  }
  if (typeof value === 'number')
    return numberFormat && numberFormat !== '@' ? formatNumber(value, numberFormat) : automaticNumber(value);
  return String(value);
}
