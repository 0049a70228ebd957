/**
 * Legacy Thai glyph code points → standard Thai characters.
 *
 * Thai fonts made before OpenType shaping (TH SarabunPSK and the other SIPA fonts, Windows' and Mac's
 * older Thai fonts) drew shifted tone marks and vowels, and consonants without their descender, from the
 * Private Use Area; a PDF made with them gives those code points when its text is copied. The assignment
 * is the de-facto "Thai PUA" convention described in Theppitak Karoonboonyanan's "Thai OpenType shaping"
 * notes (linux.thai.net/~thep/th-otf/shaping.html) and used by HarfBuzz's Thai fallback shaper (its
 * SD/SDL/SL/RD tables): a Windows column U+F700–U+F71A and a Mac column U+F884–U+F89E. Each glyph is only a
 * positional variant, so the standard character carries the same meaning.
 */

const MAI_HAN_AKAT = 0x0e31;
const SARA_I = 0x0e34;
const SARA_II = 0x0e35;
const SARA_UE = 0x0e36;
const SARA_UEE = 0x0e37;
const SARA_U = 0x0e38;
const SARA_UU = 0x0e39;
const PHINTHU = 0x0e3a;
const MAITAIKHU = 0x0e47;
const MAI_EK = 0x0e48;
const MAI_THO = 0x0e49;
const MAI_TRI = 0x0e4a;
const MAI_CHATTAWA = 0x0e4b;
const THANTHAKHAT = 0x0e4c;
const NIKHAHIT = 0x0e4d;
const YO_YING = 0x0e0d;
const THO_THAN = 0x0e10;

/** [legacy code point, standard character], Windows column then Mac column. */
const TABLE: readonly (readonly [number, number])[] = [
  // Windows (U+F700–U+F71A)
  [0xf700, THO_THAN], // without descender
  [0xf701, SARA_I], // shifted left
  [0xf702, SARA_II],
  [0xf703, SARA_UE],
  [0xf704, SARA_UEE],
  [0xf705, MAI_EK], // shifted down and left
  [0xf706, MAI_THO],
  [0xf707, MAI_TRI],
  [0xf708, MAI_CHATTAWA],
  [0xf709, THANTHAKHAT],
  [0xf70a, MAI_EK], // shifted down
  [0xf70b, MAI_THO],
  [0xf70c, MAI_TRI],
  [0xf70d, MAI_CHATTAWA],
  [0xf70e, THANTHAKHAT],
  [0xf70f, YO_YING], // without descender
  [0xf710, MAI_HAN_AKAT], // shifted left
  [0xf711, NIKHAHIT],
  [0xf712, MAITAIKHU],
  [0xf713, MAI_EK],
  [0xf714, MAI_THO],
  [0xf715, MAI_TRI],
  [0xf716, MAI_CHATTAWA],
  [0xf717, THANTHAKHAT],
  [0xf718, SARA_U], // shifted down
  [0xf719, SARA_UU],
  [0xf71a, PHINTHU],
  // Mac (U+F884–U+F89E)
  [0xf884, MAI_HAN_AKAT],
  [0xf885, SARA_I],
  [0xf886, SARA_II],
  [0xf887, SARA_UE],
  [0xf888, SARA_UEE],
  [0xf889, MAITAIKHU],
  [0xf88a, MAI_EK],
  [0xf88b, MAI_EK],
  [0xf88c, MAI_EK],
  [0xf88d, MAI_THO],
  [0xf88e, MAI_THO],
  [0xf88f, MAI_THO],
  [0xf890, MAI_TRI],
  [0xf891, MAI_TRI],
  [0xf892, MAI_TRI],
  [0xf893, MAI_CHATTAWA],
  [0xf894, MAI_CHATTAWA],
  [0xf895, MAI_CHATTAWA],
  [0xf896, THANTHAKHAT],
  [0xf897, THANTHAKHAT],
  [0xf898, THANTHAKHAT],
  [0xf899, NIKHAHIT],
  [0xf89a, YO_YING],
  [0xf89b, SARA_U],
  [0xf89c, SARA_UU],
  [0xf89d, PHINTHU],
  [0xf89e, THO_THAN],
];

export const LEGACY_THAI_PUA: ReadonlyMap<number, string> = new Map(
  TABLE.map(([legacy, standard]) => [legacy, String.fromCharCode(standard)]),
);
