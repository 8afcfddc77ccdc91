// What an npm consumer gets: per-family entries whose builds hold only that family (checked in the
// browser by which elements get defined, and in the code by the absence of Chart.js), type
// declarations with every element in HTMLElementTagNameMap and every event in
// GlobalEventHandlersEventMap, and custom-elements.json referenced from package.json.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { launchBrowser, watchedPage } from './lib/browser.mjs';
import { buildConsumer, consumerFolder } from './lib/consumer.mjs';
import { manifestTags } from './lib/hosts.mjs';
import { DIST, PKG } from './lib/paths.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(DIST, 'custom-elements.json'), 'utf8'));

/** Parts another element loads on demand: not defined by importing a family. */
const LAZY = new Set(['hcc-rating-settings']);

/** Which tags belong to which family entry. */
const FAMILIES = {
  rating: (t) => t.startsWith('hcc-rating-'),
  queue: (t) => t === 'hcc-queue-board' || t === 'hcc-counter-console',
  kpi: (t) => t.startsWith('hcc-kpi-'),
  procedure: (t) => t.startsWith('hcc-procedure-') || t.startsWith('hcc-dossier-') || t === 'hcc-qr-code',
  'data-source': (t) => t === 'hcc-data-source',
};

/** Strings only Chart.js's code has; they survive minification. */
const CHART_JS = ['$chartjs', 'Canvas is already in use'];

let folder;
let browser;

before(async () => {
  folder = consumerFolder();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  folder?.remove();
});

/** Loads a built consumer in Chromium; the hcc-* elements it defined, and any problem. */
async function definedBy(built) {
  writeFileSync(join(built.outDir, 'index.html'), `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>consumer</title><link rel="icon" href="data:,"><script type="module" src="./${built.entry}"></script></head><body></body></html>`);
  const server = await startStaticServer({ mounts: [['/', built.outDir]] });
  const w = await watchedPage(browser);
  try {
    await w.page.goto(`${server.origin}/index.html`);
    await w.page.waitForLoadState('load');
    const tags = await w.page.evaluate((all) => all.filter((t) => customElements.get(t)), manifestTags());
    return { tags, problems: w.problems() };
  } finally {
    await w.context.close();
    await server.close();
  }
}

describe('npm consumers', { timeout: 600_000 }, () => {
  const tags = manifestTags();

  for (const [family, belongs] of Object.entries(FAMILIES)) {
    it(`import 'hcc-widgets/${family}' defines the ${family} elements and nothing of the other families`, async () => {
      const built = await buildConsumer(folder.dir, family, `import 'hcc-widgets/${family}';\n`);
      const { tags: defined, problems } = await definedBy(built);
      assert.deepEqual(problems, []);
      const own = tags.filter((t) => belongs(t) && !LAZY.has(t));
      assert.deepEqual(defined.filter(belongs).sort(), own.sort(), `every ${family} element is defined`);
      assert.deepEqual(defined.filter((t) => !belongs(t)), [], `no element of another family is defined`);
      if (family !== 'kpi') {
        for (const marker of CHART_JS) assert.ok(!built.code.includes(marker), `no Chart.js code (found "${marker}") in the ${family}-only build`);
      }
    });
  }

  it("import 'hcc-widgets' defines every element, and Chart.js comes along only there", async () => {
    const built = await buildConsumer(folder.dir, 'all', `import 'hcc-widgets';\n`);
    const { tags: defined, problems } = await definedBy(built);
    assert.deepEqual(problems, []);
    assert.deepEqual(defined.sort(), tags.filter((t) => !LAZY.has(t)).sort());
    assert.ok(CHART_JS.every((m) => built.code.includes(m)), 'the markers do find Chart.js when it is there');
  });

  it("the KPI family's Chart.js registers its parts in a consumer's build (charts draw)", async () => {
    const built = await buildConsumer(
      folder.dir,
      'charts',
      [
        "import { loadChartJs } from 'hcc-widgets/kpi';",
        'const Chart = await loadChartJs();',
        "for (const type of ['bar', 'line', 'doughnut']) {",
        "  const canvas = document.body.appendChild(document.createElement('canvas'));",
        "  new Chart(canvas, { type, data: { labels: ['a', 'b'], datasets: [{ data: [1, 2] }] }, options: { animation: false } });",
        '}',
        "document.body.dataset.charts = 'drawn';",
      ].join('\n'),
    );
    writeFileSync(join(built.outDir, 'index.html'), `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>charts</title><link rel="icon" href="data:,"><script type="module" src="./${built.entry}"></script></head><body></body></html>`);
    const server = await startStaticServer({ mounts: [['/', built.outDir]] });
    const w = await watchedPage(browser);
    try {
      await w.page.goto(`${server.origin}/index.html`);
      await w.page.waitForFunction(() => document.body.dataset.charts === 'drawn' || document.body.dataset.failed, null, { timeout: 20_000 }).catch(() => undefined);
      assert.deepEqual(w.problems(), []);
      assert.equal(await w.page.evaluate(() => document.body.dataset.charts), 'drawn');
    } finally {
      await w.context.close();
      await server.close();
    }
  });

  it('a pure-logic import (hcc-widgets/core) defines no element and holds no custom-element code', async () => {
    const built = await buildConsumer(folder.dir, 'core-only', `import { formatNumber } from 'hcc-widgets/core';\nconsole.log(formatNumber(1234.5, 'vi'));\n`);
    const { tags: defined } = await definedBy(built);
    assert.deepEqual(defined, []);
    assert.ok(!/customElements\.define|attachShadow/.test(built.code), 'no custom element code');
  });
});

describe('package.json and type declarations', { timeout: 600_000 }, () => {
  it('references custom-elements.json, which lists every element the bundle defines', () => {
    assert.equal(pkg.customElements, './dist/custom-elements.json');
    assert.ok(existsSync(join(PKG, pkg.customElements)));
    assert.ok(manifest.modules.length > 0);
    for (const tag of ['hcc-rating-form', 'hcc-queue-board', 'hcc-kpi-card', 'hcc-procedure-search', 'hcc-data-source']) assert.ok(manifestTags().includes(tag), tag);
  });

  it('exports every family entry with its type declarations', () => {
    for (const entry of ['.', './rating', './queue', './kpi', './procedure', './data-source', './i18n', './core', './data', './react']) {
      const spec = entry === '.' ? pkg.exports['.'] : pkg.exports[entry] ?? pkg.exports['./*'];
      assert.ok(spec, `exports has ${entry}`);
      const name = entry === '.' ? 'index' : entry.slice(2);
      const js = ['core', 'data'].includes(name) ? `dist/${name}.js` : `dist/${name}.js`;
      const dts = ['core', 'data'].includes(name) ? `dist/types/src/${name}/index.d.ts` : `dist/types/src/${name}.d.ts`;
      assert.ok(existsSync(join(PKG, js)), js);
      assert.ok(existsSync(join(PKG, dts)), dts);
    }
  });

  it('a TypeScript consumer sees every element in HTMLElementTagNameMap and every event in GlobalEventHandlersEventMap', () => {
    const events = new Map();
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) {
        if (!d.tagName) continue;
        for (const e of d.events ?? []) if (e.name?.startsWith('hcc-')) events.set(e.name, d.tagName);
      }
    }
    const lines = [
      "import 'hcc-widgets';",
      "import type { RatingForm } from 'hcc-widgets/react';",
      'type Has<K extends string, M> = K extends keyof M ? true : false;',
      'type Custom<E> = E extends CustomEvent<unknown> ? true : false;',
      'export type Wrapper = typeof RatingForm;',
      ...manifestTags().filter((t) => !LAZY.has(t)).map((t, i) => `export const tag${i}: Has<'${t}', HTMLElementTagNameMap> = true; // ${t}`),
      ...[...events.keys()].map((e, i) => `export const event${i}: Has<'${e}', GlobalEventHandlersEventMap> = true; // ${e} of <${events.get(e)}>`),
      ...[...events.keys()].map((e, i) => `export const custom${i}: Custom<GlobalEventHandlersEventMap['${e}' & keyof GlobalEventHandlersEventMap]> = true; // ${e}`),
    ];
    const dir = folder.dir;
    writeFileSync(join(dir, 'consumer.ts'), lines.join('\n') + '\n');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['consumer.ts'],
      }),
    );
    const r = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { cwd: dir, encoding: 'utf8' });
    const errors = (r.stdout + r.stderr)
      .split('\n')
      .filter((l) => l.includes('error TS'))
      .map((l) => {
        const m = /consumer\.ts\((\d+),/.exec(l);
        return m ? `${l.replace(/^.*error /, '')} ← ${lines[Number(m[1]) - 1].replace(/^.*\/\/ /, '')}` : l;
      });
    assert.deepEqual(errors, [], `type errors in a consumer:\n  ${errors.join('\n  ')}`);
  });
});
