import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as z from 'zod/mini';
import { summariseIssues } from '../src/data/schemas/describe.js';

/**
 * What a route handler produces. Handlers never write to the socket themselves, so the fault injector
 * can decide, after the handler ran, to drop the connection or garble the body instead of sending it.
 */
export type Reply =
  | { kind: 'body'; status: number; headers: Record<string, string>; body: string | Buffer }
  | { kind: 'stream'; status: number; headers: Record<string, string>; run: StreamWriter };

/** A reply with its whole body at hand. */
export type BodyReply = Extract<Reply, { kind: 'body' }>;

/** Writes a streamed response (NDJSON, SSE). `malformed` asks it to put one unparseable record first. */
export type StreamWriter = (res: ServerResponse, opts: { malformed: boolean }) => Promise<void> | void;

const JSON_TYPE = 'application/json; charset=utf-8';

/** An error a handler throws to answer with `{"error": {code, message}}`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A JSON reply. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): BodyReply {
  return { kind: 'body', status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

/** A reply whose JSON text is already serialised (cached catalogue, stored documents). */
export function rawJson(text: string, status = 200, headers: Record<string, string> = {}): BodyReply {
  return { kind: 'body', status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: text };
}

/** The contract's error body. */
export function errorReply(status: number, code: string, message: string, headers: Record<string, string> = {}): BodyReply {
  return json({ error: { code, message: message.slice(0, 2000) } }, status, headers);
}

/** Sends a non-streamed reply. */
export function sendBody(res: ServerResponse, reply: BodyReply): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(body.length) });
  res.end(body);
}

/**
 * Validates `input` with a zod schema; on failure throws a 400 whose message names each field and what
 * was expected (`path: message`, one per line).
 */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return r.data as z.infer<S>;
  throw new HttpError(400, 'invalid', `Invalid ${what}:\n${summariseIssues(r.error.issues, 'en')}`);
}

/** Largest request body accepted (a full ratings batch of 500 is well under 1 MiB). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Reads and parses a JSON request body; 413 when too large, 400 when not JSON. */
export async function readJson(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(413, 'too_large', `Request body is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, 'too_large', `Request body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new HttpError(400, 'invalid_json', 'Request body is empty; a JSON document was expected');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new HttpError(400, 'invalid_json', `Request body is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * Waits until `res` can take more data, or resolves `false` when the client went away. Used by the
 * streamed responses so a slow reader holds back the producer instead of filling memory.
 */
export function drained(res: ServerResponse): Promise<boolean> {
  if (res.destroyed || res.writableEnded) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}
