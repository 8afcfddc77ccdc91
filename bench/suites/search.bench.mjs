// Procedure search per keystroke: ours (src/core/search, as <hcc-procedure-search> uses it) against
// Fuse.js and MiniSearch, on a SYNTHETIC catalogue of 2,000 procedures (bench/pages/search-catalogue.ts:
// realistic Vietnamese titles, made-up 9.xxxxxx codes) and a labelled query set with and without
// diacritics, typos, abbreviations and filler words. Peers get the same fields and weights and our
// Vietnamese folding, their best setup for this data.

const PROCEDURES = 2000;

/** @type {import('../lib/suite.js').Suite} */
export default {
  title: 'Procedure search per keystroke: ours vs Fuse.js and MiniSearch',
  entries: { ours: 'bench/pages/search-ours.ts', fuse: 'bench/pages/search-fuse.ts', minisearch: 'bench/pages/search-minisearch.ts' },
  figures: ({ quick }) => {
    // Fuse.js takes tens of ms per keystroke (hundreds on a loaded host, four times that throttled):
    // type a spread-out subset of the labelled queries (about 140 keystrokes).
    const typed = quick ? 5 : 8;
    const latency = (stat, peer, target) => ({
      name: `${stat} per keystroke vs ${peer === 'fuse' ? 'Fuse.js' : 'MiniSearch'}`,
      kind: 'value',
      ours: { entry: 'ours', fn: 'keystrokeLatency', label: 'core/search' },
      peer: { entry: peer, fn: 'keystrokeLatency', label: peer === 'fuse' ? 'Fuse.js 7' : 'MiniSearch 7' },
      params: { procedures: PROCEDURES, stat, typed },
      unit: 'ms',
      better: 'lower',
      runs: quick ? 2 : peer === 'fuse' ? 3 : 5,
      ...(target ? { target } : {}),
      note: `${stat} of the latency of each keystroke while typing ${typed} labelled queries one key at a time over ${PROCEDURES.toLocaleString('en')} procedures; each prefix repeated for ≥ 2 ms and averaged; our query memo cleared before every repetition (no benefit from earlier keystrokes).`,
    });
    const recallFigure = (k, peer) => ({
      name: `recall@${k} vs ${peer === 'fuse' ? 'Fuse.js' : 'MiniSearch'}`,
      kind: 'value',
      ours: { entry: 'ours', fn: 'recall', label: 'core/search' },
      peer: { entry: peer, fn: 'recall', label: peer === 'fuse' ? 'Fuse.js 7' : 'MiniSearch 7' },
      params: { procedures: PROCEDURES, k },
      unit: '%',
      better: 'higher',
      // Deterministic: one run is the value.
      runs: 1,
      target: { rate: 1, ratioMin: 1 },
      note: `Share of the labelled queries (no diacritics, diacritics, typos, abbreviations, filler words) whose wanted procedure is among the first ${k} hits.`,
    });
    return [
      latency('p95', 'fuse', { ratioMax: 0.05 }),
      latency('p95', 'minisearch', { ratioMax: 1 }),
      latency('p50', 'fuse'),
      latency('p50', 'minisearch'),
      recallFigure(5, 'fuse'),
      recallFigure(5, 'minisearch'),
      recallFigure(1, 'fuse'),
      recallFigure(1, 'minisearch'),
      {
        name: `build the index of ${PROCEDURES.toLocaleString('en')} procedures`,
        kind: 'time',
        ours: { entry: 'ours', fn: 'build', label: 'core/search buildProcedureIndex' },
        peer: { entry: 'minisearch', fn: 'build', label: 'MiniSearch 7 addAll' },
        params: { procedures: PROCEDURES },
        unit: 'ms',
        runs: quick ? 2 : 5,
        note: 'Once per catalogue load, when the search widget receives the procedures.',
      },
    ];
  },
};
