import type { IncomingMessage } from 'node:http';
import { EpochOptions, FaultConfig, KillOptions, ResetOptions } from './admin-schemas.js';
import type { FaultInjector } from './faults.js';
import { HttpError, json, readJson, validate, type Reply } from './http.js';
import type { QueueService } from './queue.js';
import type { SseHub } from './sse.js';
import type { Store } from './store.js';

/** What the admin endpoints act on. */
export interface AdminDeps {
  store: Store;
  queue: QueueService;
  sse: SseHub;
  faults: FaultInjector;
  /** Requests seen per route name since start or the last reset. */
  requests: Map<string, number>;
  /** Wipes and reseeds; returns a summary of what was generated. */
  reseed(opts: { seed?: number | string | undefined; year?: number | undefined; casesPerYear?: number | undefined }): Record<string, unknown>;
}


async function body(req: IncomingMessage): Promise<unknown> {
  // An empty body means "no options" for every admin command.
  const len = req.headers['content-length'];
  if (len === '0' || (len === undefined && req.headers['transfer-encoding'] === undefined)) return {};
  return readJson(req);
}

/** Handles `/__admin/*` (only mounted when the server runs with `--admin`). */
export async function handleAdmin(method: string, path: string, req: IncomingMessage, d: AdminDeps): Promise<Reply> {
  const route = `${method} ${path}`;
  switch (route) {
    case 'POST /__admin/faults': {
      const cfg = validate(FaultConfig, await body(req), 'fault configuration');
      try {
        const { seed } = d.faults.configure(cfg);
        return json({ ok: true, seed, faults: cfg });
      } catch (e) {
        throw new HttpError(400, 'invalid', `Invalid fault configuration:\n${(e as Error).message}`);
      }
    }
    case 'POST /__admin/reset': {
      const opts = validate(ResetOptions, await body(req), 'reset options');
      d.sse.kill();
      d.faults.configure({});
      d.requests.clear();
      const summary = d.reseed(opts);
      return json({ ok: true, ...summary });
    }
    case 'GET /__admin/state': {
      const streams = d.sse.state();
      return json({
        ratings: d.store.ratingStats(),
        requests: Object.fromEntries([...d.requests].sort(([a], [b]) => a.localeCompare(b))),
        requestsTotal: [...d.requests.values()].reduce((a, b) => a + b, 0),
        sse: { open: streams.open.length, streams: streams.open, recent: streams.recent, lastEventIds: streams.lastEventIds },
        queue: Object.fromEntries(d.queue.units().map((u) => {
          const s = d.queue.snapshot(u)!;
          return [u, { epoch: s.epoch, seq: s.seq }];
        })),
        faults: d.faults.state(),
        seed: d.store.meta('seed') ?? null,
      });
    }
    case 'POST /__admin/sse/kill': {
      const opts = validate(KillOptions, await body(req), 'kill options');
      return json({ ok: true, closed: d.sse.kill(opts) });
    }
    case 'POST /__admin/queue/epoch': {
      const opts = validate(EpochOptions, await body(req), 'epoch options');
      if (opts.unitId && !d.queue.has(opts.unitId)) throw new HttpError(404, 'not_found', `Unit "${opts.unitId}" has no queue`);
      // A new state is what a restarted server would have: its clients lose their connections too.
      const epochs = d.queue.renewEpoch(opts.unitId);
      const closed = opts.unitId ? d.sse.kill({ unitId: opts.unitId }) : d.sse.kill();
      return json({ ok: true, epochs, closed });
    }
    default:
      throw new HttpError(404, 'not_found', `No admin endpoint ${route}`);
  }
}
