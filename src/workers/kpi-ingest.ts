import { CaseColumnsBuilder, type CaseInput } from '../core/kpi/columns.js';
import type { CasePort, PeriodQuery } from '../data/ports.js';
import { DataError, toDataError } from '../data/errors.js';
import { HttpSource } from '../data/adapters/http/http-source.js';

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

/**
 * Reads NDJSON from a byte stream into `builder`, record by record, as the bytes arrive: the body is
 * decoded incrementally and each line parsed and appended at once, so neither the response nor an
 * array of records is ever held whole. The builder checks every field it keeps (records it refuses
 * are counted, not fatal); a line that is not JSON ends the stream with a `schema` DataError naming
 * its line number (1-based). Blank lines are skipped; `\r\n` line ends are accepted. An abort, an
 * error or a bad line cancels the body.
 */
export async function readCaseLines(
  body: ReadableStream<Uint8Array<ArrayBuffer>>,
  builder: CaseColumnsBuilder,
  options: { source: string; signal?: AbortSignal; progressEvery?: number; onProgress?: (records: number) => void },
): Promise<void> {
  const { source, signal } = options;
  const every = Math.max(1, options.progressEvery ?? 2000);
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let carry = '';
  let lineNo = 0;
  let nextProgress = builder.length + every;
  const take = (line: string): void => {
    lineNo++;
    const first = line.charCodeAt(0);
    // Blank or whitespace-only lines carry nothing.
    if (line.length === 0 || ((first === 32 || first === 9 || first === 13) && line.trim() === '')) return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      throw new DataError('schema', `Invalid JSON on line ${lineNo} of ${source}: ${(e as Error).message}`, { source: `${source}#line=${lineNo}`, cause: e });
    }
    builder.appendOne(record as CaseInput);
  };
  let finished = false;
  try {
    for (;;) {
      if (signal?.aborted) throw aborted(source);
      let r: ReadableStreamReadResult<string>;
      try {
        r = await reader.read();
      } catch (e) {
        throw signal?.aborted ? aborted(source) : toDataError(e, source);
      }
      if (r.done) break;
      const text = carry + r.value;
      let start = 0;
      for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
        take(text.slice(start, nl));
        start = nl + 1;
      }
      carry = text.slice(start);
      if (builder.length >= nextProgress) {
        options.onProgress?.(builder.length);
        nextProgress = builder.length + every;
      }
    }
    if (carry !== '') take(carry);
    options.onProgress?.(builder.length);
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/**
 * Streams `GET {api}/cases.ndjson` into `builder` with {@link readCaseLines}: the whole response
 * never exists as one string or one array. With `validate: 'schema'` (or when the server has no
 * NDJSON endpoint) it goes through `HttpSource.cases()`, which validates every record with the
 * `CaseFile` schema (and pages through `/cases` when NDJSON is missing). `url` reads another NDJSON
 * document instead (records are still checked field by field). Returns the bytes read.
 */
export async function ingestHttp(
  api: string,
  query: PeriodQuery,
  builder: CaseColumnsBuilder,
  options: IngestOptions & { validate?: 'fields' | 'schema'; chunkSize?: number; url?: string } = {},
): Promise<number> {
  const { signal, onProgress } = options;
  const base = api.replace(/\/+$/, '');
  const viaSource = async () => {
    const source = new HttpSource({ api: base, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}) });
    await ingestCases(source, query, builder, options);
    return 0;
  };
  if (options.validate === 'schema' && !options.url) return viaSource();
  let source: string;
  if (options.url) source = new URL(options.url, globalThis.location?.href).toString();
  else {
    const url = new URL(`${base}/cases.ndjson`, globalThis.location?.href);
    url.searchParams.set('from', query.from);
    url.searchParams.set('to', query.to);
    if (query.unitId) url.searchParams.set('unitId', query.unitId);
    source = url.toString();
  }
  let res: Response;
  try {
    res = await (options.fetch ?? globalThis.fetch)(source, { signal: signal ?? null, headers: { Accept: 'application/x-ndjson' } });
  } catch (e) {
    throw toDataError(e, source);
  }
  if (res.status === 404 && !options.url) {
    await res.body?.cancel();
    return viaSource();
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    throw new DataError('http', `HTTP ${res.status} from ${source}`, { status: res.status, source });
  }
  let bytes = 0;
  const body = counting(res.body, (n) => (bytes = n));
  await readCaseLines(body, builder, {
    source,
    ...(signal ? { signal } : {}),
    ...(options.chunkSize ? { progressEvery: options.chunkSize } : {}),
    onProgress: (records) => onProgress?.(records, bytes),
  });
  return bytes;
}
