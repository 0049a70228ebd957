/**
 * The Thai guide (docs/guide-th.md) against the product: every link and picture resolves in the repository,
 * its menu table is the menu the built bundle adds (same items, order and groups), every menu item it names
 * in the text exists, and every config label, sheet header and form question staff meet is named as the
 * product writes it. Also docs/design.md: its dependency table is package.json's, its Scopes section is appsscript.json's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../src/core/forms/questions';
import { createGasGlobals, loadBundle, type MenuEntry } from './fakes';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const GUIDE = 'docs/guide-th.md';
const MENU = 'รายงาน ITA';

const read = (path: string) => readFileSync(path, 'utf8');

/** Markdown outside fenced code blocks (a `#` comment in a shell example is not a heading). */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** GitHub's heading anchor: lower case, punctuation dropped (letters, marks, digits, `-`, `_` kept), each space a `-`. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsIn(markdown: string): Set<string> {
  const headings = [...prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]);
  return new Set(headings.map(anchorOf));
}

/** Every link and picture target in the guide's prose: `[text](target)` and `![alt](target)`. */
function targets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

/** A relative target, resolved from the guide's folder: what is wrong with it, or undefined. */
function problemWith(target: string): string | undefined {
  const [path, anchor] = target.split('#') as [string, string | undefined];
  const file = path === '' ? GUIDE : normalize(join(dirname(GUIDE), path));
  if (file.startsWith('..')) return `${target}: outside the repository`;
  if (!existsSync(file)) return `${target}: no file ${file}`;
  if (anchor !== undefined && file.endsWith('.md') && !anchorsIn(read(file)).has(decodeURIComponent(anchor)))
    return `${target}: no heading #${anchor} in ${file}`;
  return undefined;
}

/** The guide's menu table (section "เมนู รายงาน ITA"): groups of item captions; a filled first cell starts a group. */
function menuTableOf(markdown: string): string[][] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith(`เมนู ${MENU}`));
  if (!section) return [];
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim().replace(/\*\*/g, '')),
    )
    .slice(2); // header and rule
  const groups: string[][] = [];
  for (const [group, item] of rows) {
    if (group !== '' || groups.length === 0) groups.push([]);
    groups[groups.length - 1].push(item);
  }
  return groups;
}

/** The menu as onOpen adds it, split at its separators. */
function bundleMenu(): { title: string; groups: string[][] } {
  const fakes = createGasGlobals({ spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' } });
  const context = loadBundle(BUNDLE, fakes.globals);
  fakes.run({ authMode: 'LIMITED' }, () => context.onOpen());
  const [menu] = fakes.recorded.menus;
  const groups: string[][] = [[]];
  for (const entry of menu.items as MenuEntry[]) {
    if (entry.kind === 'separator') groups.push([]);
    else if (entry.kind === 'item') groups[groups.length - 1].push(entry.caption);
  }
  return { title: menu.title, groups };
}

/** What set-up writes, read back from the fakes: the config labels (column A) and each sheet's header row. */
function afterSetUp(): { labels: string[]; headers: Map<string, string[]> } {
  const fakes = createGasGlobals({ spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' } });
  const context = loadBundle(BUNDLE, fakes.globals);
  context.setupWorkbook();
  const config = fakes.sheet('ตั้งค่า')._values();
  const labels = config
    .slice(1)
    .map((line) => String(line[0]).trim())
    .filter(Boolean);
  const headers = new Map<string, string[]>();
  for (const name of ['หน่วยงาน', 'ตัวชี้วัด', 'มาตรการ', 'เชื่อมแบบประเมิน', 'ผลการประเมินปีก่อน']) {
    headers.set(name, fakes.sheet(name)._values()[0].map(String).filter(Boolean));
  }
  return { labels, headers };
}

describe('the Thai guide against the repository and the product', () => {
  const guide = read(GUIDE);

  it('reads heading anchors as GitHub makes them', () => {
    expect(anchorOf('Deploy with clasp, step by step')).toBe('deploy-with-clasp-step-by-step');
    expect(anchorOf('The command line (`ita-report`)')).toBe('the-command-line-ita-report');
    expect(anchorOf('Progress and reminders (สรุปความคืบหน้า · ส่งอีเมลเตือน)')).toBe(
      'progress-and-reminders-สรุปความคืบหน้า--ส่งอีเมลเตือน',
    );
    expect(problemWith('../README.md#no-such-heading')).toMatch(/no heading/);
    expect(problemWith('images/no-such-picture.png')).toMatch(/no file/);
  });

  it('links and shows only files (and headings) that are in the repository', () => {
    const relative = targets(guide).filter((t) => !/^[a-z]+:/i.test(t));
    expect(relative.length).toBeGreaterThanOrEqual(6); // the README's deploy steps and five pictures at least
    expect(relative.map(problemWith).filter(Boolean)).toEqual([]);
    expect(targets(guide).filter((t) => t.startsWith('images/'))).toContain('images/plan-page-2.png');
  });

  it.skipIf(!existsSync(BUNDLE))('has the menu table the bundle adds: same items, order and groups', () => {
    const menu = bundleMenu();
    expect(menu.title).toBe(MENU);
    expect(menuTableOf(guide)).toEqual(menu.groups);
  });

  it.skipIf(!existsSync(BUNDLE))('names in its text only menu items that exist ("รายงาน ITA › …")', () => {
    const items = new Set(bundleMenu().groups.flat());
    const named = [...guide.matchAll(/\*\*รายงาน ITA › ([^*]+)\*\*/g)].map((m) => m[1].trim());
    expect(named.length).toBeGreaterThanOrEqual(10);
    expect(named.filter((n) => !items.has(n))).toEqual([]);
  });

  it.skipIf(!existsSync(BUNDLE))(
    'names every config row and sheet header that set-up writes, as it writes them',
    () => {
      const { labels, headers } = afterSetUp();
      expect(labels.length).toBeGreaterThanOrEqual(20);
      expect(labels.filter((l) => !guide.includes(l))).toEqual([]);
      for (const [sheet, columns] of headers) {
        expect(columns.length, sheet).toBeGreaterThanOrEqual(4);
        expect(guide, sheet).toContain(sheet);
        expect(
          columns.filter((c) => !guide.includes(c)),
          sheet,
        ).toEqual([]);
      }
    },
  );

  it('names every question of the progress form as the form asks it', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(9);
    expect(QUESTIONS.map((q) => q.title).filter((t) => !guide.includes(t))).toEqual([]);
  });
});

/** A `## heading` section of a Markdown file, up to the next `## `. */
function sectionOf(markdown: string, heading: string): string {
  const section = markdown.split(/^## /m).find((s) => s.startsWith(heading));
  expect(section, `## ${heading}`).toBeDefined();
  return section!;
}

describe('docs/design.md against the repository', () => {
  const design = read('docs/design.md');

  it('its dependency table is package.json: every runtime dependency, and only packages it declares', () => {
    const pkg = JSON.parse(read('package.json')) as Record<string, Record<string, string>>;
    const rows = sectionOf(design, 'Dependencies and why')
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Package'))
      .map((line) => line.split('|')[1].trim());
    const named = (dev: boolean) =>
      rows
        .filter((cell) => cell.includes('(dev)') === dev && !cell.startsWith('(none'))
        .flatMap((cell) => cell.replace(/\([^)]*\)/g, '').split(','))
        .map((name) => name.trim());
    expect(new Set(named(false))).toEqual(new Set(Object.keys(pkg.dependencies)));
    expect(named(true).filter((name) => !(name in pkg.devDependencies))).toEqual([]);
  });

  it('its Scopes section names every scope of appsscript.json', () => {
    const scopes = (JSON.parse(read('appsscript.json')) as { oauthScopes: string[] }).oauthScopes;
    expect(scopes.length).toBeGreaterThanOrEqual(8);
    const section = sectionOf(design, 'Scopes');
    const short = scopes.map((s) => s.replace('https://www.googleapis.com/auth/', ''));
    expect(short.filter((s) => !section.includes(`\`${s}\``))).toEqual([]);
  });
});
