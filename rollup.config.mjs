// Bundles src/main.ts into dist/Code.js for Apps Script.
// Apps Script only sees top-level function declarations, so after the IIFE we append one
// real `function name() {}` per export of src/main.ts that forwards to the bundle.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compactLayout } from './scripts/bundle-layout.mjs';

const NAMESPACE = '__ita';

function appsScriptGlobals() {
  return {
    name: 'apps-script-globals',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const stubs = chunk.exports
          .map((name) => `function ${name}() {\n  return ${NAMESPACE}.${name}.apply(this, arguments);\n}`)
          .join('\n');
        // Tabs for indentation, no comments (scripts/bundle-layout.mjs): ~20 KB less, same code line by line.
        chunk.code = compactLayout(`${chunk.code}\n${stubs}\n`);
      }
    },
    writeBundle() {
      mkdirSync('dist', { recursive: true });
      copyFileSync('appsscript.json', 'dist/appsscript.json');
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
    banner: '// ITA measures report — built from src/ by `npm run build`. Do not edit by hand.',
    // No indentation inside the IIFE: ~20 KB less, and the code reads the same in the Apps Script editor.
    indent: false,
  },
  plugins: [
    tis620GzipBase64(),
    nodeResolve({ browser: false, preferBuiltins: false }),
    json({ preferConst: true }),
    // Down-level everything to ES2020: `?.` and `??` stay as written (V8 8.0 shipped both; Apps Script files in
    // production use them), class fields and `??=` (ES2021–22) do not. Thai stays UTF-8 (charset), readable in the
    // Apps Script editor, instead of \uXXXX escapes.
    esbuild({ include: /\.[cm]?[jt]s$/, exclude: [], target: 'es2020', charset: 'utf8', tsconfig: 'tsconfig.json' }),
    appsScriptGlobals(),
  ],
};
