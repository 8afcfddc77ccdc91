// The hall screen: <hcc-queue-board> at 1920×1080 updating live on a busy hall. No peer runs here
// (the hall-screen peers, NovoSGA's panel, Qmatic and TheQ, are server apps, not embeddable
// libraries), so the figures are absolute, with targets from the hall-screen issue.

/** @type {import('../lib/suite.js').Suite} */
export default {
  title: 'Hall screen: <hcc-queue-board> updates',
  // Code splitting as a site serves it: the embedded local source (and its demo-data generator) and
  // the HTTP adapter are loaded only by the pages that use them.
  split: true,
  entries: { page: 'bench/pages/queue-board.ts', entry: 'src/queue.ts' },
  figures: ({ quick }) => {
    const n = quick ? 30 : 100;
    return [
      {
        name: 'script time per update, 200 tickets at 10 updates/s',
        kind: 'value',
        ours: { entry: 'page', fn: 'updates', label: 'hcc-queue-board' },
        params: { n, perSecond: 10 },
        unit: 'ms',
        better: 'lower',
        target: { rate: 1, max: 4 },
        note: `Mean over ${n} engine events per run, paced at 10 a second, of the time from handing an event to the data layer (schema check, fold into the queue state, announcement decision) until the board re-rendered (view model with wait estimates, Lit update); the hall holds about 200 tickets.`,
      },
      {
        name: 'blocking time over 10 s of updates at 10/s',
        kind: 'longtasks',
        ours: { entry: 'page', fn: 'updates', label: 'hcc-queue-board' },
        params: { n: quick ? 30 : 100, perSecond: 10 },
        unit: 'ms',
        target: { rate: 1, max: 0 },
        note: 'Sum of long tasks beyond 50 ms while the board takes the same stream (layout and paint included): any blocking would delay the flash and the clock.',
      },
      {
        name: 'gzip size of the queue family',
        kind: 'size',
        ours: { entry: 'entry', label: 'src/queue.ts (lit and zod/mini included)' },
        unit: 'KiB',
        note: 'gzip -9 of the family entry and the chunks it imports statically (board, counter console, queue engine, schemas, lit); the data adapters load on demand.',
      },
    ];
  },
};
