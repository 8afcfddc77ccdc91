// The reference server (server/main.ts) as a child process on a free loopback port, with its own
// throwaway database: the back end the host pages point their widgets at.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

const READY = /^hcc reference server listening on (http:\/\/\S+)$/m;

/**
 * Starts a server. `args` are extra command-line options (`--simulate`, `--static dir` …).
 * @param {{ args?: string[], casesPerYear?: number, admin?: boolean }} [options]
 * @returns {Promise<{ origin: string, api: string, stderr: () => string, admin: (method: string, path: string, body?: unknown) => Promise<any>, stop: () => Promise<void> }>}
 */
export async function startRefServer(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hcc-e2e-server-'));
  const args = ['--import', 'tsx', 'server/main.ts', '--port', '0', '--db', join(dir, 'hcc.sqlite'), '--cases-per-year', String(options.casesPerYear ?? 1500)];
  if (options.admin !== false) args.push('--admin');
  args.push(...(options.args ?? ['--no-static']));
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s) => {
    err = (err + s).slice(-20_000);
    if (process.env.HCC_REFSERVER_LOG) process.stderr.write(s);
  });
  const exited = new Promise((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
  const origin = await new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`reference server did not start in 120 s\n${err}`)), 120_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s) => {
      out += s;
      const m = READY.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      fail(new Error(`reference server exited (${signal ?? code}) before it was ready\n${err}`));
    });
  });
  return {
    origin,
    api: `${origin}/api/v1`,
    stderr: () => err,
    async admin(method, path, body) {
      const res = await fetch(`${origin}${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
      return text ? JSON.parse(text) : undefined;
    },
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
