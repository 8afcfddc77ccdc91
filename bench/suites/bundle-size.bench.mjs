// What the package costs a page, measured on dist/ as npm publishes it (built first when missing or
// older than its sources): the single-file bundle of the one-tag embed, each family entry with all
// its exports (lit, zod, Chart.js … included), and an application that imports only one family
// (`import 'hcc-widgets/rating'`, package.json sideEffects applied). Code split as a site serves it:
// a figure is the entry plus the chunks it imports statically, what loads before the widgets show;
// chunks loaded later (the local demo source and its seed generator, the outbox, Chart.js, the
// settings) are listed under `entries.<key>.lazy` in latest.json. The KPI worker is a separate file
// and not counted. That unused families are absent from a one-family build is asserted by
// test/e2e/packaging.test.mjs, not here.
import { ensureDist } from '../../test/e2e/lib/dist.mjs';

// Build dist/ only when this suite is going to run (not for --list or another suite's run).
const args = process.argv.slice(2);
const suites = args.flatMap((a, i) => (a === '--suite' ? (args[i + 1] ?? '').split(',') : a.startsWith('--suite=') ? a.slice(8).split(',') : []));
if (!args.includes('--list') && !args.includes('--help') && !args.includes('-h') && (suites.length === 0 || suites.includes('bundle-size'))) {
  ensureDist(undefined, (line) => console.log(`bundle-size: ${line}`));
}

// 120 kB and 25 kB in KiB (the report's unit).
const KB = 1000 / 1024;

/** @type {import('../lib/suite.js').Suite} */
export default {
  title: 'Package size: the single bundle, the family entries and one-family applications (gzip -9)',
  split: true,
  entries: {
    bundle: 'dist/hcc-widgets.bundle.js',
    index: 'dist/index.js',
    rating: 'dist/rating.js',
    queue: 'dist/queue.js',
    kpi: 'dist/kpi.js',
    procedure: 'dist/procedure.js',
    onlyRating: 'bench/pages/consumer-rating.mjs',
    onlyQueue: 'bench/pages/consumer-queue.mjs',
    onlyKpi: 'bench/pages/consumer-kpi.mjs',
    onlyProcedure: 'bench/pages/consumer-procedure.mjs',
  },
  figures: () => [
    {
      name: 'single-file bundle (one script tag, every widget)',
      kind: 'size',
      ours: { entry: 'bundle', label: 'dist/hcc-widgets.bundle.js' },
      unit: 'KiB',
      target: { max: 120 * KB },
      note: 'The file a CMS page loads with one tag: every element, lit, zod, idb-keyval, Chart.js, d3, lean-qr and the demo data generator inlined (target 120 kB).',
    },
    {
      name: 'hcc-widgets (root entry, all exports)',
      kind: 'size',
      ours: { entry: 'index', label: 'dist/index.js + dependencies' },
      unit: 'KiB',
      note: 'import * from the package root: every family, core and data layer; lazy chunks excluded.',
    },
    ...['rating', 'queue', 'kpi', 'procedure'].map((family) => ({
      name: `family entry hcc-widgets/${family} (all exports)`,
      kind: 'size',
      ours: { entry: family, label: `dist/${family}.js + dependencies` },
      unit: 'KiB',
      note: `Every export of the ${family} entry kept, its dependencies bundled; lazy chunks excluded.`,
    })),
    {
      name: "only the rating form: import 'hcc-widgets/rating'",
      kind: 'size',
      ours: { entry: 'onlyRating', label: 'application importing the rating family' },
      unit: 'KiB',
      target: { max: 25 * KB },
      note: 'What an application pays for the rating tablet alone before the form shows (target 25 kB); no other family and no Chart.js in it (test/e2e/packaging.test.mjs).',
    },
    ...[
      ['onlyQueue', 'queue', 'the hall board and counter console'],
      ['onlyKpi', 'kpi', 'the KPI screens (Chart.js loads with the first chart)'],
      ['onlyProcedure', 'procedure', 'the citizen procedure guide'],
    ].map(([entry, family, what]) => ({
      name: `only ${what}: import 'hcc-widgets/${family}'`,
      kind: 'size',
      ours: { entry, label: `application importing the ${family} family` },
      unit: 'KiB',
      note: `An application that imports the ${family} family only.`,
    })),
  ],
};
