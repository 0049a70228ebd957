/**
 * The bullets of Word's Symbol and Wingdings fonts, as text copied from a Word document or a PDF made from one
 * gives them: Word draws a list bullet with a symbol font, whose glyphs sit in the Private Use Area at
 * U+F000 + the font's byte (Symbol 0xB7 is its bullet; Wingdings 0xA7 a small square, 0xD8 an arrowhead,
 * 0x76 a diamond of four, 0xFC a check mark, 0x6E a black square, 0x6C a black circle). Mapped to the Unicode
 * character each shows, so a pasted list keeps its bullets instead of losing them with the other private-use
 * characters.
 */
export const SYMBOL_FONT_BULLETS: ReadonlyMap<number, string> = new Map([
  [0xf0b7, '•'],
  [0xf0a7, '▪'],
  [0xf0d8, '➢'],
  [0xf076, '❖'],
  [0xf0fc, '✓'],
  [0xf06e, '■'],
  [0xf06c, '●'],
]);
