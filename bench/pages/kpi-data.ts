/**
 * Bench data for the KPI suite: one year of the seed generator's Hạ Long dossiers (40,000, ending
 * 2026-03-01), tiled to any size. Copy k of a row moves it to another unit (unit index shifted by
 * 11 k), so a million dossiers spread over every unit and month. Both sides of a comparison start
 * from these same columns; the peer turns them into row objects.
 */
import { caseColumns, type CaseColumns } from '../../src/core/kpi/columns.js';
import { procedureFacts, type ProcedureFact } from '../../src/core/kpi/procedures.js';
import type { KpiQuery, KpiResult } from '../../src/core/kpi/engine.js';
import { VN_HOLIDAYS } from '../../src/core/time/index.js';
import { generateCases, demoProcedures } from '../../src/data/seed/index.js';

export const CALENDAR = { offsetMinutes: 420, holidays: VN_HOLIDAYS };
/** Decision 766 by unit × month over the seed year. */
export const QUERY_766: KpiQuery = { from: '2025-03-01', to: '2026-03-01', groupBy: ['unit', 'month'], families: ['766'] };

/** The seed year as columns, and the catalogue's facts. */
export function baseData(): { base: CaseColumns; facts: ProcedureFact[] } {
  const base = caseColumns(
    (function* () {
      for (const chunk of generateCases({ to: '2026-03-01', casesPerYear: 40_000 })) yield* chunk;
    })(),
    { calendar: CALENDAR },
  );
  return { base, facts: procedureFacts(demoProcedures()) };
}

/** `n` rows tiled from `base`, copy k shifted by 11 k units. */
export function tiled(base: CaseColumns, n: number): CaseColumns {
  const len = base.length;
  const units = base.units.length - 1;
  const copyArr = <T extends Uint8Array | Uint16Array | Uint32Array>(a: T, map?: (v: number, k: number) => number): T => {
    const out = new (a.constructor as new (n: number) => T)(n);
    for (let i = 0; i < n; i++) {
      const k = Math.floor(i / len);
      const v = a[i - k * len] as number;
      out[i] = map ? map(v, k) : v;
    }
    return out;
  };
  const sparse = (rows: Uint32Array, ...vals: Uint32Array[]) => {
    const outRows: number[] = [];
    const outVals: number[][] = vals.map(() => []);
    for (let k = 0; k * len < n; k++) {
      for (let s = 0; s < rows.length; s++) {
        const r = (rows[s] as number) + k * len;
        if (r >= n) break;
        outRows.push(r);
        vals.forEach((v, j) => outVals[j]!.push(v[s] as number));
      }
    }
    return [Uint32Array.from(outRows), ...outVals.map((v) => Uint32Array.from(v))];
  };
  const [reschedRow, reschedAt] = sparse(base.reschedRow, base.reschedAt);
  const [supRow, supRequested, supCompleted] = sparse(base.supRow, base.supRequested, base.supCompleted);
  const out: Record<string, unknown> = { ...base, length: n };
  const notPerRow = new Set(['reschedRow', 'reschedAt', 'supRow', 'supRequested', 'supCompleted']);
  // Every dense column (one entry per row) is tiled; the unit moves with the copy. Tables stay as they are.
  for (const [key, value] of Object.entries(base)) {
    if (!ArrayBuffer.isView(value) || notPerRow.has(key)) continue;
    const a = value as Uint8Array | Uint16Array | Uint32Array;
    if (a.length !== len) throw new Error(`column ${key} is not dense`);
    out[key] = key === 'unit' ? copyArr(a, (u, k) => ((u - 1 + 11 * k) % units) + 1) : copyArr(a);
  }
  Object.assign(out, { reschedRow, reschedAt, supRow, supRequested, supCompleted });
  return out as unknown as CaseColumns;
}

const GROUP_VALUES = ['score766CKMB', 'score766TDGQ', 'score766CLGQ', 'score766TTTT', 'score766MDSH', 'score766MDHL'] as const;

/** Scores per unit and month, compared between the sides: `[unit, month, total, CKMB … MDHL]`. */
export function digest766(r: KpiResult): (string | number)[][] {
  return r.groups.map((g) => [g.key.unit ?? '', g.key.month ?? '', g.values.score766 as number, ...GROUP_VALUES.map((k) => g.values[k] as number)]);
}
