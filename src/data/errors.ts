import type * as z from 'zod/mini';
import { describeIssues, summariseIssues, type PayloadIssue } from './schemas/describe.js';

/** Kinds of failure every adapter reports. Widgets render a localised message per kind. */
export type DataErrorKind = 'network' | 'http' | 'schema' | 'offline' | 'aborted' | 'quota' | 'storage' | 'not_found';

export interface DataErrorInit {
  /** HTTP status for `http` and `not_found`. */
  status?: number;
  /** Where the payload came from: a URL, an IndexedDB key, an SSE event name. */
  source?: string;
  /** Schema issues, in Vietnamese and English, for `schema`. */
  issues?: { vi: PayloadIssue[]; en: PayloadIssue[] };
  cause?: unknown;
}

/**
 * The one error type adapters reject with. Never thrown into rendering: controllers catch it and
 * expose it as state; components show `kind`-specific, localised text.
 */
export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly status?: number;
  readonly source?: string;
  readonly issues?: { vi: PayloadIssue[]; en: PayloadIssue[] };

  constructor(kind: DataErrorKind, message: string, init: DataErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'DataError';
    this.kind = kind;
    if (init.status !== undefined) this.status = init.status;
    if (init.source !== undefined) this.source = init.source;
    if (init.issues !== undefined) this.issues = init.issues;
  }

  /** Whether retrying later may succeed (network, 5xx, 408/429, offline, quota after cleanup). */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'offline') return true;
    if (this.kind === 'http') return this.status === undefined || this.status >= 500 || this.status === 408 || this.status === 429;
    return false;
  }
}

/** Narrowing helper. */
export function isDataError(e: unknown): e is DataError {
  return e instanceof DataError;
}

/** A parse outcome that never throws. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: DataError };

/**
 * Parses `input` with `schema`. On failure returns a `schema` DataError whose message names the
 * field paths and what was expected (English in `message`, both languages in `issues`).
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown, source: string): Parsed<z.infer<S>> {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, value: r.data as z.infer<S> };
  const issues = r.error.issues;
  return {
    ok: false,
    error: new DataError('schema', `Invalid data from ${source}:\n${summariseIssues(issues, 'en')}`, {
      source,
      issues: { vi: describeIssues(issues, 'vi'), en: describeIssues(issues, 'en') },
    }),
  };
}

/** Like {@link parseWith} but rejects with the DataError. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown, source: string): z.infer<S> {
  const r = parseWith(schema, input, source);
  if (!r.ok) throw r.error;
  return r.value;
}

/** Converts anything caught around I/O into a DataError. */
export function toDataError(e: unknown, source: string): DataError {
  if (e instanceof DataError) return e;
  const name = (e as { name?: string } | null)?.name;
  if (name === 'AbortError') return new DataError('aborted', `Aborted: ${source}`, { source, cause: e });
  if (name === 'TimeoutError') return new DataError('network', `Timed out: ${source}`, { source, cause: e });
  if (name === 'QuotaExceededError') return new DataError('quota', `Storage is full: ${source}`, { source, cause: e });
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'NotFoundError' || name === 'SecurityError')
    return new DataError('storage', `Storage unavailable: ${source}`, { source, cause: e });
  if (e instanceof TypeError) return new DataError('network', `Network error: ${source}`, { source, cause: e });
  return new DataError('network', `${source}: ${String((e as Error)?.message ?? e)}`, { source, cause: e });
}
