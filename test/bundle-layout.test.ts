/**
 * scripts/bundle-layout.mjs, which lays out dist/Code.js after rollup: tabs for indentation, no comments, and
 * nothing else changed — the program is the same, text inside template literals byte for byte.
 */
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactLayout } from '../scripts/bundle-layout.mjs';

/** The program without positions or raw spellings: equal when the code means the same. */
function program(code: string): string {
  return JSON.stringify(parse(code, { ecmaVersion: 'latest', sourceType: 'script' }), (key, value) =>
    key === 'start' || key === 'end' || key === 'raw' ? undefined : value,
  );
}

const SAMPLE = [
  '// banner',
  'var x = (function () {',
  "  'use strict';",
  '  /** A table. */',
  '  const T = {',
  '    // why a is 1',
  '    a: 1,',
  '    b: /* @__PURE__ */ new Set([1])',
  '  };',
  '  const html = `<p>',
  '    kept as typed',
  '',
  '  </p>`;',
  '  function f() {',
  '     return T.a + `${T.b.size}',
  '  two`; // trailing',
  '  }',
  '  return { html, f };',
  '})();',
  '',
].join('\n');

describe('compactLayout (dist/Code.js layout)', () => {
  const out = compactLayout(SAMPLE);

  it('indents with one tab per two spaces, keeps the banner, drops the other comments and their lines', () => {
    expect(out.split('\n')).toEqual([
      '// banner',
      'var x = (function () {',
      "\t'use strict';",
      '\tconst T = {',
      '\t\ta: 1,',
      '\t\tb: new Set([1])',
      '\t};',
      '\tconst html = `<p>',
      '    kept as typed',
      '',
      '  </p>`;',
      '\tfunction f() {',
      '\t\t return T.a + `${T.b.size}',
      '  two`;',
      '\t}',
      '\treturn { html, f };',
      '})();',
      '',
    ]);
  });

  it('leaves the program the same (template text included)', () => {
    expect(program(out)).toBe(program(SAMPLE));
    expect(program(compactLayout(SAMPLE, { keepFirstComment: false }))).toBe(program(SAMPLE));
    expect(compactLayout(SAMPLE, { keepFirstComment: false })).not.toContain('banner');
  });

  it('was applied to the built bundle (a second pass changes nothing): tabs, only the banner comment, the entry stubs', () => {
    const code = readFileSync('dist/Code.js', 'utf8');
    expect(code.startsWith('// ITA measures report')).toBe(true);
    expect(compactLayout(code)).toBe(code);
    expect(code).toMatch(/\n\tconst /);
    expect(code).toContain('\nfunction onOpen() {\n\treturn __ita.onOpen.apply(this, arguments);\n}');
  });
});
