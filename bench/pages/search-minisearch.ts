/**
 * Bench page: MiniSearch 7 given the best setup we know for Vietnamese: the same fields, every term
 * folded with our `foldVietnamese` (MiniSearch has no Vietnamese folding of its own and keeps `đ`),
 * prefix and fuzzy (0.2) matching, title boosted, AND with an OR fallback when AND finds nothing.
 */
import MiniSearch from 'minisearch';
import { foldVietnamese } from '../../src/core/search/fold.js';
import type { SyntheticProcedure } from './search-catalogue.js';
import { keystrokeLatency, makeState, rebuild, recall, type Params, type State } from './search-common.js';

/** Builds the synthetic catalogue and a MiniSearch index over it. */
export function setup(params: Params): State {
  return makeState(params, (catalogue) => {
    const ms = index(catalogue);
    const byCode = new Map(catalogue.map((p) => [p.ma_thu_tuc, p.ten_thu_tuc]));
    return {
      engine: (q, limit) => {
        let hits = ms.search(q);
        if (hits.length === 0) hits = ms.search(q, { combineWith: 'OR' });
        return hits.slice(0, limit).map((h) => byCode.get(String(h.id))!);
      },
    };
  });
}

function index(catalogue: SyntheticProcedure[]): MiniSearch<SyntheticProcedure> {
  const ms = new MiniSearch<SyntheticProcedure>({
    idField: 'ma_thu_tuc',
    fields: ['ten_thu_tuc', 'ma_thu_tuc', 'tu_khoa', 'linh_vuc'],
    extractField: (doc, field) => {
      const v = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(v) ? v.join(' ') : String(v ?? '');
    },
    processTerm: (term) => foldVietnamese(term),
    searchOptions: { boost: { ten_thu_tuc: 10, ma_thu_tuc: 10, tu_khoa: 6, linh_vuc: 3 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  ms.addAll(catalogue);
  return ms;
}

/** Index build time over the catalogue. */
export function build(state: State): number {
  return rebuild(state, index);
}

export { keystrokeLatency, recall };
