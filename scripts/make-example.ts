/**
 * The bundled example workbooks, generated from the seed fixture (test/fixtures/seed-2567.json: each sheet's
 * getValues() array), never made by hand: examples/seed-2567.xlsx (12 months) and examples/seed-2567-6.xlsx
 * (the 6-month round: test/tools/seed.ts seedWorkbookRound6). Run: npm run example [out-file]
 * A test reads the committed files back and checks they still equal the fixture.
 */
import JSZip from 'jszip';
import { writeFileAtomic } from '../src/cli/write-atomic';
import { workbookToXlsx } from '../src/cli/write-xlsx';
import { seedWorkbook, seedWorkbookRound6 } from '../test/tools/seed';

const out = process.argv[2] ?? 'examples/seed-2567.xlsx';
for (const [path, data] of [
  [out, seedWorkbook()],
  ...(process.argv[2] ? [] : [['examples/seed-2567-6.xlsx', seedWorkbookRound6()] as const]),
] as const) {
  await writeFileAtomic(path, await sameBytesEachTime(await workbookToXlsx(data)));
  const rows = Object.entries(data).map(([name, sheet]) => `${name} ${sheet?.values.length ?? 0}`);
  console.log(`${path}: ${rows.join(' · ')} rows`);
}

/** The zip entries carry the time they were written: fixed here, so regenerating changes nothing in git. */
async function sameBytesEachTime(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const fixed = new JSZip();
  const date = new Date(Date.UTC(2024, 9, 1));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) fixed.file(name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return fixed.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}
