/**
 * The .docx carries Sarabun (regular and bold) inside it, so a PC with only the usual Thai government fonts
 * shows the report as intended (src/cli/docx-fonts.ts); a font given with --font is named, not embedded.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'ita-fonts-'));
const SARABUN = 'node_modules/@expo-google-fonts/sarabun';

async function build(...extra: string[]): Promise<JSZip> {
  const out = join(dir, `r${extra.length}.docx`);
  const code = await main(['build', 'examples/seed-2567.xlsx', '-o', out, ...extra], { out() {}, err() {} });
  expect(code).toBe(0);
  return JSZip.loadAsync(readFileSync(out));
}

describe('the .docx font', () => {
  it('embeds Sarabun regular and bold (the obfuscated font parts are the package TTFs past their first 32 bytes)', async () => {
    const zip = await build();
    const table = await zip.file('word/fontTable.xml')!.async('string');
    expect(table).toMatch(/<w:font w:name="Sarabun">[\s\S]*<w:embedRegular [^>]*w:fontKey="\{[0-9A-F-]{36}\}"/);
    expect(table).toMatch(/<w:font w:name="Sarabun">[\s\S]*<w:embedBold /);
    const parts = Object.keys(zip.files)
      .filter((n) => n.startsWith('word/fonts/'))
      .sort();
    expect(parts).toHaveLength(2);
    const faces = [readFileSync(`${SARABUN}/Sarabun_400Regular.ttf`), readFileSync(`${SARABUN}/Sarabun_700Bold.ttf`)];
    for (const part of parts) {
      const bytes = Buffer.from(await zip.file(part)!.async('uint8array'));
      expect(
        faces.some((ttf) => ttf.length === bytes.length && ttf.subarray(32).equals(bytes.subarray(32))),
        part,
      ).toBe(true);
    }
    const document = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(`${document}${styles}`).toContain('w:cs="Sarabun"');
  });

  it('the measures plan (ita-report plan) embeds Sarabun too: without it a PC without Sarabun sets it in a stand-in', async () => {
    const out = join(dir, 'plan.docx');
    const code = await main(['plan', 'examples/seed-2567.xlsx', '-o', out], { out() {}, err() {} });
    expect(code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const table = await zip.file('word/fontTable.xml')!.async('string');
    expect(table).toMatch(/<w:font w:name="Sarabun">[\s\S]*<w:embedRegular /);
    expect(table).toMatch(/<w:font w:name="Sarabun">[\s\S]*<w:embedBold /);
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/fonts/'))).toHaveLength(2);
  });

  it('names another font without embedding it (--font "TH Sarabun New": the PC must have it)', async () => {
    const zip = await build('--font', 'TH Sarabun New');
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/fonts/'))).toEqual([]);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:cs="TH Sarabun New"');
  });
});
