import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { VN_TIME_ZONE, zoneOffsetMinutes } from '../src/core/time/index.js';
import { openDatabase, type Db } from './db.js';
import { Store } from './store.js';
import { QueueService } from './queue.js';
import { DEFAULT_HEARTBEAT_MS, SseHub } from './sse.js';
import { FaultInjector } from './faults.js';
import { HttpError, errorReply, sendBody, type Reply } from './http.js';
import { matchRoute, type ApiDeps } from './api.js';
import { handleAdmin, type AdminDeps } from './admin.js';
import { serveStatic } from './static.js';
import { DEFAULT_SEED, seedDatabase, type SeedOptions, type SeedSummary } from './seed.js';
import { SEED_VERSION } from '../src/data/seed/index.js';
import { seedNumber } from './rng.js';

/** Prefix of every contract route. */
export const API_PREFIX = '/api/v1';
/** The unit the queue simulator drives when it exists (the Hạ Long centre of the seed). */
export const SIMULATED_UNIT = 'hl-tthcc';

/** Options of {@link createRefServer}; every one has a default. */
export interface RefServerOptions {
  /** TCP port; 0 picks a free one. Default 8787. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1; 0.0.0.0 serves the LAN. */
  host?: string;
  /** SQLite file, or `:memory:`. Default `data/hcc.sqlite`. */
  db?: string;
  /** Seed of the generated data (used when the database is empty, and by /__admin/reset); the generator's default when absent. */
  seed?: number | string;
  /** Dossiers per generated year; the generator's default when absent. */
  casesPerYear?: number;
  /** Enables the `/__admin/*` endpoints (fault injection, reset, state). */
  admin?: boolean;
  /** Folder of a built demo served at `/`; `null` serves none. */
  staticDir?: string | null;
  /** Default heartbeat interval of queue streams (ms). */
  heartbeatMs?: number;
  /** Runs the queue simulator for {@link SIMULATED_UNIT} (or the first unit with counters). */
  simulate?: boolean;
  /** Seed of the simulator's random numbers (default: the data seed). */
  simulateSeed?: number;
  /** Arrival multiplier of the simulator (1 = a busy morning, about 1.2 citizens a minute). */
  simulateIntensity?: number;
  /** CORS allow-list of origins, or `*` (the default). */
  cors?: '*' | readonly string[];
  /** The clock. The server reads real time only through this (default `Date.now`). */
  now?: () => number;
  /** Where progress lines go (default: nowhere). */
  log?: (line: string) => void;
}

/** A running reference server. */
export interface RefServer {
  /** `http://host:port` (the API is under {@link API_PREFIX}). */
  url: string;
  port: number;
  db: Db;
  /** Stops listening, closes every connection (including streams) and the database. */
  close(): Promise<void>;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

const ALLOW_HEADERS = 'Content-Type, Accept, Accept-Language, Last-Event-ID, If-None-Match, Cache-Control';

/** Sets the CORS headers for `origin`; returns whether the origin is allowed. */
function applyCors(req: IncomingMessage, res: ServerResponse, cors: '*' | readonly string[]): boolean {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (cors === '*') res.setHeader('Access-Control-Allow-Origin', '*');
  else if (origin && cors.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  else return !origin;
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Content-Length');
  return true;
}

/** Seeds `store` (replacing its content) and logs what was generated. */
function seed(store: Store, opts: SeedOptions, log: (line: string) => void): SeedSummary {
  const summary = seedDatabase(store, opts);
  log(`seeded ${summary.cases} cases, ${summary.ratings} ratings, ${summary.petitions} petitions, ${summary.procedures} procedures (${summary.from} to ${summary.to}) in ${summary.ms} ms`);
  return summary;
}

/**
 * Opens (creating when needed) the database and seeds it when empty, then closes it: prepares a
 * seeded file ahead of time (the test plugin copies one for every server it starts).
 */
export function prepareDatabase(options: Pick<RefServerOptions, 'db' | 'seed' | 'casesPerYear' | 'now' | 'log'> = {}): SeedSummary | null {
  const now = (options.now ?? Date.now)();
  const offsetMinutes = zoneOffsetMinutes(VN_TIME_ZONE, now);
  const db = openDatabase(options.db ?? 'data/hcc.sqlite');
  try {
    const store = new Store(db, offsetMinutes);
    if (store.hasData()) return null;
    return seed(store, { seed: options.seed, now, offsetMinutes, casesPerYear: options.casesPerYear }, options.log ?? (() => {}));
  } finally {
    db.close();
  }
}

/**
 * Starts the reference server: the HTTP contract under `/api/v1` on SQLite, the live queues with their
 * event streams, optionally fault injection under `/__admin`, and a built demo at `/`. An empty
 * database is seeded from the deterministic generator first.
 */
export async function createRefServer(options: RefServerOptions = {}): Promise<RefServer> {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const offsetMinutes = zoneOffsetMinutes(VN_TIME_ZONE, now());
  const cors = options.cors ?? '*';
  const db = openDatabase(options.db ?? 'data/hcc.sqlite');
  const store = new Store(db, offsetMinutes);
  if (!store.hasData()) {
    log('empty database: generating one year of data (the first start takes a while)');
    seed(store, { seed: options.seed, now: now(), offsetMinutes, casesPerYear: options.casesPerYear }, log);
  } else if (store.meta('seed_version') !== String(SEED_VERSION)) {
    // Stored ratings are real data: an older generator's data is kept, never silently replaced.
    log(`the data in this database came from seed generator version ${store.meta('seed_version') ?? '?'} (current: ${SEED_VERSION}); start with a new --db to regenerate`);
  }

  const queue = new QueueService(db, () => store.org().value, now, offsetMinutes, log);
  const sse = new SseHub(queue, now, offsetMinutes);
  const faults = new FaultInjector();
  const requests = new Map<string, number>();
  const staticDir = options.staticDir === undefined ? (existsSync('dist-demo') ? 'dist-demo' : null) : options.staticDir;
  const apiDeps: ApiDeps = { store, queue, sse, now, offsetMinutes, version: packageVersion(), heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS };
  const adminDeps: AdminDeps = {
    store, queue, sse, faults, requests,
    reseed: (o) => {
      const summary = seed(store, { seed: o.seed ?? options.seed, now: now(), offsetMinutes, casesPerYear: o.casesPerYear ?? options.casesPerYear, year: o.year }, log);
      // The wipe emptied the stored queues, so every unit starts over in a new epoch.
      queue.load();
      return { ...summary };
    },
  };
  const simulated = queue.has(SIMULATED_UNIT) ? SIMULATED_UNIT : queue.units()[0];
  if (options.simulate && simulated) {
    queue.simulate(simulated, {
      seed: options.simulateSeed ?? seedNumber(options.seed ?? DEFAULT_SEED),
      ...(options.simulateIntensity !== undefined ? { intensity: options.simulateIntensity } : {}),
    });
  }

  /** Requests that a `timeout` fault left unanswered; closed with the server. */
  const held = new Set<ServerResponse>();

  const send = async (res: ServerResponse, reply: Reply, malformed: boolean): Promise<void> => {
    if (reply.kind === 'stream') {
      res.writeHead(reply.status, reply.headers);
      await reply.run(res, { malformed });
      return;
    }
    if (malformed && reply.status < 300 && reply.body.length > 0) {
      const text = reply.body.toString();
      sendBody(res, { ...reply, body: text.slice(0, Math.max(1, Math.floor(text.length / 2))) });
      return;
    }
    sendBody(res, reply);
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL, path: string): Promise<void> => {
    const { route, params, allowed } = matchRoute(req.method ?? 'GET', path);
    const name = route?.name ?? (allowed.length ? `${req.method} ${path} (method not allowed)` : 'unmatched');
    requests.set(name, (requests.get(name) ?? 0) + 1);
    const fault = faults.decide(url.pathname + url.search);
    if (fault.delayMs > 0) await sleep(fault.delayMs);
    switch (fault.action) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'timeout':
        held.add(res);
        res.on('close', () => held.delete(res));
        return;
      case 'fail500':
        sendBody(res, errorReply(500, 'injected', 'Injected failure (fault injection): nothing was stored'));
        return;
    }
    let reply: Reply;
    try {
      if (!route) {
        const methods = [...new Set(allowed)].join(', ');
        if (allowed.length) throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed on ${path}; use ${methods}`, { Allow: methods });
        throw new HttpError(404, 'not_found', `No route ${req.method} ${API_PREFIX}${path}`);
      }
      reply = await route.handle({ req, url, params }, apiDeps);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      reply = errorReply(e.status, e.code, e.message, e.headers);
    }
    // The request was handled (a ratings batch is stored); the client never hears of it.
    if (fault.action === 'dropAfter') {
      req.socket.destroy();
      return;
    }
    await send(res, reply, fault.action === 'malformed');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const allowed = applyCors(req, res, cors);
    if (req.method === 'OPTIONS') {
      if (!allowed) {
        sendBody(res, errorReply(403, 'forbidden', `Origin ${req.headers.origin} is not allowed`));
        return;
      }
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', ALLOW_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      // Chromium asks before a public page may reach a LAN address (Private Network Access).
      if (req.headers['access-control-request-private-network'] === 'true') res.setHeader('Access-Control-Allow-Private-Network', 'true');
      res.writeHead(204);
      res.end();
      return;
    }
    if (path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)) {
      await handleApi(req, res, url, path.slice(API_PREFIX.length) || '/');
      return;
    }
    if (options.admin && path.startsWith('/__admin/')) {
      await send(res, await handleAdmin(req.method ?? 'GET', path, req, adminDeps), false);
      return;
    }
    if (staticDir && (req.method === 'GET' || req.method === 'HEAD') && (await serveStatic(staticDir, req, res, path))) return;
    if (path === '/') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`hcc reference server ${apiDeps.version}\nAPI: ${API_PREFIX}/health\n`);
      return;
    }
    throw new HttpError(404, 'not_found', `Nothing at ${path}`);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      if (e instanceof HttpError) {
        sendBody(res, errorReply(e.status, e.code, e.message, e.headers));
        return;
      }
      log(`error on ${req.method} ${req.url}: ${(e as Error)?.stack ?? String(e)}`);
      sendBody(res, errorReply(500, 'internal', `Internal error: ${(e as Error)?.message ?? String(e)}`));
    });
  });
  // Queue streams stay open for hours; only idle keep-alive sockets time out.
  server.requestTimeout = 0;
  server.keepAliveTimeout = 5000;
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as { port: number }).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    db,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        queue.close();
        sse.kill();
        for (const res of held) res.destroy();
        server.close(() => {
          db.close();
          resolve();
        });
        for (const s of sockets) s.destroy();
      });
      return closing;
    },
  };
}
