/**
 * The config's font as Google Docs can set it. "The font family can be any font from the Font menu in Docs or from
 * Google Fonts. If the font name is unrecognized, the text is rendered in Arial" (Docs API, WeightedFontFamily):
 * the Thai office fonts agencies type (the 13 SIPA fonts "TH Sarabun New", "TH SarabunPSK" …, Windows' Angsana,
 * Cordia and Browallia) are not among them. The SIPA fonts' designs are on Google Fonts under their own names
 * (Cadson Demak's open releases: Sarabun, Niramit, Chakra Petch …), so those are used; Windows' Thai fonts get
 * Sarabun. Any other name is kept as typed. The .docx keeps the configured font (Word has them). Pure.
 */

/** Lower-cased, without spaces: the name as staff may type it ("TH SarabunPSK", "th sarabun psk"). */
const key = (font: string) => font.toLowerCase().replace(/[\s_-]+/g, '');

const STAND_INS: readonly [RegExp, string][] = [
  [/^thsarabun/, 'Sarabun'],
  [/^thniramit/, 'Niramit'],
  [/^thchakrapetch/, 'Chakra Petch'],
  [/^thkrub/, 'Krub'],
  [/^thk2d/, 'K2D'],
  [/^thmali/, 'Mali'],
  [/^thcharmofau/, 'Charm'],
  [/^thcharmonman/, 'Charmonman'],
  [/^thbaijam/, 'Bai Jamjuree'],
  [/^thkodchas/, 'Kodchasan'],
  [/^thkoho/, 'KoHo'],
  [/^thfahkwang/, 'Fahkwang'],
  [/^(angsana|cordia|browallia|eucrosia|freesia|iris|jasmine|lily|dillenia)(new|upc)/, 'Sarabun'],
];

export function docsFont(configured: string): { font: string; replaced: boolean } {
  const font = configured.trim() || 'Sarabun';
  const k = key(font);
  const hit = STAND_INS.find(([re]) => re.test(k));
  return hit ? { font: hit[1], replaced: true } : { font, replaced: false };
}

/** The note for staff: the Google Doc is set in `docs`, not the configured `typed`. */
export function fontReplacedTh(typed: string, docs: string): string {
  return `แบบอักษร "${typed}" ในชีตตั้งค่าไม่มีใน Google Docs (Google Docs จะแสดงเป็น Arial) รายงานนี้จึงใช้ "${docs}" ซึ่งเป็นแบบอักษรเดียวกันที่มีใน Google Docs แทน`;
}
