import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Typed access to the reference server from browser tests. Each test file (WTR session) gets its own
 * server process on loopback with its own database, started by server/wtr-plugin.mjs.
 */

/** Options of `start` (all optional). */
export interface RefServerStartOptions {
  /** Seed of the generated data. */
  seed?: number | string;
  /** Dossiers per generated year (default 3000, to start fast). */
  casesPerYear?: number;
  /** Default heartbeat of queue streams, ms (min 200). */
  heartbeat?: number;
  /** Run the queue simulator for the centre; a number sets its intensity (1 ≈ 1.2 arrivals a minute). */
  simulate?: boolean | number;
  /** CORS allow-list, comma-separated origins or `*`. */
  cors?: string;
  /** A folder of the repository to serve at `/` (e.g. `docs`). */
  static?: string;
  /** Enable `/__admin/*` (default true; the admin actions need it). */
  admin?: boolean;
}

/** Body of the `faults` action (see docs/http-contract.md, Fault injection). `{}` clears. */
export interface FaultOptions {
  drop?: number;
  dropAfter?: number;
  fail500?: number;
  timeout?: number;
  malformed?: number;
  delayMs?: [number, number];
  paths?: string;
  seed?: number | string;
}

/** One queue stream as /__admin/state reports it. */
export interface StreamInfo {
  id: number;
  unitId: string;
  lastEventId: string | null;
  lastSentId: string;
  openedAt: string;
  closedAt: string | null;
}

/** `GET /__admin/state`. */
export interface RefServerState {
  ratings: { stored: number; distinctIds: number };
  /** Requests per route (`GET /cases`, `POST /ratings/batch` …) since start or the last reset. */
  requests: Record<string, number>;
  requestsTotal: number;
  sse: { open: number; streams: StreamInfo[]; recent: StreamInfo[]; lastEventIds: Record<string, string> };
  queue: Record<string, { epoch: string; seq: number }>;
  faults: { config: FaultOptions; seed: number; counts: Record<string, number> };
  seed: string | null;
}

/** Where a started server answers. */
export interface RefServerAddress {
  /** API base, `http://127.0.0.1:PORT/api/v1` (the same as `api`). */
  url: string;
  /** API base, `http://127.0.0.1:PORT/api/v1`. */
  api: string;
  /** `http://127.0.0.1:PORT` (admin endpoints, static files). */
  origin: string;
}

interface Actions {
  start: { payload: RefServerStartOptions; result: { url: string; origin: string } };
  stop: { payload: Record<string, never>; result: { ok: boolean } };
  restart: { payload: { downMs?: number }; result: { url: string; origin: string } };
  faults: { payload: FaultOptions; result: { ok: true; seed: number; faults: FaultOptions } };
  reset: { payload: { seed?: number | string; year?: number; casesPerYear?: number }; result: { ok: true; cases: number; ratings: number; seed: string } };
  state: { payload: Record<string, never>; result: RefServerState };
  'kill-sse': { payload: { unitId?: string; graceful?: boolean }; result: { ok: true; closed: number } };
  'new-epoch': { payload: { unitId?: string }; result: { ok: true; epochs: Record<string, string>; closed: number } };
}

/** The actions of the `refserver` command. */
export type RefServerAction = keyof Actions;

/** Runs one `refserver` action for this test file's server. */
export async function refServer<A extends RefServerAction>(action: A, payload?: Actions[A]['payload']): Promise<Actions[A]['result']> {
  const result = await executeServerCommand<Actions[A]['result'], Record<string, unknown>>('refserver', { action, ...(payload ?? {}) });
  return result as Actions[A]['result'];
}

/** Starts (or restarts from scratch) this test file's server and returns its addresses. */
export async function startRefServer(opts: RefServerStartOptions = {}): Promise<RefServerAddress> {
  const { url, origin } = await refServer('start', opts);
  return { url, api: url, origin };
}
