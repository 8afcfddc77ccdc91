// @web/test-runner plugin: one reference server (server/main.ts) per test session, driven from the
// browser with `executeServerCommand({ command: 'refserver', payload: { action, ... } })`.
// Each server is a child process on a random loopback port with its own SQLite file and /__admin
// enabled; it is killed when its session finishes, when the run ends, and when this process exits.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const READY = /^hcc reference server listening on (http:\/\/\S+)$/m;
const START_TIMEOUT_MS = 90_000;
const ACTIONS = ['start', 'stop', 'restart', 'faults', 'reset', 'state', 'kill-sse', 'new-epoch'];

/**
 * Start options a test may pass (all optional):
 * `seed`, `casesPerYear` (default 3000, small so each file starts fast), `heartbeat` (ms),
 * `simulate` (boolean, or an intensity number), `cors` (string, comma-separated origins),
 * `static` (a folder of the repository to serve at /), `admin` (default true).
 */
function cliArgs(port, db, o) {
  const args = ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--db', db];
  if (o.admin !== false) args.push('--admin');
  args.push('--cases-per-year', String(o.casesPerYear ?? 3000));
  if (o.seed !== undefined) args.push('--seed', String(o.seed));
  if (o.heartbeat !== undefined) args.push('--heartbeat', String(o.heartbeat));
  if (o.simulate) args.push('--simulate');
  if (typeof o.simulate === 'number') args.push('--simulate-intensity', String(o.simulate));
  if (o.cors !== undefined) args.push('--cors', String(o.cors));
  if (o.static !== undefined) args.push('--static', resolve(ROOT, String(o.static)));
  else args.push('--no-static');
  return args;
}

/** Spawns a server; `ready` resolves with its origin once it prints the ready line. */
function spawnServer(args, log, readyLine = READY) {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s) => {
    stderr = (stderr + s).slice(-8000);
    if (process.env.HCC_REFSERVER_LOG) log(s.trimEnd());
  });
  const exited = new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
  const ready = new Promise((res, rej) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`reference server did not start within ${START_TIMEOUT_MS} ms\n${stderr}`));
    }, START_TIMEOUT_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s) => {
      out += s;
      const m = readyLine.exec(out);
      if (m) {
        clearTimeout(timer);
        res(m[1]);
      }
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      rej(new Error(`reference server exited (${signal ?? `code ${code}`}) before it was ready\n${stderr}`));
    });
  });
  return { child, exited, ready };
}

async function admin(origin, method, path, body) {
  const res = await fetch(`${origin}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    value = text;
  }
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${value?.error?.message ?? text}`);
  return value;
}

/** The `refserver` command for @web/test-runner. */
export function refServerPlugin() {
  /** session id → { proc, origin, port, db, opts } */
  const servers = new Map();
  let tmp;
  let logger = { log: (s) => process.stderr.write(`${s}\n`) };

  const tmpDir = () => (tmp ??= mkdtempSync(join(tmpdir(), 'hcc-refserver-')));

  async function stop(key, removeDb = true) {
    const s = servers.get(key);
    if (!s) return false;
    servers.delete(key);
    s.proc.child.kill('SIGKILL');
    await s.proc.exited;
    if (removeDb) for (const suffix of ['', '-wal', '-shm']) rmSync(`${s.db}${suffix}`, { force: true });
    return true;
  }

  /** Seeded databases by seed options: generated once per run, copied for every server that wants them. */
  const templates = new Map();
  function template(opts) {
    const id = `${opts.seed ?? ''}|${opts.casesPerYear ?? 3000}`;
    let p = templates.get(id);
    if (!p) {
      const file = join(tmpDir(), `template-${templates.size}.sqlite`);
      p = (async () => {
        const args = [...cliArgs(0, file, { seed: opts.seed, casesPerYear: opts.casesPerYear }), '--seed-only'];
        const proc = spawnServer(args, (line) => logger.log(line), /^hcc reference server seeded /m);
        await proc.ready;
        const { code } = await proc.exited;
        if (code !== 0) throw new Error(`seeding ${file} failed (exit ${code})`);
        return file;
      })();
      templates.set(id, p);
      p.catch(() => templates.delete(id));
    }
    return p;
  }

  async function start(key, opts) {
    await stop(key);
    const db = join(tmpDir(), `${key.replace(/[^\w-]/g, '_')}-${Date.now()}.sqlite`);
    const seeded = await template(opts);
    for (const suffix of ['', '-wal']) if (existsSync(seeded + suffix)) copyFileSync(seeded + suffix, db + suffix);
    const proc = spawnServer(cliArgs(0, db, opts), (s) => logger.log(s));
    const origin = await proc.ready;
    const port = Number(new URL(origin).port);
    servers.set(key, { proc, origin, port, db, opts });
    return { url: `${origin}/api/v1`, origin };
  }

  async function restart(key, downMs) {
    const s = servers.get(key);
    if (!s) throw new Error('refserver restart: no server was started in this session');
    // SIGKILL, as a power cut would: only what was committed survives.
    s.proc.child.kill('SIGKILL');
    await s.proc.exited;
    if (downMs > 0) await sleep(downMs);
    const proc = spawnServer(cliArgs(s.port, s.db, s.opts), (line) => logger.log(line));
    s.proc = proc;
    s.origin = await proc.ready;
    return { url: `${s.origin}/api/v1`, origin: s.origin };
  }

  function killAllSync() {
    for (const s of servers.values()) s.proc.child.kill('SIGKILL');
    servers.clear();
  }
  process.once('exit', () => {
    killAllSync();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  return {
    name: 'hcc-refserver',

    serverStart({ webSockets, logger: l }) {
      if (l) logger = { log: (s) => l.log(s) };
      // A session's page reports its end over the runner's web socket; its server goes with it.
      webSockets?.on('message', ({ data }) => {
        if (data?.type === 'wtr-session-finished' && typeof data.sessionId === 'string') void stop(data.sessionId);
      });
    },

    async serverStop() {
      await Promise.all([...servers.keys()].map((k) => stop(k)));
      if (tmp) rmSync(tmp, { recursive: true, force: true });
      tmp = undefined;
    },

    async executeCommand({ command, payload, session }) {
      if (command !== 'refserver') return undefined;
      const { action, ...rest } = payload ?? {};
      if (!ACTIONS.includes(action)) throw new Error(`refserver: unknown action "${action}"; expected one of ${ACTIONS.join(', ')}`);
      const key = session.id;
      if (action === 'start') return start(key, rest);
      if (action === 'stop') return { ok: await stop(key) };
      if (action === 'restart') return restart(key, Number(rest.downMs ?? 0));
      const s = servers.get(key);
      if (!s) throw new Error(`refserver ${action}: no server was started in this session`);
      switch (action) {
        case 'faults':
          return admin(s.origin, 'POST', '/__admin/faults', rest);
        case 'reset':
          return admin(s.origin, 'POST', '/__admin/reset', rest);
        case 'state':
          return admin(s.origin, 'GET', '/__admin/state');
        case 'kill-sse':
          return admin(s.origin, 'POST', '/__admin/sse/kill', rest);
        case 'new-epoch':
          return admin(s.origin, 'POST', '/__admin/queue/epoch', rest);
      }
      return undefined;
    },
  };
}
