/** @type {import('../lib/suite.js').Suite} */
export default {
  title: 'Demo data: deterministic seed generator (src/data/seed)',
  entries: { page: 'bench/pages/seed.ts', generator: 'src/data/seed/index.ts' },
  figures: ({ quick }) => {
    const params = { casesPerYear: quick ? 10_000 : 40_000 };
    const label = quick ? '10,000' : '40,000';
    return [
      {
        name: `one year of dossiers (${label})`,
        kind: 'time',
        entry: 'page',
        ours: { fn: 'yearOfCases', label: 'generateCases' },
        params,
        unit: 'ms',
        // First start seeds IndexedDB from this; a year must stay well under a second on a desktop.
        target: [{ rate: 1, max: 600 }],
        note: 'Hạ Long org, year ending 2026-03-01: simulation plus CaseFile objects with ISO stamps, iterated month by month.',
      },
      {
        name: `generateSeed: ratings and petitions pass (${label})`,
        kind: 'time',
        entry: 'page',
        ours: { fn: 'seedWithoutCases', label: 'generateSeed' },
        params,
        unit: 'ms',
        target: [{ rate: 1, max: 400 }],
        note: 'generateSeed simulates the year once for ratings and petitions; dossiers stay lazy until iterated.',
      },
      {
        name: `first start: generateSeed and its dossiers (${label})`,
        kind: 'time',
        entry: 'page',
        ours: { fn: 'fullSeed', label: 'generateSeed + cases' },
        params,
        unit: 'ms',
        target: [{ rate: 1, max: 1000 }],
      },
      {
        name: 'generator size',
        kind: 'size',
        ours: { entry: 'generator', label: 'src/data/seed/index.ts' },
        note: 'gzip size of the generator with its procedure catalogue and unit list; the local source loads it lazily on first run.',
      },
    ];
  },
};
