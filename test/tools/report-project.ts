/**
 * A project for report tests: the seed workbook in the bound spreadsheet (in a folder "งาน ITA"), the Docs
 * advanced service over the Docs simulator, and the built bundle loaded over the fakes.
 */
import { createGasGlobals, loadBundle, type GasFakes } from '../fakes';
import { fakeDocs, type FakeDocsOptions } from './fake-docs';
import { seedWorkbook } from './seed';

export const BUNDLE = new URL('../../dist/Code.js', import.meta.url).pathname;

/** Sets a config value (column B) by its label, adding the row when the sheet lacks it. */
export function setConfig(fakes: GasFakes, label: string, value: string): void {
  const config = fakes.sheet('ตั้งค่า');
  const rows = config._values();
  const at = rows.findIndex((r) => r[0] === label);
  config._setValues(at >= 0 ? at + 1 : rows.length + 1, 1, [[label, value]]);
}

export function reportProject(options: FakeDocsOptions = {}) {
  const holder: { fakes?: GasFakes } = {};
  const docs = fakeDocs(() => holder.fakes!, options);
  const fakes = (holder.fakes = createGasGlobals({
    docs,
    documents: (id) => docs.docs.get(id)?.doc, // DocumentApp too: the measures plan runs in the same project
    spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' },
  }));
  for (const [name, sheet] of Object.entries(seedWorkbook())) fakes.seed(name, sheet?.values ?? []);
  const drive = fakes.services.DriveApp;
  const folderId = drive._addFolder('งาน ITA');
  drive._item(fakes.spreadsheet.getId())!.parents = [folderId];
  const context = loadBundle(BUNDLE, fakes.globals);
  return { fakes, docs, drive, folderId, context };
}
