#!/usr/bin/env node
// The `iep` command. It runs the compiled CLI; README's first command builds it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Before anything is written: files this process makes are for its own user only (0600 files, 0700 folders).
process.umask(0o077);

const entry = new URL('../dist/index.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error(
    'IEP Ready is not built yet. Run "npm run setup" (or "npm run build") in the project folder first.',
  );
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
