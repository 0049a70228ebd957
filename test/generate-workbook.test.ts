import { describe, expect, it } from 'vitest';
import { validateWorkbookData } from '../src/core/validation';
import { generateWorkbook } from './tools/generate-workbook';

describe('the scale generator', () => {
  it('makes valid workbooks of the asked size, the same for the same seed', () => {
    for (const rows of [10, 500]) {
      const result = validateWorkbookData(generateWorkbook({ rows }));
      expect(result.errors, JSON.stringify(result.findings.slice(0, 3))).toBe(0);
      expect(result.workbook.measures).toHaveLength(rows);
    }
    expect(generateWorkbook({ rows: 50, seed: 7 })).toEqual(generateWorkbook({ rows: 50, seed: 7 }));
  });
});
