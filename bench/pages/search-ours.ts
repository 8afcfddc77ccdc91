/**
 * Bench page: our search (src/core/search), configured exactly as `<hcc-procedure-search>` uses it:
 * the procedure index (title, code, keywords, lĩnh vực; facets; popularity) and `search()` with facet
 * counts, 20 hits.
 */
import { buildProcedureIndex, search } from '../../src/core/search/index.js';
import { keystrokeLatency, makeState, rebuild, recall, type Params, type State } from './search-common.js';

/** Builds the synthetic catalogue and its index. */
export function setup(params: Params): State {
  return makeState(params, (catalogue) => {
    const index = buildProcedureIndex(catalogue);
    return {
      engine: (q, limit) => search(index, q, { limit }).hits.map((h) => h.item.ten_thu_tuc),
      reset: () => index.memo.clear(),
    };
  });
}

/** Index build time over the catalogue. */
export function build(state: State): number {
  return rebuild(state, (catalogue) => buildProcedureIndex(catalogue));
}

export { keystrokeLatency, recall };
