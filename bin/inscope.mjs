#!/usr/bin/env node
// The `inscope` command: runs the TypeScript CLI through tsx, so it works from a clone after
// `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
// Output piped into a command that stops reading (inscope validate R | head) ends quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
