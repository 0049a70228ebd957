#!/usr/bin/env node
// `npx ita-report ...` from the clone: the command line is TypeScript (src/cli/main.ts), run through tsx's
// loader, so there is no separate build step for the CLI and no compiled copy to keep in step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
await run();
