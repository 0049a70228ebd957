/**
 * The built bundle over fresh fakes with a link workbook (test/tools/link-workbook.ts): the fake clock installed in
 * the script and in UrlFetchApp, and a helper to add a Drive file with its sharing. For the link-check suites.
 */
import {
  createGasGlobals,
  FakeClock,
  installClock,
  loadBundle,
  type SharingAccess,
  type SharingPermission,
} from '../fakes';
import { linkWorkbook, type LinkRowSpec } from './link-workbook';

const BUNDLE = new URL('../../dist/Code.js', import.meta.url).pathname;
export const SITE = 'https://www.example.go.th';

export function linkProject(rows: LinkRowSpec[]) {
  const fakes = createGasGlobals({ spreadsheet: { name: 'ITA', timeZone: 'Asia/Bangkok' } });
  for (const [name, sheet] of Object.entries(linkWorkbook(rows, SITE))) fakes.seed(name, sheet?.values ?? []);
  const context = loadBundle(BUNDLE, fakes.globals);
  const clock = new FakeClock();
  installClock(context, clock);
  const web = fakes.services.UrlFetchApp;
  web._clock = clock;
  const share = (id: string, name: string, access: SharingAccess, permission: SharingPermission) => {
    fakes.services.DriveApp._addFile({ id, name, mimeType: 'application/pdf' }).sharing = { access, permission };
  };
  return { fakes, context, clock, web, share };
}
