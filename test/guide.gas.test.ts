/** The Thai user guide (docs/guide-th.md) exists, shows the README's pictures, and the Help dialog links to it. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../src/gas/menu';
import { GUIDE_URL, README_URL } from '../src/core/version';
import { createGasGlobals, loadBundle } from './fakes';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;

describe('the Thai user guide', () => {
  it('is docs/guide-th.md, covers each step a coordinator takes, and every picture it shows is in the repository', () => {
    expect(GUIDE_URL.endsWith('/docs/guide-th.md')).toBe(true);
    const guide = readFileSync('docs/guide-th.md', 'utf8');
    for (const step of [
      'ตั้งค่าสมุดงาน',
      'แบบฟอร์มรายงานผล',
      'ตรวจสอบข้อมูล',
      'ตรวจลิงก์หลักฐาน',
      'สร้างรายงาน (Google Doc)',
      'ITAS',
    ]) {
      expect(guide, step).toContain(step);
    }
    const pictures = [...guide.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(pictures.length).toBeGreaterThanOrEqual(4);
    for (const picture of pictures) expect(existsSync(`docs/${picture}`), picture).toBe(true);
    expect(readFileSync('README.md', 'utf8')).toContain('docs/guide-th.md');
  });

  it.skipIf(!existsSync(BUNDLE))('is linked from the Help dialog (menu วิธีใช้และรุ่นโปรแกรม)', () => {
    const fakes = createGasGlobals({ spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' } });
    const context = loadBundle(BUNDLE, fakes.globals);
    context.showHelpDialog();
    const html = fakes.recorded.dialogs.at(-1)!.html;
    expect(html).toContain(`href="${GUIDE_URL}"`);
    // Every menu item the dialog names is a real one, spelled as the menu has it.
    const named = [...html.matchAll(/เมนู <b>([^<]+)<\/b>/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThanOrEqual(6);
    const labels = MENU_ITEMS.flatMap((item) => (item ? [item[0]] : []));
    for (const name of named) expect(labels, name).toContain(name);
  });

  it('links the repository package.json names (the guide and README links follow it)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { repository?: { url?: string } };
    const repository = (pkg.repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
    expect(repository).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/);
    expect(README_URL).toBe(`${repository}#readme`);
    expect(GUIDE_URL).toBe(`${repository}/blob/main/docs/guide-th.md`);
  });
});
