import { waitUntil as waitUntilOnce } from '@open-wc/testing';
import { MemorySource } from '../../src/data/adapters/memory/index.js';
import { setDefaultSource } from '../../src/data/registry.js';
import type { DataSource, PeriodQuery } from '../../src/data/ports.js';
import type { CaseFile } from '../../src/data/schemas/case-file.js';
import { generateSeed, type SeedData } from '../../src/data/seed/index.js';
import { caseColumns } from '../../src/core/kpi/columns.js';
import { attachFeedback } from '../../src/core/kpi/feedback.js';
import { computeKpis, kpiOrgContext, type KpiData, type KpiQuery } from '../../src/core/kpi/engine.js';
import { procedureFacts } from '../../src/core/kpi/procedures.js';
import { VN_HOLIDAYS } from '../../src/core/time/index.js';
import { kpiDatasets } from '../../src/controllers/kpi-data-loader.js';
import { ManualClock } from '../helpers/manual-clock.js';

export { ManualClock };

/** 10:00 on Monday 16 November 2026 in Hạ Long: "now" of every KPI test. */
export const NOW = Date.parse('2026-11-16T10:00:00+07:00');
const DAY = 86_400_000;

let seed: { data: SeedData; cases: CaseFile[] } | undefined;

/** A year of demo dossiers up to {@link NOW} (6 000 a year, so tests stay quick), generated once per file. */
export function demo(): { data: SeedData; cases: CaseFile[] } {
  if (!seed) {
    const data = generateSeed({ from: NOW - 365 * DAY, to: NOW, casesPerYear: 6000 });
    seed = { data, cases: [...data.cases].flat() };
  }
  return seed;
}

/** A MemorySource over the demo year. */
export function demoSource(clock?: ManualClock): MemorySource {
  const { data, cases } = demo();
  return new MemorySource({ org: data.org, procedures: data.procedures, cases, ratings: data.ratings, petitions: data.petitions, ...(clock ? { clock } : {}) });
}

/**
 * The engine's input built directly from the demo year (what the elements must agree with). With
 * `until`, only ratings and petitions made before it: the figures as they were known then (elements
 * load a period's feedback up to the period's end).
 */
export function demoKpiData(until?: number): KpiData {
  const { data, cases } = demo();
  const cols = caseColumns(cases, { calendar: { offsetMinutes: 420, holidays: VN_HOLIDAYS } });
  const ratings = until === undefined ? data.ratings : data.ratings.filter((r) => Date.parse(r.createdAt) < until);
  const petitions = until === undefined ? data.petitions : data.petitions.filter((p) => Date.parse(p.receivedAt) < until);
  return {
    cases: cols,
    feedback: attachFeedback(cols, ratings, petitions),
    procedures: procedureFacts(data.procedures),
    ratings,
    petitions,
    org: kpiOrgContext(data.org),
  };
}

/** Runs a query on {@link demoKpiData} (feedback known until `until`). */
export function expected(query: KpiQuery, until?: number) {
  return computeKpis(demoKpiData(until), query);
}

/**
 * A source that forwards to another until {@link hold} is called; then every call waits until
 * {@link release} (a back end that stopped answering, without failing).
 */
export class GatedSource implements DataSource {
  readonly kind = 'gated';
  private gate?: Promise<void>;
  private open?: () => void;
  calls = 0;
  constructor(private readonly inner: MemorySource) {}
  hold(): void {
    this.gate ??= new Promise((r) => (this.open = r));
  }
  release(): void {
    this.open?.();
    this.gate = undefined;
  }
  private async wait(): Promise<void> {
    this.calls++;
    if (this.gate) await this.gate;
  }
  async org(signal?: AbortSignal) { await this.wait(); return this.inner.org(signal); }
  async procedures(signal?: AbortSignal) { await this.wait(); return this.inner.procedures(signal); }
  async procedure(code: string, signal?: AbortSignal) { await this.wait(); return this.inner.procedure(code, signal); }
  snapshot(unitId: string, signal?: AbortSignal) { return this.inner.snapshot(unitId, signal); }
  subscribe(...a: Parameters<MemorySource['subscribe']>) { this.inner.subscribe(...a); }
  command(...a: Parameters<MemorySource['command']>) { return this.inner.command(...a); }
  submitBatch(...a: Parameters<MemorySource['submitBatch']>) { return this.inner.submitBatch(...a); }
  async ratings(q: PeriodQuery, signal?: AbortSignal) { await this.wait(); return this.inner.ratings(q, signal); }
  async petitions(q: PeriodQuery, signal?: AbortSignal) { await this.wait(); return this.inner.petitions(q, signal); }
  async *cases(q: PeriodQuery, signal?: AbortSignal) {
    await this.wait();
    yield* this.inner.cases(q, signal);
  }
  caseStatus(code: string, signal?: AbortSignal) { return this.inner.caseStatus(code, signal); }
}

/** Makes `source` the page default for the next elements (and forgets shared loads of earlier tests). */
export function useSource<S extends DataSource>(source: S): S {
  setDefaultSource(source);
  kpiDatasets.clear(source);
  return source;
}

/** The text of an element's shadow root, whitespace collapsed. */
export function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * `waitUntil` with a 10 s default: loads run through a real Worker and IndexedDB-free sources, but on a
 * shared two-core machine a first Worker start can take more than the default second.
 */
export function waitUntil(predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return waitUntilOnce(predicate, message, { timeout: 10_000, ...options });
}

/** Waits until a data-bound KPI element has loaded. */
export async function loaded(el: Element & { updateComplete: Promise<unknown> }, what = 'figures'): Promise<void> {
  await waitUntil(() => (el as unknown as { fetchedAt?: number }).fetchedAt !== undefined, `no ${what} loaded`, { timeout: 20_000 });
  await el.updateComplete;
}

/** A query-able shadow root. */
export function $(el: Element, sel: string): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>(sel) ?? null;
}
