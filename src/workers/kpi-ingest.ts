import * as z from 'zod/mini';
import { CaseColumnsBuilder, type CaseInput } from '../core/kpi/columns.js';
import type { CasePort, PeriodQuery } from '../data/ports.js';
import { DataError, toDataError } from '../data/errors.js';
import { HttpSource } from '../data/adapters/http/http-source.js';
import { readNdjson } from '../data/adapters/http/ndjson.js';

/** Settings of the ingest helpers. */
export interface IngestOptions {
  signal?: AbortSignal;
  /** Called after every chunk with the records appended so far and the bytes read (HTTP). */
  onProgress?: (records: number, bytes?: number) => void;
  /** `fetch` to use (default the global one). */
  fetch?: typeof globalThis.fetch;
}

const aborted = (source: string) => new DataError('aborted', `Aborted: ${source}`, { source });

/**
 * Streams `port.cases(query)` chunk by chunk into `builder`; nothing but one chunk is held at a time.
 * Works with any {@link CasePort} (memory, local, HTTP). Rejects with the port's DataError, or
 * `aborted`.
 */
export async function ingestCases(port: CasePort, query: PeriodQuery, builder: CaseColumnsBuilder, options: IngestOptions = {}): Promise<void> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw aborted('cases');
  for await (const chunk of port.cases(query, signal)) {
    builder.append(chunk);
    onProgress?.(builder.length);
    if (signal?.aborted) throw aborted('cases');
  }
}

/** Counts bytes passing through, for progress. */
function counting(body: ReadableStream<Uint8Array<ArrayBuffer>>, onBytes: (n: number) => void): ReadableStream<Uint8Array<ArrayBuffer>> {
  let n = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
      transform(chunk, ctl) {
        n += chunk.byteLength;
        onBytes(n);
        ctl.enqueue(chunk);
      },
    }),
  );
}

/** Lines are handed to the builder as they are; it checks every field it keeps. */
const RawRecord = z.custom<CaseInput>((v) => typeof v === 'object' && v !== null && !Array.isArray(v));

/**
 * Streams `GET {api}/cases.ndjson` into `builder`: the body is decoded and split into lines as it
 * arrives, each line parsed and appended, so the whole response never exists as one string or one
 * array. With `validate: 'schema'` (or when the server has no NDJSON endpoint) it goes through
 * `HttpSource.cases()`, which validates every record with the `CaseFile` schema (and pages through
 * `/cases` when NDJSON is missing). Returns the bytes read.
 */
export async function ingestHttp(
  api: string,
  query: PeriodQuery,
  builder: CaseColumnsBuilder,
  options: IngestOptions & { validate?: 'fields' | 'schema'; chunkSize?: number } = {},
): Promise<number> {
  const { signal, onProgress } = options;
  const base = api.replace(/\/+$/, '');
  const viaSource = async () => {
    const source = new HttpSource({ api: base, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}) });
    await ingestCases(source, query, builder, options);
    return 0;
  };
  if (options.validate === 'schema') return viaSource();
  const url = new URL(`${base}/cases.ndjson`, globalThis.location?.href);
  url.searchParams.set('from', query.from);
  url.searchParams.set('to', query.to);
  if (query.unitId) url.searchParams.set('unitId', query.unitId);
  const source = url.toString();
  let res: Response;
  try {
    res = await (options.fetch ?? globalThis.fetch)(source, { signal: signal ?? null, headers: { Accept: 'application/x-ndjson' } });
  } catch (e) {
    throw toDataError(e, source);
  }
  if (res.status === 404) {
    await res.body?.cancel();
    return viaSource();
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    throw new DataError('http', `HTTP ${res.status} from ${source}`, { status: res.status, source });
  }
  let bytes = 0;
  const body = counting(res.body, (n) => (bytes = n));
  try {
    for await (const chunk of readNdjson(body, RawRecord, { source, chunkSize: options.chunkSize ?? 2000 })) {
      builder.append(chunk);
      onProgress?.(builder.length, bytes);
      if (signal?.aborted) throw aborted(source);
    }
  } catch (e) {
    if (signal?.aborted) throw aborted(source);
    throw toDataError(e, source);
  }
  return bytes;
}
