/**
 * Bench page, ours: the KPI engine over a million tiled dossiers, on the main thread (the engine
 * itself) and through `KpiWorkerClient` (what a page runs).
 */
import { computeKpis } from '../../src/core/kpi/engine.js';
import { caseColumnsBytes, type CaseColumns } from '../../src/core/kpi/columns.js';
import type { ProcedureFact } from '../../src/core/kpi/procedures.js';
import { KpiWorkerClient } from '../../src/controllers/kpi-worker-client.js';
import { QUERY_766, baseData, digest766, tiled } from './kpi-data.js';

export interface Params {
  n: number;
}
export interface State {
  cols: CaseColumns;
  facts: ProcedureFact[];
  client: KpiWorkerClient;
}

export async function setup({ n }: Params): Promise<State> {
  const { base, facts } = baseData();
  const cols = tiled(base, n);
  const client = new KpiWorkerClient();
  // The worker gets its own copy (transferred); the main-thread figures keep `cols`.
  await client.loadColumns(tiled(base, n));
  await client.setData({ procedures: facts });
  return { cols, facts, client };
}

/** Timed: 766 scores by unit × month, one pass over the typed arrays on this thread. */
export function engine766({ cols, facts }: State): (string | number)[][] {
  return digest766(computeKpis({ cases: cols, procedures: facts }, QUERY_766));
}

/**
 * Timed: the same query through the worker (round trip, result cloned back). Scores are in every
 * group's values; detailed scorecards only for the total, as a grid of units × months needs.
 */
export async function worker766({ client }: State): Promise<(string | number)[][]> {
  return digest766(await client.query({ ...QUERY_766, scorecards: 'total' }));
}

/** For the heap figure: makes the harness run `setup`, returns the dossiers held. */
export function held({ cols }: State): number {
  return cols.length;
}

/**
 * Value: bytes per dossier of the columns (every typed array, sparse tables included) plus the
 * dictionaries' strings at 2 bytes a character and 32 bytes of overhead each.
 */
export function bytesPerRecord({ cols }: State): number {
  const dicts = [cols.units, cols.fields, cols.procedures, cols.officers, cols.agencies].flat();
  const dictBytes = dicts.reduce((s, x) => s + 32 + 2 * x.length, 0);
  return (caseColumnsBytes(cols) + dictBytes) / cols.length;
}
