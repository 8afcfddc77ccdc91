import type * as z from 'zod/mini';
import { DataError, parseWith, toDataError } from '../../errors.js';

/** Settings of {@link readNdjson}. */
export interface NdjsonOptions {
  /** Records per yielded chunk (default 2 000). */
  chunkSize?: number;
  /** Named in error messages (usually the URL). */
  source: string;
}

/** Default records per chunk: large enough to amortise per-chunk work, small enough to keep memory flat. */
export const NDJSON_CHUNK = 2_000;

/**
 * Reads newline-delimited JSON from a byte stream, validating each record with `schema` and yielding
 * arrays of at most `chunkSize` records as they arrive. The body is decoded incrementally and never
 * held whole. A line that is not JSON or fails the schema ends the stream with a `schema` DataError
 * naming its line number (1-based); read failures reject with the stream's DataError. Blank lines are
 * skipped. Stopping early (`break`) cancels the body.
 */
export async function* readNdjson<S extends z.ZodMiniType>(
  body: ReadableStream<Uint8Array<ArrayBuffer>>,
  schema: S,
  options: NdjsonOptions,
): AsyncGenerator<z.infer<S>[], void, undefined> {
  const chunkSize = Math.max(1, options.chunkSize ?? NDJSON_CHUNK);
  const { source } = options;
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let chunk: z.infer<S>[] = [];
  let carry = '';
  let lineNo = 0;
  const take = (line: string): void => {
    lineNo++;
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (text.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new DataError('schema', `Invalid JSON on line ${lineNo} of ${source}: ${(e as Error).message}`, { source: `${source}#line=${lineNo}`, cause: e });
    }
    const parsed = parseWith(schema, data, `${source} line ${lineNo}`);
    if (!parsed.ok) {
      const err = parsed.error;
      throw new DataError('schema', `Line ${lineNo}: ${err.message}`, { source: `${source}#line=${lineNo}`, ...(err.issues ? { issues: err.issues } : {}) });
    }
    chunk.push(parsed.value);
  };
  let finished = false;
  try {
    for (;;) {
      let r: ReadableStreamReadResult<string>;
      try {
        r = await reader.read();
      } catch (e) {
        throw toDataError(e, source);
      }
      if (r.done) break;
      const text = carry + r.value;
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        take(text.slice(start, nl));
        start = nl + 1;
        if (chunk.length >= chunkSize) {
          const out = chunk;
          chunk = [];
          yield out;
        }
      }
      carry = text.slice(start);
    }
    if (carry !== '') take(carry);
    if (chunk.length > 0) yield chunk;
    finished = true;
  } finally {
    // On an early `break`, a bad line or an error, release the connection instead of draining it.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
