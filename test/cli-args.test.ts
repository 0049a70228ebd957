/** The command line's words as a newcomer types them. */
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli/args';

describe('--spreadsheet', () => {
  it("takes the Sheet's whole link, as copied from the browser, as well as its id", () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-xyz';
    for (const given of [
      id,
      `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`,
      `https://docs.google.com/spreadsheets/d/${id}/edit?usp=sharing`,
      `https://docs.google.com/spreadsheets/u/1/d/${id}/edit`,
      ` ${id} `,
    ])
      expect(parseCliArgs(['validate', '--spreadsheet', given]).spreadsheetId, given).toBe(id);
  });
});
