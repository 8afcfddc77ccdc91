#!/usr/bin/env node
// npm run serve: the reference server (server/main.ts) with the built demo stations at /, the
// standalone setup of a small centre (docs/standalone-centre.md). Builds dist-demo/ first when it is
// missing or older than demo/ and src/ (unless --static or --no-static says otherwise), then starts
// the server with the same options and, once it listens, prints the address each device opens.
//
//   npm run serve                          this machine only
//   npm run serve -- --host 0.0.0.0        the LAN: tablets, hall TV, officers' PCs, wall screen
//   npm run serve -- --help                every option of the server
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const servesDemo = !args.some((a) => a === '--no-static' || a === '--static' || a.startsWith('--static=') || a === '--help' || a === '--seed-only');

function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((e) => newest(join(path, e))));
}

if (servesDemo) {
  const built = existsSync(join(root, 'dist-demo', 'index.html')) ? statSync(join(root, 'dist-demo', 'index.html')).mtimeMs : 0;
  if (built === 0 || Math.max(newest(join(root, 'demo')), newest(join(root, 'src')), newest(join(root, 'package.json'))) > built) {
    process.stderr.write(built === 0 ? 'dist-demo/ is missing: building the demo stations\n' : 'dist-demo/ is older than demo/ or src/: building the demo stations\n');
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-demo.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server', 'main.ts'), ...args], { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
process.on('exit', () => child.kill());
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (s) => {
  process.stdout.write(s);
  out += s;
  const m = /^hcc reference server listening on (http:\/\/\S+)$/m.exec(out);
  if (m && servesDemo) {
    out = '';
    stations(m[1]).catch((e) => process.stderr.write(`(could not list the stations: ${e.message})\n`));
  }
});

/** Prints the address of every station, for this machine and each LAN address. */
async function stations(origin) {
  const url = new URL(origin);
  const anyHost = url.hostname === '0.0.0.0' || url.hostname === '[::]';
  const local = `http://127.0.0.1:${url.port}`;
  const bases = anyHost
    ? Object.values(networkInterfaces()).flat().filter((i) => i && i.family === 'IPv4' && !i.internal).map((i) => `http://${i.address}:${url.port}`)
    : [origin];
  const base = bases[0] ?? local;
  const org = await (await fetch(`${anyHost ? local : origin}/api/v1/org`)).json();
  const unit = org.units.find((u) => u.id === 'hl-tthcc' && org.counters.some((c) => c.unitId === u.id)) ?? org.units.find((u) => org.counters.some((c) => c.unitId === u.id));
  const counters = unit ? org.counters.filter((c) => c.unitId === unit.id) : [];
  const api = `${base}/api/v1`;
  // This month and year in the centre's time (Vietnam, UTC+7).
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString();
  const q = (page, params) => `${base}/${page}?${[`api=${api}`, ...params].join('&')}`;
  const lines = [
    '',
    `Stations of ${unit?.name ?? 'the centre'} (open on each device${bases.length > 1 ? `; also reachable at ${bases.slice(1).join(', ')}` : ''}):`,
    `  hall screen (TV):          ${q('hall-screen.html', [`unit=${unit?.id ?? ''}`])}`,
    `  leadership wall:           ${q('leadership-wall.html', [`unit=${unit?.id ?? ''}`, 'kiosk', 'rotate=30s', 'refresh=5m'])}`,
    `  citizen portal:            ${q('citizen-portal.html', [])}`,
    '  rating tablet, one per counter:',
    ...counters.slice(0, 30).map((c) => `    ${c.name.padEnd(40)} ${q('counter-tablet.html', [`unit=${unit.id}`, `counter=${c.id}`])}`),
    '  counter console (officer\'s PC), one per counter:',
    ...counters.slice(0, 30).map((c) => `    ${c.name.padEnd(40)} ${q('counter-console.html', [`unit=${unit.id}`, `counter=${c.id}`])}`),
    `  CSV exports:               ${api}/export/ratings.csv?period=${today.slice(0, 7)}  ·  ${api}/export/kpis.csv?period=${today.slice(0, 4)}`,
    ...(anyHost ? [] : ['  (this machine only; `npm run serve -- --host 0.0.0.0` serves the LAN)']),
    '',
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
}
