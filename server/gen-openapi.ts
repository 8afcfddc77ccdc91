/**
 * Writes docs/openapi.yaml from server/openapi.ts (`npx tsx server/gen-openapi.ts`), or with `--check`
 * exits 1 when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { openApiYaml } from './openapi.js';

const file = new URL('../docs/openapi.yaml', import.meta.url);
const text = openApiYaml();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  if (current !== text) {
    process.stderr.write('docs/openapi.yaml is out of date: run npx tsx server/gen-openapi.ts\n');
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  process.stdout.write(`wrote docs/openapi.yaml (${text.length} bytes)\n`);
}
