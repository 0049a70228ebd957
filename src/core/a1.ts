/** Column number to A1 letters: 1 → A, 28 → AB (findings name cells the way Sheets shows them). */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
