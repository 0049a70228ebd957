/**
 * [plan] A project for the measures plan's bundle tests: the seed workbook (with its invented FY 2566 scores) in
 * the bound spreadsheet, filed in a folder; the Docs advanced service over the Docs simulator; DocumentApp over
 * the same simulated documents; the Charts fake; the built bundle loaded over them.
 */
import { createGasGlobals, loadBundle, type GasFakes } from '../fakes';
import { fakeDocs, type FakeDocsOptions } from './fake-docs';
import { seedWorkbook } from './seed';

export function planProject(options: FakeDocsOptions & { withoutPlanData?: boolean } = {}) {
  const holder: { fakes?: GasFakes } = {};
  const docs = fakeDocs(() => holder.fakes!, options);
  const fakes = (holder.fakes = createGasGlobals({
    docs,
    documents: (id) => docs.docs.get(id)?.doc,
    spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' },
  }));
  for (const [name, sheet] of Object.entries(seedWorkbook())) {
    if (options.withoutPlanData && name === 'ผลการประเมินปีก่อน') continue;
    fakes.seed(name, sheet?.values ?? []);
  }
  const drive = fakes.services.DriveApp;
  const folderId = drive._addFolder('งาน ITA');
  drive._item(fakes.spreadsheet.getId())!.parents = [folderId];
  const context = loadBundle(new URL('../../dist/Code.js', import.meta.url).pathname, fakes.globals);
  return { fakes, docs, drive, folderId, context };
}
