// The Apps Script bundle's layout, after rollup: one tab per indentation level instead of two spaces, and no
// comments (they are in src/, which is what people edit). Nothing else changes: no renaming, one statement per
// line as esbuild printed it, so the code reads the same in the Apps Script editor and a stack trace's line
// still shows a whole statement. Text inside template literals (which may span lines) is never touched.
import { parse } from 'acorn';

/** Ranges [start, end) of the source that must stay byte for byte: template literals' text. */
function templateRanges(ast) {
  const ranges = [];
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TemplateElement') ranges.push([node.start, node.end]);
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value.type === 'string') walk(value);
    }
  })(ast);
  return ranges;
}

function inside(ranges, position) {
  return ranges.some(([start, end]) => position > start && position < end);
}

/**
 * @param {string} code a classic script (rollup's iife)
 * @param {{ keepFirstComment?: boolean }} [options] keep the banner (the first comment, at the very start)
 */
export function compactLayout(code, { keepFirstComment = true } = {}) {
  const comments = [];
  parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    onComment: (_b, _t, start, end) => comments.push([start, end]),
  });
  // Comments out; a line that held only a comment goes with it, and `a /* x */ b` becomes `a b`.
  let text = '';
  let from = 0;
  for (const [start, end] of comments) {
    if (keepFirstComment && start === 0) continue;
    const lineStart = code.lastIndexOf('\n', start - 1) + 1;
    const ownLine = /^[ \t]*$/.test(code.slice(lineStart, start)) && (code[end] === '\n' || end === code.length);
    if (ownLine) {
      text += code.slice(from, lineStart);
      from = end + 1;
    } else {
      text += code.slice(from, start);
      if (code[end] === '\n' || end === code.length) text = text.replace(/[ \t]+$/, '');
      from = code[end] === ' ' && code[start - 1] === ' ' ? end + 1 : end;
    }
  }
  text += code.slice(from);
  return indentWithTabs(text);
}

/** Leading runs of two spaces become tabs, except on lines that start inside a template literal. */
function indentWithTabs(code) {
  const keep = templateRanges(parse(code, { ecmaVersion: 'latest', sourceType: 'script' }));
  const lines = code.split('\n');
  let position = 0;
  const out = lines.map((line) => {
    const start = position;
    position += line.length + 1;
    if (inside(keep, start)) return line;
    const spaces = /^ */.exec(line)[0].length;
    const rest = line.slice(spaces);
    if (rest === '') return '';
    return '\t'.repeat(spaces >> 1) + (spaces & 1 ? ' ' : '') + rest;
  });
  return out.join('\n');
}
