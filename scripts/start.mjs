#!/usr/bin/env node
// npm start: the standalone demo (demo/) on Vite's dev server. The pages run on the embedded default
// data source (IndexedDB in the browser, seeded on first run), so no back end is needed; library
// sources are served from /src/... as they are, so nothing has to be built first.
//
//   npm start                      http://localhost:5173/
//   npm start -- --host            listen on every interface (a tablet or TV on the LAN)
//   npm start -- --host 0.0.0.0 --port 8080
import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string', default: '5173' },
    help: { type: 'boolean', short: 'h' },
  },
  // `--host` alone (no value) means every interface, as with `vite --host`.
  args: process.argv.slice(2).flatMap((a, i, all) => (a === '--host' && (all[i + 1] === undefined || all[i + 1].startsWith('--')) ? ['--host', '0.0.0.0'] : [a])),
});

if (values.help) {
  console.log('Usage: npm start -- [--host [address]] [--port n]\nServes demo/ on the embedded data source (no back end).');
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`Invalid --port ${values.port}`);
  process.exit(2);
}

const server = await createServer({
  configFile: join(root, 'vite.config.ts'),
  mode: 'development',
  server: { host: values.host ?? 'localhost', port, strictPort: false },
  logLevel: 'warn',
});
await server.listen();

const urls = [...(server.resolvedUrls?.local ?? []), ...(server.resolvedUrls?.network ?? [])];
console.log('\n  hcc-widgets demo (embedded data source, no back end)\n');
for (const url of urls) console.log(`  ➜  ${url}`);
console.log('\n  Ctrl+C to stop.\n');

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
