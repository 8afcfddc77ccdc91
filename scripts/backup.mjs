#!/usr/bin/env node
// npm run backup: a consistent copy of the reference server's database, safe while the server runs
// (SQLite's online backup API), into backups/hcc-YYYY-MM-DD-HHmmss.sqlite. Restore: stop the server,
// copy the file to data/hcc.sqlite (delete data/hcc.sqlite-wal and -shm), start it again.
//
//   npm run backup                                   data/hcc.sqlite → backups/
//   npm run backup -- --db /srv/hcc/hcc.sqlite --to /mnt/usb/hcc --keep 30
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/hcc.sqlite' },
    to: { type: 'string', default: 'backups' },
    keep: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('Usage: npm run backup -- [--db data/hcc.sqlite] [--to backups] [--keep n]\nCopies the database while the server runs; --keep keeps only the n newest copies in --to.');
  process.exit(0);
}
const db = resolve(values.db);
if (!existsSync(db)) {
  console.error(`No database at ${db} (start the server once, or give --db)`);
  process.exit(1);
}
const keep = values.keep === undefined ? undefined : Number(values.keep);
if (keep !== undefined && !(Number.isInteger(keep) && keep > 0)) {
  console.error(`--keep must be a positive whole number, not "${values.keep}"`);
  process.exit(2);
}

// The centre's local time (UTC+7) names the file.
const stamp = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', '-').replaceAll(':', '');
const dir = resolve(values.to);
mkdirSync(dir, { recursive: true });
const target = join(dir, `hcc-${stamp}.sqlite`);

const source = new Database(db, { readonly: true, fileMustExist: true });
try {
  await source.backup(target);
} finally {
  source.close();
}
// One self-contained file: no write-ahead log beside the copy.
const copy = new Database(target);
copy.pragma('journal_mode = DELETE');
const check = copy.pragma('integrity_check', { simple: true });
const counts = Object.fromEntries(['ratings', 'cases', 'petitions'].map((t) => [t, copy.prepare(`SELECT count(*) AS n FROM ${t}`).get().n]));
copy.close();
if (check !== 'ok') {
  console.error(`✗ ${target}: integrity check says ${check}`);
  process.exit(1);
}
console.log(`✓ ${target} (${(statSync(target).size / 1048576).toFixed(1)} MiB; ${counts.ratings} ratings, ${counts.cases} dossiers, ${counts.petitions} petitions)`);

if (keep !== undefined) {
  const old = readdirSync(dir).filter((f) => /^hcc-\d{4}-\d{2}-\d{2}-\d{6}\.sqlite$/.test(f)).sort().slice(0, -keep);
  for (const f of old) rmSync(join(dir, f));
  if (old.length) console.log(`removed ${old.length} older cop${old.length === 1 ? 'y' : 'ies'}`);
}
