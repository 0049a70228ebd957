#!/usr/bin/env node
// `npx ita-report ...` from the clone: the compiled command line (build/cli/, made by `npm run build`), on
// plain node. For development without building: `npm run cli -- ...` (tsx, from src/).
let cli;
try {
  cli = await import('../build/cli/main.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !/build[\\/]cli[\\/]main\.js/.test(String(e.message))) throw e;
  process.stderr.write(
    'ita-report: ยังไม่ได้ build โปรแกรม — รัน npm run build ก่อน (the CLI is not built yet: run npm run build)\n',
  );
  process.exit(2);
}
await cli.run();
