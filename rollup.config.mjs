// Bundles src/main.ts into dist/Code.js for Apps Script.
// Apps Script only sees top-level function declarations, so after the IIFE we append one
// real `function name() {}` per export of src/main.ts that forwards to the bundle.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import { copyFileSync, mkdirSync } from 'node:fs';

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
        chunk.code = `${chunk.code}\n${stubs}\n`;
      }
    },
    writeBundle() {
      mkdirSync('dist', { recursive: true });
      copyFileSync('appsscript.json', 'dist/appsscript.json');
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
  },
  plugins: [
    nodeResolve({ browser: false, preferBuiltins: false }),
    json({ preferConst: true }),
    // Down-level everything (zod included) to ES2019, which Apps Script's V8 surely parses.
    esbuild({ include: /\.[cm]?[jt]s$/, exclude: [], target: 'es2019', tsconfig: 'tsconfig.json' }),
    appsScriptGlobals(),
  ],
  onwarn(warning, warn) {
    // zod 4 inside node_modules triggers these; they are harmless there (architecture.md).
    const inZod = (warning.id ?? warning.ids?.join(' ') ?? warning.message ?? '').includes('node_modules/zod');
    if (inZod && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
    warn(warning);
  },
};
