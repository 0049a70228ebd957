// Bundles src/main.ts into dist/Code.js for Apps Script, minified (issue #18's 320 KB budget: see the README's
// "The bundle"). Apps Script only sees top-level function declarations, so after the IIFE we append one
// real, readable `function name() {}` per export of src/main.ts that forwards to the bundle. The source map goes to
// build/Code.js.map (not pushed, not committed): `npm run trace` turns a stack trace from the Apps Script
// execution log back into src/ files and lines.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import { copyFileSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const NAMESPACE = '__ita';
const BANNER =
  '// ITA measures report — built and minified from src/ by `npm run build` (src/ is the code to read; `npm run trace` maps a stack trace back to it). Do not edit by hand.';

function appsScriptGlobals() {
  return {
    name: 'apps-script-globals',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const stubs = chunk.exports
          .map((name) => `function ${name}() {\n  return ${NAMESPACE}.${name}.apply(this, arguments);\n}`)
          .join('\n');
        // The banner on a line of its own (the map's lines move down one: a leading ';'), the stubs after the
        // minified code (nothing before them moves).
        chunk.code = `${BANNER}\n${chunk.code}\n${stubs}\n`;
        // Rollup emits the map as an asset of its own (`Code.js.map`), already rendered: its lines move there.
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset') {
          const parsed = JSON.parse(String(map.source));
          map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
        }
      }
    },
    writeBundle() {
      mkdirSync('dist', { recursive: true });
      copyFileSync('appsscript.json', 'dist/appsscript.json');
      mkdirSync('build', { recursive: true });
      renameSync('dist/Code.js.map', 'build/Code.js.map');
    },
  };
}

/**
 * `import data from './x.json?tis620-gzip-base64'`: the JSON, compact, as single bytes — ASCII as is, Thai
 * (U+0E01–U+0E5B) in TIS-620 (0xA1–0xFB), anything else as a JSON \u escape — gzipped (fixed header, so each
 * build is the same) and base64-encoded, as a string; the script unpacks it with Utilities.ungzip and
 * src/gas/seed-example.ts reads the bytes back. For the seed example: one byte a Thai letter instead of UTF-8's
 * three gzips to 7.3 KB instead of 9.0 KB.
 */
function tis620GzipBase64Of(json) {
  const text = JSON.stringify(JSON.parse(json));
  const bytes = [];
  // UTF-16 units: a character beyond U+FFFF is escaped as its two surrogates, which JSON.parse joins again.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes.push(c);
    else if (c >= 0x0e01 && c <= 0x0e5b) bytes.push(c - 0x0e00 + 0xa0);
    else for (const e of `\\u${c.toString(16).padStart(4, '0')}`) bytes.push(e.charCodeAt(0));
  }
  return gzipSync(Buffer.from(bytes), { level: 9 }).toString('base64');
}

function tis620GzipBase64() {
  const SUFFIX = '?tis620-gzip-base64';
  const PREFIX = '\0tis620-gzip-base64:';
  return {
    name: 'tis620-gzip-base64',
    resolveId(source, importer) {
      if (!source.endsWith(SUFFIX) || !importer) return null;
      return `${PREFIX}${resolve(dirname(importer), source.slice(0, -SUFFIX.length))}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(tis620GzipBase64Of(readFileSync(file, 'utf8')))};`;
    },
  };
}

export default {
  input: 'src/main.ts',
  output: {
    file: 'dist/Code.js',
    format: 'iife',
    name: NAMESPACE,
    indent: false,
    // A map without the comment that points to it: Apps Script has no use for it; scripts/trace.mjs reads it.
    sourcemap: 'hidden',
  },
  plugins: [
    tis620GzipBase64(),
    nodeResolve({ browser: false, preferBuiltins: false }),
    json({ preferConst: true }),
    // Down-level everything to ES2020: `?.` and `??` stay (V8 8.0 shipped both; Apps Script files in production
    // use them), class fields and `??=` (ES2021–22) do not. Thai stays UTF-8 (charset), readable in the Apps Script
    // editor, instead of \uXXXX escapes. Minified: short names, no whitespace or comments (src/ is what people read).
    esbuild({
      include: /\.[cm]?[jt]s$/,
      exclude: [],
      target: 'es2020',
      charset: 'utf8',
      tsconfig: 'tsconfig.json',
      minify: true,
      sourceMap: true,
    }),
    appsScriptGlobals(),
  ],
};
