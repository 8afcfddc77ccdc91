// Writes test/fixtures/index.json, the list of schema fixtures the browser tests load
// (a browser cannot list a directory). `--check` only compares and exits 1 when the index is stale.
// Also checks that every malformed fixture has an entry in its directory's expected.json and back.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const indexPath = join(root, 'index.json');
const SIDECAR = 'expected.json';

const dirs = (p) => readdirSync(p, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const jsonFiles = (p) => readdirSync(p).filter((f) => f.endsWith('.json') && f !== SIDECAR).sort();

const problems = [];
const index = { valid: {}, invalid: {} };
for (const kind of ['valid', 'invalid']) {
  for (const schema of dirs(join(root, kind))) {
    const files = jsonFiles(join(root, kind, schema));
    for (const f of files) {
      try {
        JSON.parse(readFileSync(join(root, kind, schema, f), 'utf8'));
      } catch (e) {
        problems.push(`${kind}/${schema}/${f}: not JSON (${e.message})`);
      }
    }
    index[kind][schema] = files;
    if (kind !== 'invalid') continue;
    const sidecar = join(root, kind, schema, SIDECAR);
    if (!existsSync(sidecar)) {
      problems.push(`invalid/${schema}: missing ${SIDECAR}`);
      continue;
    }
    const expected = JSON.parse(readFileSync(sidecar, 'utf8'));
    for (const f of files) if (typeof expected[f]?.path !== 'string') problems.push(`invalid/${schema}/${f}: no expected path in ${SIDECAR}`);
    for (const f of Object.keys(expected)) if (!files.includes(f)) problems.push(`invalid/${schema}/${SIDECAR}: "${f}" does not exist`);
  }
}

const text = `${JSON.stringify(index, null, 2)}\n`;
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (process.argv.includes('--check')) {
  const current = existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : '';
  if (current !== text) {
    console.error('test/fixtures/index.json is out of date: run node scripts/fixtures-index.mjs');
    process.exit(1);
  }
  console.log('test/fixtures/index.json is up to date');
} else {
  writeFileSync(indexPath, text);
  const count = (k) => Object.values(index[k]).reduce((n, l) => n + l.length, 0);
  console.log(`test/fixtures/index.json: ${count('valid')} valid and ${count('invalid')} malformed fixtures`);
}
