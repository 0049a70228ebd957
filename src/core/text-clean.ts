/**
 * The one cleaning boundary for text from outside: every cell value, form answer, config value, heading and
 * unit name passes through cleanText() (via cellText in workbook.ts) before anything counts characters,
 * builds Docs indexes or writes a file. What a person typed in a cell is never changed; only what the
 * report prints is the cleaned text.
 *
 * Why each rule:
 * - Google Docs' insertText strips U+0000–U+0008, U+000C–U+001F and the BMP Private Use Area (Docs API,
 *   InsertTextRequest.text), so indexes computed from unstripped text point past the real ones; XML 1.0
 *   (.docx) forbids every C0 control but tab/LF/CR, U+FFFE/U+FFFF and lone surrogates.
 * - Legacy Thai fonts put shifted marks in the PUA (legacy-thai-pua.ts): mapped to the real characters. So are
 *   the list bullets of Word's Symbol and Wingdings fonts (symbol-bullets.ts).
 *   Any other Private Use character (BMP or planes 15–16) draws as a box or nothing: removed.
 * - Line breaks: CRLF, lone CR, U+000B (Docs' and Word's soft line break, what Shift+Enter makes), U+0085,
 *   U+2028 and U+2029 become "\n", the one line break the report knows. The reader saw a line break, so
 *   this is not reported as a change.
 * - Tab becomes a space: in a table cell Docs jumps to the next tab stop and Word to its own, so a pasted
 *   tab prints as a wide gap that differs between the two; a space prints the same everywhere.
 * - Thai typing slips are normalised, with a warning, since a reviewer would fix them: nikhahit + sara aa
 *   (ํา, often with the tone mark between: น ํ ้ า) typed for sara am (ำ), which looks the same on screen
 *   but breaks search and line breaking; sara e typed twice (เเ) for sara ae (แ), the same on screen, so
 *   "เเละ" is not "และ" and a unit name typed so is not found; a tone mark typed after sara am (นำ้) or before
 *   the vowel it sits on (ท่ี, ทุ่), which draws misplaced or on a dotted circle and is another string to search;
 *   the same combining mark typed twice (stacked invisibly).
 * - C1 controls (U+0080–U+009F) and the Unicode noncharacters are invisible or invalid: removed.
 * - Invisible format characters that Word, LINE and web pages leave in pasted text (zero-width space and
 *   non-joiner, word joiner, soft hyphen, BOM, direction marks and embeddings): removed, with a warning. Staff
 *   cannot see them, yet "HR\u200b" is not the unit code HR and they count as characters. The zero-width
 *   joiner stays: it joins the parts of an emoji.
 * - Compatibility forms, with a warning: full-width ASCII (U+FF01–U+FF5E, "２５６７") and the ideographic space
 *   U+3000 from East Asian input and some PDFs, and the Latin ligatures U+FB00–U+FB06 that PDF text extraction
 *   leaves ("proﬁle.pdf"). They look like the plain characters, yet "２" is no number or date, a URL with "ﬁ" is
 *   another address, and the report's digit style does not reach them.
 */
import { LEGACY_THAI_PUA } from './legacy-thai-pua';
import { SYMBOL_FONT_BULLETS } from './symbol-bullets';

export type CleanKind =
  | 'legacy-thai'
  | 'private-use'
  | 'symbol-bullet'
  | 'control'
  | 'invalid'
  | 'invisible'
  | 'compat'
  | 'tab'
  | 'sara-am'
  | 'sara-ae'
  | 'mark-order'
  | 'doubled-mark';

/** What the cleaning changed, by kind, with how many times. Empty when the text was already clean. */
export type CleanNotes = Partial<Record<CleanKind, number>>;

export interface Cleaned {
  text: string;
  notes: CleanNotes;
}

/**
 * Whether the text may need more than CR handling. Two plain regular expressions (a character class, and the
 * doubled marks as literal pairs): V8 scans these several times faster than one with a back-reference, and
 * this runs on every cell of a 10,000-row workbook.
 */
// U+D800–U+FFFF whole (surrogates, private use, ligatures, noncharacters, BOM, full-width forms): one range keeps
// the class short, which V8 scans several times faster than the same class split in ranges; an emoji takes
// the slow path, which leaves it as it is.
const HARD =
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u0e4d\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\u3000\ud800-\uffff]/;
const MARK_PAIR = new RegExp(
  [
    0x0e31,
    0x0e34,
    0x0e35,
    0x0e36,
    0x0e37,
    0x0e38,
    0x0e39,
    0x0e3a,
    0x0e47,
    0x0e48,
    0x0e49,
    0x0e4a,
    0x0e4b,
    0x0e4c,
    0x0e4e,
    0x0e40, // and sara e twice, typed for sara ae
  ]
    .map((c) => String.fromCharCode(c, c))
    // and a tone mark after sara am or before a vowel above or below (TONE_AFTER_AM, TONE_BEFORE_VOWEL)
    .concat('\u0e33[\u0e48-\u0e4b]', '[\u0e48-\u0e4b][\u0e31\u0e34-\u0e39]')
    .join('|'),
);

/** False when cleanText would do no more than turn CR into "\n" (true may still change nothing: an emoji). */
export function needsCleaning(s: string): boolean {
  return HARD.test(s) || MARK_PAIR.test(s);
}

const LINE_BREAKS = new Set([0x0b, 0x85, 0x2028, 0x2029]);
/** Invisible format characters (see the rules above); U+200D, the emoji joiner, is not one of them. */
const isInvisible = (c: number) =>
  c === 0xad ||
  c === 0x200b ||
  c === 0x200c ||
  c === 0x200e ||
  c === 0x200f ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2060 && c <= 0x2064) ||
  (c >= 0x2066 && c <= 0x2069) ||
  c === 0xfeff;
/** The Latin ligatures U+FB00–U+FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) as the letters they join. */
const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];
/** A tone mark typed after sara am (น ำ ้) or before the vowel of its consonant (ท ่ ี, ท ่ ุ): it goes between. */
const TONE_AFTER_AM = /\u0e33([\u0e48-\u0e4b])/g;
const TONE_BEFORE_VOWEL = /([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e39])/g;
const SARA_AE_SLIP = /\u0e40\u0e40/g;
const SARA_AM_SLIP = /\u0e4d([\u0e48-\u0e4b]?)\u0e32/g;
const DOUBLED_MARK = /([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\1+/g;

const NO_NOTES: CleanNotes = Object.freeze({}) as CleanNotes;

/** Cleans one piece of text from outside (see the rules above). Line breaks become "\n"; nothing is trimmed. */
export function cleanText(input: string): Cleaned {
  if (!needsCleaning(input)) {
    // Only CR needs a look on the fast path: it is not in HARD so that plain "\r\n" text stays fast.
    return { text: input.indexOf('\r') === -1 ? input : input.replace(/\r\n?/g, '\n'), notes: NO_NOTES };
  }
  const notes: CleanNotes = {};
  const count = (kind: CleanKind, n = 1) => (notes[kind] = (notes[kind] ?? 0) + n);
  const out: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x0d) {
      out.push('\n');
      if (input.charCodeAt(i + 1) === 0x0a) i++;
    } else if (c === 0x0a) out.push('\n');
    else if (LINE_BREAKS.has(c)) out.push('\n');
    else if (c === 0x09) {
      out.push(' ');
      count('tab');
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) count('control');
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = input.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) {
        count('invalid'); // a high surrogate with no low one
        continue;
      }
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      i++;
      if (cp >= 0xf0000)
        count('private-use'); // planes 15 and 16 are private use
      else if ((cp & 0xfffe) === 0xfffe)
        count('invalid'); // U+1FFFE, U+1FFFF, …
      else out.push(input[i - 1], input[i]);
    } else if (c >= 0xdc00 && c <= 0xdfff)
      count('invalid'); // a low surrogate alone
    else if (c >= 0xe000 && c <= 0xf8ff) {
      const standard = LEGACY_THAI_PUA.get(c);
      const bullet = standard === undefined ? SYMBOL_FONT_BULLETS.get(c) : undefined;
      if (standard !== undefined) {
        out.push(standard);
        count('legacy-thai');
      } else if (bullet !== undefined) {
        out.push(bullet);
        count('symbol-bullet');
      } else count('private-use');
    } else if ((c >= 0xfdd0 && c <= 0xfdef) || c === 0xfffe || c === 0xffff) count('invalid');
    else if (c >= 0xff01 && c <= 0xff5e) {
      out.push(String.fromCharCode(c - 0xfee0)); // full-width ASCII: "２５６７" is 2567
      count('compat');
    } else if (c === 0x3000 || (c >= 0xfb00 && c <= 0xfb06)) {
      out.push(c === 0x3000 ? ' ' : LIGATURES[c - 0xfb00]);
      count('compat');
    } else if (isInvisible(c)) count('invisible');
    else out.push(input[i]);
  }
  let text = out.join('');
  text = text.replace(SARA_AE_SLIP, () => {
    count('sara-ae');
    return '\u0e41';
  });
  // Until nothing changes: a doubled mark can hide a sara am slip (น ํ ้ ้ า) and fixing one can leave marks
  // doubled (น ้ ํ ้ า), and cleaned text is cleaned again where it is read back (the forms' ledger).
  for (let changed = true; changed;) {
    changed = false;
    text = text.replace(DOUBLED_MARK, (_m, mark: string) => {
      count('doubled-mark');
      changed = true;
      return mark;
    });
    text = text.replace(SARA_AM_SLIP, (_m, tone: string) => {
      count('sara-am');
      changed = true;
      return `${tone}\u0e33`;
    });
    text = text.replace(TONE_AFTER_AM, (_m, tone: string) => {
      count('mark-order');
      changed = true;
      return `${tone}\u0e33`;
    });
    text = text.replace(TONE_BEFORE_VOWEL, (_m, tone: string, vowel: string) => {
      count('mark-order');
      changed = true;
      return vowel + tone;
    });
  }
  return { text, notes };
}

export function hasNotes(notes: CleanNotes): boolean {
  for (const _ in notes) return true;
  return false;
}

const thaiNumber = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

const DESCRIBE: Record<CleanKind, (n: string) => string> = {
  'legacy-thai': (n) => `อักขระไทยจากฟอนต์รุ่นเก่า (เช่น ข้อความที่คัดลอกจาก PDF ที่ใช้ TH SarabunPSK) ${n} ตัว แปลงเป็นอักขระมาตรฐาน`,
  'symbol-bullet': (n) => `สัญลักษณ์หัวข้อย่อยจากฟอนต์ Symbol/Wingdings ของ Word ${n} ตัว แปลงเป็นสัญลักษณ์มาตรฐาน (เช่น •)`,
  'private-use': (n) => `อักขระพิเศษที่แสดงผลไม่ได้ (Private Use Area) ${n} ตัว ถูกตัดออก`,
  control: (n) => `อักขระควบคุมที่มองไม่เห็น ${n} ตัว ถูกตัดออก`,
  invalid: (n) => `อักขระที่ไม่ถูกต้อง (เช่น U+FFFE หรืออีโมจิที่ขาดครึ่ง) ${n} ตัว ถูกตัดออก`,
  invisible: (n) =>
    `อักขระที่มองไม่เห็น (เช่น ช่องว่างความกว้างศูนย์หรือยัติภังค์ซ่อนที่ติดมาจากการคัดลอกจาก Word, LINE หรือเว็บ) ${n} ตัว ถูกตัดออก`,
  compat: (n) =>
    `ตัวอักษรหรือตัวเลขแบบเต็มความกว้าง (เช่น "２" แทน "2") หรืออักษรควบจาก PDF (เช่น "ﬁ" แทน "fi") ${n} ตัว แปลงเป็นตัวอักษรปกติ`,
  tab: (n) => `แท็บ ${n} ตัว แทนด้วยช่องว่าง`,
  'sara-am': (n) => `พิมพ์นิคหิต (ํ) กับสระอา (า) แทนสระอำ (ำ) ${n} แห่ง แก้เป็น "ำ"`,
  'sara-ae': (n) => `พิมพ์สระเอสองตัว (เเ) แทนสระแอ (แ) ${n} แห่ง แก้เป็น "แ"`,
  'mark-order': (n) => `วรรณยุกต์พิมพ์ผิดลำดับกับสระ (เช่น "นำ้" แทน "น้ำ") ${n} แห่ง เรียงใหม่ให้ถูกต้อง`,
  'doubled-mark': (n) => `สระหรือวรรณยุกต์ซ้ำกัน ${n} แห่ง ตัดตัวที่ซ้ำออก`,
};

/** A Thai sentence for staff: what was found, and that the report prints the cleaned text. */
export function describeNotesTh(notes: CleanNotes): string {
  const parts = (Object.keys(DESCRIBE) as CleanKind[])
    .filter((k) => notes[k])
    .map((k) => DESCRIBE[k](thaiNumber(notes[k] ?? 0)));
  return `${parts.join('; ')} — รายงานจะพิมพ์ข้อความที่แก้แล้ว (ข้อความในเซลล์ไม่ถูกเปลี่ยน)`;
}

export function describeNotesEn(notes: CleanNotes): string {
  return `Cleaned: ${(Object.keys(notes) as CleanKind[]).map((k) => `${k} ×${notes[k]}`).join(', ')}.`;
}

/**
 * Error values a formula leaves in a cell, as getValues(), the Sheets API and an .xlsx give them.
 * "Loading..." is what an IMPORTRANGE or IMPORTXML cell shows while it is still computing.
 */
const SPREADSHEET_ERRORS: readonly string[] = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  'Loading...',
];
const ERROR_SET = new Set(SPREADSHEET_ERRORS);

/** The error value a cell holds, or null. Only a whole cell counts: "#1 ในกลุ่ม" is text. */
export function spreadsheetError(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 16 || value.length < 4) return null;
  const t = value.trim();
  return ERROR_SET.has(t) ? t : null;
}
