#!/usr/bin/env node
// Checks a procedure catalogue exported from the national database (JSON or CSV) and writes the
// catalogue the static source serves: only valid records, NFC text, `{ "procedures": [...] }`.
// Every rejected record is listed with the line (CSV) or position (JSON) and what is wrong with it.
//
//   node scripts/import-catalogue.mjs <input.json|input.csv> [--out public/procedures.json]
//        [--report report.json] [--lang vi|en] [--strict]
//
// Exit codes: 0 written (some records may have been rejected, see the report); 1 some records were
// rejected and --strict was given (nothing written); 2 the file could not be read or has no valid
// record (nothing written); 64 wrong usage. See docs/catalogue-import.md.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const usage = `Usage: node scripts/import-catalogue.mjs <input.json|input.csv> [--out file] [--report file] [--lang vi|en] [--strict]
  --out      where to write the checked catalogue (default: print nothing, only check)
  --report   also write the full report as JSON (rejected rows with reasons in vi and en)
  --lang     language of the printed report (default vi)
  --strict   write nothing and exit 1 if any record is rejected`;

let opts;
try {
  opts = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, report: { type: 'string' }, lang: { type: 'string', default: 'vi' }, strict: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
} catch (e) {
  console.error(`${e.message}\n${usage}`);
  process.exit(64);
}
if (opts.values.help) {
  console.log(usage);
  process.exit(0);
}
const [input] = opts.positionals;
const lang = opts.values.lang === 'en' ? 'en' : 'vi';
if (!input || opts.positionals.length > 1) {
  console.error(usage);
  process.exit(64);
}

const { importCatalogue, catalogueJson, formatImportReport } = await tsImport(resolve(root, 'src/data/import/catalogue-import.ts'), import.meta.url);

let text;
try {
  text = readFileSync(input, 'utf8');
} catch (e) {
  console.error(lang === 'vi' ? `Không đọc được tệp ${input}: ${e.message}` : `Cannot read ${input}: ${e.message}`);
  process.exit(2);
}

const report = importCatalogue(text, { filename: input });
console.log(formatImportReport(report, lang));

if (opts.values.report) {
  const { procedures, ...rest } = report;
  writeFileSync(opts.values.report, `${JSON.stringify({ ...rest, accepted: procedures.map((p) => p.ma_thu_tuc) }, null, 2)}\n`);
}
if (report.fatal || report.procedures.length === 0) process.exit(2);
if (opts.values.strict && report.rejected.length > 0) process.exit(1);
if (opts.values.out) {
  mkdirSync(dirname(resolve(opts.values.out)), { recursive: true });
  writeFileSync(opts.values.out, catalogueJson(report));
  console.log(lang === 'vi' ? `Đã ghi ${report.procedures.length} thủ tục vào ${opts.values.out}.` : `Wrote ${report.procedures.length} procedures to ${opts.values.out}.`);
}
