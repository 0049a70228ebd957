// `npm run trace -- "<stack trace>"` (or the trace on stdin): turns the positions of an Apps Script stack trace,
// `Code:2:48213` as the execution log shows them for the minified dist/Code.js, into src/ files, lines and names,
// through the source map the build leaves in build/Code.js.map. The map must come from the same commit as the
// bundle that ran: check that commit out and `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

const MAP = new URL('../build/Code.js.map', import.meta.url);
/** `Code:LINE:COLUMN`, also as `Code.gs:` or `Code.js:`; Apps Script names the file without its extension. */
const POSITION = /\bCode(?:\.gs|\.js)?:(\d+):(\d+)/g;

/** Every `Code:line:column` of `text` replaced by `src/file.ts:line:column (name)`, where the map knows it. */
export function traceText(text, map) {
  return text.replace(POSITION, (whole, line, column) => {
    // Stack traces count columns from 1; source maps from 0.
    const at = originalPositionFor(map, { line: Number(line), column: Number(column) - 1 });
    if (!at.source) return `${whole} [a forwarding stub or the bundle's wrapper, not in src/]`;
    const source = at.source.replace(/^(\.\.\/)+/, '');
    return `${source}:${at.line}:${at.column + 1}${at.name ? ` [${at.name}]` : ''}`;
  });
}

async function main() {
  if (!existsSync(MAP)) {
    console.error(
      'build/Code.js.map is missing: run `npm run build` (at the commit whose bundle gave the trace) first.',
    );
    process.exit(2);
  }
  const map = new TraceMap(readFileSync(MAP, 'utf8'));
  let text = process.argv.slice(2).join(' ');
  if (!text) {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    text = Buffer.concat(chunks).toString('utf8');
  }
  if (!POSITION.test(text)) {
    console.error('No position like "Code:2:48213" in the text: paste the stack trace from the execution log.');
    process.exit(1);
  }
  process.stdout.write(`${traceText(text, map).trimEnd()}\n`);
}

// pathToFileURL escapes the path as import.meta.url does (a space, Thai letters, a Windows drive).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
