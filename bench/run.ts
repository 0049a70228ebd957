/**
 * `npm run bench`: every benchmark, printed as figures. Speed and memory targets live here, not in tests.
 * Builds first (package.json), because the Sheet and forms figures run the real bundle.
 */
import { benchActions } from './actions';
import { benchBundleLoad } from './bundle-load';
import { benchCliStart } from './cli-start';
import { benchDocsRender } from './docs-render';
import { benchFormsReconcile } from './forms-reconcile';
import { benchLinks } from './links';
import { benchSheetValidate } from './sheet-validate';

const sections: [string, () => string[] | Promise<string[]>][] = [
  ['sheet', benchSheetValidate],
  ['docs', benchDocsRender],
  ['forms', benchFormsReconcile],
  ['actions', benchActions],
  ['links', benchLinks],
  ['cli', benchCliStart],
  ['bundle', benchBundleLoad],
];

const only = process.argv[2];
const names = sections.map(([name]) => name);
if (only && !names.includes(only)) {
  console.error(`npm run bench: no benchmark "${only}"; name one of ${names.join(', ')}, or none for all of them`);
  process.exit(2);
}
for (const [name, bench] of sections) {
  if (only && only !== name) continue;
  for (const line of await bench()) console.log(line);
  console.log('');
}
