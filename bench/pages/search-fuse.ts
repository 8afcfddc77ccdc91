/**
 * Bench page: Fuse.js 7 given the best setup we know for Vietnamese: the same fields and weights,
 * text and query folded with our `foldVietnamese` (Fuse's `ignoreDiacritics` leaves `đ`),
 * `ignoreLocation`, threshold 0.4.
 */
import Fuse from 'fuse.js';
import { foldVietnamese } from '../../src/core/search/fold.js';
import type { SyntheticProcedure } from './search-catalogue.js';
import { keystrokeLatency, makeState, rebuild, recall, type Params, type State } from './search-common.js';

/** Builds the synthetic catalogue and a Fuse index over it. */
export function setup(params: Params): State {
  return makeState(params, (catalogue) => {
    const fuse = index(catalogue);
    return { engine: (q, limit) => fuse.search(foldVietnamese(q), { limit }).map((r) => r.item.ten_thu_tuc) };
  });
}

function index(catalogue: SyntheticProcedure[]): Fuse<SyntheticProcedure> {
  return new Fuse<SyntheticProcedure>(catalogue, {
    keys: [
      { name: 'ten_thu_tuc', weight: 10 },
      { name: 'ma_thu_tuc', weight: 10 },
      { name: 'tu_khoa', weight: 6 },
      { name: 'linh_vuc', weight: 3 },
    ],
    ignoreLocation: true,
    threshold: 0.4,
    getFn: (doc, path) => {
      const v = Fuse.config.getFn(doc, path);
      return Array.isArray(v) ? v.map((x) => foldVietnamese(String(x))) : foldVietnamese(String(v ?? ''));
    },
  });
}

/** Index build time over the catalogue. */
export function build(state: State): number {
  return rebuild(state, index);
}

export { keystrokeLatency, recall };
