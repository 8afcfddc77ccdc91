// The rating tablet: <hcc-rating-form> against SurveyJS (survey-core + survey-js-ui 2.5.38) asking the
// same three-level question, in the same browser and run. Built with code splitting (`split`), as a
// site serves them: our form loads its storage, data layer, settings and speech as separate chunks
// after the first render, so the size figure counts what loads before the form shows.

/** @type {import('../lib/suite.js').Suite} */
export default {
  title: 'Rating tablet: <hcc-rating-form> vs SurveyJS',
  split: true,
  entries: {
    entry: 'src/rating.ts',
    storage: 'bench/pages/rating-with-storage.ts',
    ours: 'bench/pages/rating-ours.ts',
    surveyjs: 'bench/pages/rating-surveyjs.ts',
    minimal: 'bench/pages/rating-lit-minimal.ts',
  },
  figures: ({ quick }) => {
    const taps = quick ? 10 : 30;
    const tap = (stat, target, backEnd = 'online') => ({
      name: `tap → stored, ${stat}${backEnd === 'offline' ? ', back end unreachable' : ''}`,
      kind: 'value',
      ours: { entry: 'ours', fn: 'tapToStored', label: backEnd === 'offline' ? 'hcc-rating-form, ratings piling up' : 'hcc-rating-form' },
      peer: { entry: 'surveyjs', fn: 'tapToStored', label: 'SurveyJS 2.5.38' },
      params: { taps, stat, backEnd },
      unit: 'ms',
      better: 'lower',
      ...(target ? { target } : {}),
      note:
        backEnd === 'offline'
          ? `The same while our back end refuses every send: ratings pile up (hundreds by the last run) and the outbox retries with backoff, reading and checking up to 100 queued ratings per attempt on the main thread; a tap may meet such an attempt.`
          : `${stat} over ${taps} citizens per run of the time from the tap (pointer and mouse events, then the click, on an answer) until the rating is committed to IndexedDB: ours through the outbox (schema check, strict durability) with a back end that accepts at once, so each rating is also sent in the background; SurveyJS on complete through idb-keyval set (default durability). Between citizens ours returns to start and lets that upload finish (citizens come seconds apart; the form enforces 5 s), SurveyJS is cleared.`,
    });
    return [
      {
        name: 'gzip size before the form shows',
        kind: 'size',
        ours: { entry: 'entry', label: 'src/rating.ts (lit included)' },
        peer: { entry: 'surveyjs', label: 'survey-core + survey-js-ui + CSS' },
        unit: 'KiB',
        // 25 kB = 24.41 KiB.
        target: [{ max: 24.41 }, { ratioMax: 0.1 }],
        note: 'gzip -9 of the family entry and the chunks it imports statically (lit included); the storage, data, settings, TT 01 and speech chunks load later.',
      },
      {
        name: 'gzip size before the first rating can be stored',
        kind: 'size',
        ours: { entry: 'storage', label: 'entry + outbox, Rating schema, IndexedDB' },
        peer: { entry: 'surveyjs', label: 'survey-core + survey-js-ui + CSS' },
        unit: 'KiB',
        note: 'The same plus the storage chunk (zod/mini Rating schema, RatingOutbox, idb-keyval) the form loads right after its first render.',
      },
      {
        name: 'time to ready',
        kind: 'ready',
        ours: { entry: 'ours', label: 'hcc-rating-form (answers rendered)' },
        peer: { entry: 'surveyjs', label: 'SurveyJS (answers rendered)' },
        unit: 'ms',
        target: { rate: 4, ratioMax: 0.125 },
        note: 'Fresh page, cold cache, until the answers are on screen and a tap is taken. Ours then opens its outbox in the background (the storage chunk and IndexedDB); a tap before that is stored once it is open.',
      },
      {
        name: 'JS heap over a blank page, storage open',
        kind: 'heap',
        ours: { entry: 'ours', fn: 'settled', label: 'hcc-rating-form + outbox' },
        peer: { entry: 'surveyjs', fn: 'settled', label: 'SurveyJS 2.5.38' },
        unit: 'KiB',
        target: { ratioMax: 0.05 },
        note: 'After load (ours: also its storage side, open) and forced GC, minus the same shell page with an empty entry. Ours includes the zod/mini Rating schema and the IndexedDB outbox, which SurveyJS does not have.',
      },
      {
        name: 'time to ready vs a minimal Lit form (calibration)',
        kind: 'ready',
        ours: { entry: 'ours', label: 'hcc-rating-form' },
        peer: { entry: 'minimal', label: 'minimal Lit form' },
        unit: 'ms',
        note: 'The floor of any Lit widget on this machine in this run: a heading and three buttons, nothing else. Shows how much of our time to ready is the page and Lit, and how much is the form.',
      },
      {
        name: 'JS heap vs a minimal Lit form (calibration)',
        kind: 'heap',
        ours: { entry: 'ours', fn: 'settled', label: 'hcc-rating-form + outbox' },
        peer: { entry: 'minimal', fn: 'settled', label: 'minimal Lit form' },
        unit: 'KiB',
        note: 'As above, for the heap: Lit itself and a rendered element.',
      },
      tap('p50'),
      tap('p95', { rate: 4, max: 50 }),
      tap('p95', undefined, 'offline'),
    ];
  },
};
