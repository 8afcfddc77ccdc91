import type * as z from 'zod/mini';
import { summariseIssues } from '../../../src/data/schemas/describe.js';
import type { OrgData } from '../../../src/data/schemas/org.js';
import type { Rating } from '../../../src/data/schemas/rating.js';
import { toIso } from '../../../src/core/time/index.js';

/** Parses with a schema and fails with the readable issue list when the data does not fit. */
export function mustParse<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${what} does not pass its schema:\n${summariseIssues(r.error.issues, 'en', 10)}`);
  return r.data as z.infer<S>;
}

/** GETs JSON and returns status and body. */
export async function getJson(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await fetch(url, { ...init, headers: { Accept: 'application/json', ...(init.headers ?? {}) } });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined, headers: res.headers };
}

/** POSTs JSON and returns status and parsed body. */
export async function postJson(url: string, body: unknown, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { method: 'POST', ...init, headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** The first unit that has counters (the one with a queue) and its counters. */
export function queueUnit(org: OrgData): { unitId: string; counterIds: string[]; fieldId: string } {
  const first = org.counters[0];
  if (!first) throw new Error('The seeded organisation has no counters');
  const counters = org.counters.filter((c) => c.unitId === first.unitId);
  return { unitId: first.unitId, counterIds: counters.map((c) => c.id), fieldId: first.fieldIds[0]! };
}

/** A valid rating for `unitId` created at `at` (epoch ms), with overrides. */
export function rating(unitId: string, at: number, over: Partial<Rating> = {}): Rating {
  return {
    id: crypto.randomUUID(),
    createdAt: toIso(at, 420),
    unitId,
    scale: 3,
    level: 'satisfied',
    reasons: [],
    lang: 'vi',
    deviceId: 'tablet-test',
    ...over,
  };
}

/** One message of an SSE stream. */
export interface SseMsg {
  event: string;
  id: string;
  data: string;
}

/**
 * An EventSource that records every `snapshot`, `queue` and `heartbeat` message and lets a test wait
 * for the next one of a kind.
 */
export class StreamRecorder {
  readonly messages: SseMsg[] = [];
  readonly es: EventSource;
  private waiters: (() => void)[] = [];
  errors = 0;

  constructor(url: string) {
    this.es = new EventSource(url);
    for (const event of ['snapshot', 'queue', 'heartbeat']) {
      this.es.addEventListener(event, (e) => {
        const m = e as MessageEvent<string>;
        this.messages.push({ event, id: m.lastEventId, data: m.data });
        for (const w of this.waiters.splice(0)) w();
      });
    }
    this.es.addEventListener('error', () => {
      this.errors++;
      for (const w of this.waiters.splice(0)) w();
    });
  }

  /** Waits until `pred` holds over the messages received so far (or rejects after `timeoutMs`). */
  async until(pred: (msgs: SseMsg[]) => boolean, timeoutMs = 8000, what = 'stream condition'): Promise<SseMsg[]> {
    const end = performance.now() + timeoutMs;
    while (!pred(this.messages)) {
      const left = end - performance.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}; got ${this.messages.map((m) => m.event).join(', ') || 'nothing'}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.messages;
  }

  /** Messages of one event type. */
  of(event: string): SseMsg[] {
    return this.messages.filter((m) => m.event === event);
  }

  close(): void {
    this.es.close();
  }
}
