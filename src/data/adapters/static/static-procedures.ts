import * as z from 'zod/mini';
import type { ProcedurePort } from '../../ports.js';
import { DataError, parseWith } from '../../errors.js';
import { Procedure } from '../../schemas/procedure.js';
import type { PayloadIssue } from '../../schemas/describe.js';
import { HttpClient } from '../http/http-client.js';

/** A catalogue record that was left out, and why. */
export interface RejectedProcedure {
  /** Position in the catalogue's array. */
  index: number;
  /** `ma_thu_tuc` of the record, when it had a string one. */
  code?: string;
  /** What was wrong, in Vietnamese and English. */
  issues: { vi: PayloadIssue[]; en: PayloadIssue[] };
}

/** Settings of a {@link StaticProcedureSource}. */
export interface StaticProcedureSourceOptions {
  /** URL of the catalogue JSON, absolute or relative to the page. */
  url: string;
  /** The fetch implementation (default `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
  /** Time allowed per attempt, ms (default 10 000). */
  timeoutMs?: number;
}

/** The outer shape: `{procedures: [...]}` or a bare array. Records are checked one by one afterwards. */
const CatalogueEnvelope = z.union([
  z.object({ procedures: z.array(z.unknown()).check(z.maxLength(20000)) }),
  z.array(z.unknown()).check(z.maxLength(20000)),
]);

/**
 * A {@link ProcedurePort} from a static catalogue JSON (an export of the national database, or a
 * hand-made file): `{procedures: [...]}` or a bare array. Each record is validated on its own, so one
 * bad record does not take the whole guide down: valid records are served, the others are listed in
 * {@link rejected}. A later record with an already-seen code is rejected as a duplicate. The file is
 * fetched once; a failed load is retried on the next call. A catalogue whose every record is invalid
 * rejects with `schema`.
 */
export class StaticProcedureSource implements ProcedurePort {
  readonly kind = 'static';
  readonly url: string;
  /** Records left out of the last successful load. */
  rejected: RejectedProcedure[] = [];
  private readonly client: HttpClient;
  private loading: Promise<Map<string, Procedure>> | undefined;

  constructor(options: StaticProcedureSourceOptions) {
    this.url = options.url;
    this.client = new HttpClient({
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
  }

  /** Every valid procedure, in catalogue order. */
  async procedures(signal?: AbortSignal): Promise<Procedure[]> {
    return [...(await this.load(signal)).values()];
  }

  /** One procedure by national code; `not_found` when the catalogue has no valid record with it. */
  async procedure(code: string, signal?: AbortSignal): Promise<Procedure> {
    const p = (await this.load(signal)).get(code);
    if (!p) throw new DataError('not_found', `Procedure ${code} is not in ${this.url}`, { status: 404, source: this.url });
    return p;
  }

  private load(signal?: AbortSignal): Promise<Map<string, Procedure>> {
    if (signal?.aborted) return Promise.reject(new DataError('aborted', `Aborted: ${this.url}`, { source: this.url }));
    if (!this.loading) {
      // The first caller's signal is not passed on: the load is shared and cached for everyone.
      this.loading = this.client.getJson(this.url, CatalogueEnvelope).then((doc) => this.accept(Array.isArray(doc) ? doc : doc.procedures));
      this.loading.catch(() => {
        this.loading = undefined;
      });
    }
    return this.loading;
  }

  private accept(records: unknown[]): Map<string, Procedure> {
    const byCode = new Map<string, Procedure>();
    const rejected: RejectedProcedure[] = [];
    records.forEach((record, index) => {
      const raw = (record as { ma_thu_tuc?: unknown } | null)?.ma_thu_tuc;
      const code = typeof raw === 'string' ? raw : undefined;
      const parsed = parseWith(Procedure, record, `${this.url} [${index}]`);
      if (!parsed.ok) {
        rejected.push({ index, ...(code !== undefined ? { code } : {}), issues: parsed.error.issues ?? { vi: [], en: [] } });
      } else if (byCode.has(parsed.value.ma_thu_tuc)) {
        const c = parsed.value.ma_thu_tuc;
        const path = `[${index}].ma_thu_tuc`;
        rejected.push({
          index, code: c,
          issues: { vi: [{ path, message: `mã "${c}" bị trùng` }], en: [{ path, message: `id "${c}" is duplicated` }] },
        });
      } else byCode.set(parsed.value.ma_thu_tuc, parsed.value);
    });
    this.rejected = rejected;
    if (byCode.size === 0 && records.length > 0) {
      const first = rejected[0]!;
      throw new DataError('schema', `No valid procedure in ${this.url} (${records.length} rejected)`, { source: this.url, issues: first.issues });
    }
    return byCode;
  }
}
