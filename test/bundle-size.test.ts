/**
 * dist/Code.js stays lean: issue #18's 320 KB budget, and Thai written as UTF-8, not \uXXXX escapes (the menu
 * items and messages read as typed in the Apps Script editor). The bundle is minified (rollup.config.mjs); it was
 * 401,181 bytes readable, 272,237 minified (291,223 after the fixes of the same session). `npm run trace` maps a
 * stack trace back to src/ (test/trace.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUDGET_BYTES = 320_000;
const code = readFileSync('dist/Code.js', 'utf8');
const THAI_ESCAPE = /\\u0e[0-7][0-9a-f]/gi;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('dist/Code.js size and text', () => {
  it(`is under ${BUDGET_BYTES / 1000} KB`, () => {
    const bytes = Buffer.byteLength(code, 'utf8');
    console.log(`dist/Code.js: ${bytes} bytes (${((bytes / BUDGET_BYTES) * 100).toFixed(0)}% of the budget)`);
    expect(bytes).toBeLessThan(BUDGET_BYTES);
  });

  it('writes Thai as UTF-8: menu items and messages read as typed; the only escapes are those typed in src/ (regexes)', () => {
    expect(code).toContain('"ตั้งค่าสมุดงาน"');
    expect(code).toContain('กรอกชื่อหน่วยงาน');
    const typed = sources('src').reduce(
      (n, file) => n + (readFileSync(file, 'utf8').match(THAI_ESCAPE)?.length ?? 0),
      0,
    );
    expect((code.match(THAI_ESCAPE) ?? []).length).toBeLessThanOrEqual(typed);
  });

  it('carries no schema library: zod is not bundled (src/core/schema.ts does its work)', () => {
    expect(code).not.toContain('ZodError');
    expect(code).not.toContain('node_modules/zod');
  });
});
