/**
 * Command line of the reference server: `npm run serve -- [options]`.
 * Prints one line, `hcc reference server listening on http://HOST:PORT`, on stdout once it accepts
 * requests; everything else goes to stderr.
 */
import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import { createRefServer, prepareDatabase, type RefServerOptions } from './app.js';
import { DEFAULT_HEARTBEAT_MS } from './sse.js';

const HELP = `Usage: npm run serve -- [options]

  --port <n>            TCP port (default 8787; 0 picks a free one)
  --host <addr>         interface (default 127.0.0.1; 0.0.0.0 serves the LAN)
  --db <file>           SQLite file (default data/hcc.sqlite; :memory: for a throwaway one)
  --seed <text>         seed of the generated data when the database is empty (default hcc-halong)
  --cases-per-year <n>  dossiers per generated year (default: the generator's)
  --admin               enable /__admin/* (fault injection, reset, state) — never on a real LAN
  --static <dir>        serve a built demo at / (default dist-demo when it exists)
  --no-static           serve no files
  --heartbeat <ms>      heartbeat of queue streams (default ${DEFAULT_HEARTBEAT_MS})
  --simulate            run the queue simulator for the centre
  --simulate-intensity <x>  arrival multiplier of the simulator (default 1: about 1.2 citizens a minute)
  --cors <origins>      comma-separated allowed origins, or * (default *)
  --seed-only           seed the database if it is empty, then exit without serving
  --help                show this text
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${HELP}`);
  process.exit(2);
}

function int(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) fail(`--${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return n;
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      seed: { type: 'string' },
      'cases-per-year': { type: 'string' },
      admin: { type: 'boolean' },
      static: { type: 'string' },
      'no-static': { type: 'boolean' },
      heartbeat: { type: 'string' },
      simulate: { type: 'boolean' },
      'simulate-intensity': { type: 'string' },
      cors: { type: 'string' },
      'seed-only': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}
try {
  args = parse();
} catch (e) {
  fail((e as Error).message);
}
if (args.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const seedArg = args.seed;
const options: RefServerOptions = {
  port: int('port', args.port, 0, 65535) ?? 8787,
  host: args.host ?? '127.0.0.1',
  db: args.db ?? 'data/hcc.sqlite',
  admin: args.admin ?? false,
  simulate: args.simulate ?? false,
  log: (line) => process.stderr.write(`${line}\n`),
};
if (seedArg !== undefined) options.seed = seedArg;
const cpy = int('cases-per-year', args['cases-per-year'], 0, 1_000_000);
if (cpy !== undefined) options.casesPerYear = cpy;
const hb = int('heartbeat', args.heartbeat, 200, 3_600_000);
if (hb !== undefined) options.heartbeatMs = hb;
if (args['simulate-intensity'] !== undefined) {
  const x = Number(args['simulate-intensity']);
  if (!(x > 0 && x <= 1000)) fail(`--simulate-intensity must be a number above 0 and at most 1000, not "${args['simulate-intensity']}"`);
  options.simulateIntensity = x;
}
if (args['no-static']) options.staticDir = null;
else if (args.static !== undefined) options.staticDir = args.static;
if (args.cors !== undefined) {
  const list = args.cors.split(',').map((s) => s.trim()).filter(Boolean);
  options.cors = list.includes('*') ? '*' : list;
}

if (args['seed-only']) {
  try {
    const summary = prepareDatabase(options);
    process.stdout.write(`hcc reference server ${summary ? 'seeded' : 'found data in'} ${options.db}\n`);
    process.exit(0);
  } catch (e) {
    process.stderr.write(`hcc reference server could not seed ${options.db}: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

try {
  const server = await createRefServer(options);
  process.stdout.write(`hcc reference server listening on ${server.url}\n`);
  if (options.host === '0.0.0.0' || options.host === '::') {
    // Staff set up tablets and screens by typing an address: list the ones this machine has.
    const lan = Object.values(networkInterfaces()).flat().filter((i) => i && i.family === 'IPv4' && !i.internal);
    for (const i of lan) process.stderr.write(`  on the LAN: http://${i!.address}:${server.port}/api/v1\n`);
  }
  if (options.admin) process.stderr.write('admin endpoints enabled at /__admin (fault injection, reset): for tests only\n');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stderr.write(`${signal}: shutting down\n`);
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (e) {
  process.stderr.write(`hcc reference server failed to start: ${(e as Error).message}\n`);
  process.exit(1);
}
