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
 * `import data from './x.json?gzip-base64'`: the file's bytes gzipped (fixed header, so each build is the same)
 * and base64-encoded, as a string; the script unpacks it with Utilities.ungzip. For the seed example.
 */
function gzipBase64() {
  const SUFFIX = '?gzip-base64';
  return {
    name: 'gzip-base64',
    resolveId(source, importer) {
      if (!source.endsWith(SUFFIX) || !importer) return null;
      return `\0gzip-base64:${resolve(dirname(importer), source.slice(0, -SUFFIX.length))}`;
    },
    load(id) {
      if (!id.startsWith('\0gzip-base64:')) return null;
      const file = id.slice('\0gzip-base64:'.length);
      this.addWatchFile(file);
      const text = JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))); // compact JSON
      return `export default ${JSON.stringify(gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64'))};`;
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
    gzipBase64(),
    nodeResolve({ browser: false, preferBuiltins: false }),
    json({ preferConst: true }),
    // Down-level everything to ES2019, which Apps Script's V8 surely parses; Thai stays UTF-8 (charset),
    // readable in the Apps Script editor, instead of \uXXXX escapes.
    esbuild({ include: /\.[cm]?[jt]s$/, exclude: [], target: 'es2019', charset: 'utf8', tsconfig: 'tsconfig.json' }),
    appsScriptGlobals(),
  ],
};
