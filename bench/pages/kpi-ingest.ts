/**
 * Bench page: case records from the reference server to Decision 766 scores through the KPI worker
 * (NDJSON streamed, parsed and columnised inside the worker, plus ratings, petitions, catalogue and
 * org), against a bare `JSON.parse` of the same records on the main thread.
 */
import { KpiWorkerClient } from '../../src/controllers/kpi-worker-client.js';
import { CALENDAR } from './kpi-data.js';

export interface Params {
  /** API base of the reference server. */
  api: string;
}
export interface State {
  api: string;
  client: KpiWorkerClient;
  /** The same NDJSON bytes, in memory, behind a blob: URL. */
  blobUrl: string;
  /** The same records as one JSON array text. */
  text: string;
  records: number;
  bytes: number;
}

const period = { from: '2000-01-01T00:00:00+07:00', to: '2100-01-01T00:00:00+07:00' };

/** Waits for the server (it seeds its database before listening), then downloads the records once for the peer. */
export async function setup({ api }: Params): Promise<State> {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${api}/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (i > 1200) throw new Error(`reference server at ${api} did not answer`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const ndjson = await (await fetch(`${api}/cases.ndjson?from=${encodeURIComponent(period.from)}&to=${encodeURIComponent(period.to)}`)).text();
  const lines = ndjson.split('\n').filter((l) => l !== '');
  const client = new KpiWorkerClient();
  await client.ready;
  const blobUrl = URL.createObjectURL(new Blob([ndjson], { type: 'application/x-ndjson' }));
  return { api, client, blobUrl, text: `[${lines.join(',')}]`, records: lines.length, bytes: new TextEncoder().encode(ndjson).byteLength };
}

/** Timed: fetch → worker (NDJSON → columns) → 766 scores over the whole data by unit. */
export async function ingestToScores({ api, client }: State): Promise<{ records: number; units: number }> {
  const summary = await client.ingestHttp({ api, query: period }, { calendar: CALENDAR });
  const r = await client.query({ from: period.from, to: period.to, groupBy: ['unit'], families: ['766'] });
  return { records: summary.records, units: r.groups.length };
}

/**
 * Timed: the client's part alone: the same NDJSON bytes from memory (a blob: URL) → worker (lines →
 * columns) → 766 scores, without the server's work competing for the machine's cores.
 */
export async function bytesToScores({ api, blobUrl, client }: State): Promise<{ records: number; units: number }> {
  const summary = await client.ingestHttp({ api, url: blobUrl, sideData: false, query: period }, { calendar: CALENDAR });
  const r = await client.query({ from: period.from, to: period.to, groupBy: ['unit'], families: ['766'] });
  return { records: summary.records, units: r.groups.length };
}

/** Timed: `JSON.parse` of the same records, already in memory as one string. */
export function bareParse({ text }: State): { records: number } {
  return { records: (JSON.parse(text) as unknown[]).length };
}

/** Value: megabytes (10⁶ bytes) of the records as NDJSON. */
export function megabytes({ bytes }: State): number {
  return bytes / 1e6;
}
