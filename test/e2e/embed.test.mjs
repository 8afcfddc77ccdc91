// The single bundle embedded by one <script type="module"> tag in three host pages: a plain page on
// the embedded local source, a portal page with hostile global CSS and a 62.5 % root font size that
// points its widgets at the reference server through <hcc-data-source>, and a page served with a
// strict Content Security Policy whose widgets carry their own `api`. In each: every element of the
// manifest is defined, every widget renders and is usable, axe finds nothing, nothing is logged as an
// error or blocked by the policy, the host page's own styles stay as they were, and the widgets look
// the same whatever the host's CSS and root font size. Loading the bundle twice changes nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, watchedPage } from './lib/browser.mjs';
import { HOSTS, startHostServer } from './lib/hosts.mjs';
import { startRefServer } from './lib/refserver.mjs';
import { WIDGET_PROPS, diffSnapshots, snapshotHost, snapshotWidgets } from './lib/styles.mjs';
import { specOf } from './widgets.mjs';

/** @type {Awaited<ReturnType<typeof startRefServer>>} */
let ref;
/** @type {Awaited<ReturnType<typeof startHostServer>>} */
let hosts;
/** @type {import('playwright-core').Browser} */
let browser;
/** A dossier the reference server knows. */
let dossierCode;

before(async () => {
  ref = await startRefServer();
  hosts = await startHostServer({ api: ref.api, apiOrigin: ref.origin });
  browser = await launchBrowser();
  const page = await (await fetch(`${ref.api}/cases?limit=1`)).json();
  dossierCode = page.items[0]?.code;
});

after(async () => {
  await browser?.close();
  await hosts?.close();
  await ref?.stop();
});

/** The widgets a page embeds (every manifest tag but containers and parts other widgets open), with their specs. */
const widgetSpecs = () => hosts.tags.map(specOf).filter((s) => !s.internal && !s.container);
/** Tags the bundle must define as soon as it is loaded (not the parts loaded when another widget opens them). */
const eagerTags = () => hosts.tags.filter((t) => !specOf(t).internal);

/** Context handed to a widget spec. */
function useContext(page, spec, mode) {
  return { page, el: page.locator(spec.tag).first(), mode, api: mode === 'local' ? undefined : ref.api, dossierCode: mode === 'local' ? undefined : dossierCode, admin: ref.admin };
}

/** Waits for every widget to show its content; names the ones that do not. */
async function allReady(page, mode) {
  const notReady = [];
  await Promise.all(
    widgetSpecs().map(async (spec) => {
      try {
        await spec.ready(useContext(page, spec, mode));
      } catch (e) {
        const defined = await page.evaluate((tag) => Boolean(customElements.get(tag)), spec.tag);
        notReady.push(`${spec.tag}: ${defined ? 'did not render its content' : 'is in custom-elements.json but the bundle does not define it'} (${String(e.message).split('\n')[0]})`);
      }
    }),
  );
  return notReady;
}

/** Rejects when `promise` takes longer than `ms`. */
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} took more than ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

/** Axe over the whole page (shadow trees included); violations as readable lines. */
async function axe(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} – ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

// HCC_E2E_HOSTS=plain,csp runs only those pages.
const only = process.env.HCC_E2E_HOSTS?.split(',').map((s) => s.trim());

for (const [name, host] of Object.entries(HOSTS).filter(([n]) => !only || only.includes(n))) {
  describe(`host page "${name}" (${host.mode === 'local' ? 'embedded local source' : host.mode === 'provider' ? '<hcc-data-source api>' : 'api attribute on each widget'})`, { timeout: 900_000 }, () => {
    /** @type {import('./lib/browser.mjs').Watched} */
    let w;
    let baseline;

    before(async () => {
      // The page as its owner made it, without the bundle: what the host's elements look like.
      const bare = await watchedPage(browser);
      await bare.page.goto(hosts.url(name, '?bundles=0'));
      baseline = await bare.page.evaluate(snapshotHost);
      await bare.context.close();

      w = await watchedPage(browser);
      await w.page.goto(hosts.url(name));
    });

    after(async () => {
      await w?.context.close();
    });

    it('defines every element of the manifest and every widget renders its content', async () => {
      const notReady = await allReady(w.page, host.mode);
      assert.deepEqual(notReady, [], `widgets that did not render:\n  ${notReady.join('\n  ')}\n${w.problems().join('\n')}`);
      const undefinedTags = await w.page.evaluate((tags) => tags.filter((t) => !customElements.get(t)), eagerTags());
      assert.deepEqual(undefinedTags, [], 'every tag of custom-elements.json is defined by the bundle');
    });

    it('embeds every element of the manifest: each widget, the wall\'s pages and, where the page uses one, the provider', async () => {
      const present = await w.page.evaluate(() => {
        const seen = new Set();
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.localName.startsWith('hcc-')) seen.add(el.localName);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        return [...seen];
      });
      // The settings of the rating tablet are opened (and closed) by its use below.
      const expected = hosts.tags.filter((t) => t !== 'hcc-rating-settings' && !(t === 'hcc-data-source' && host.mode === 'local'));
      assert.deepEqual(expected.filter((t) => !present.includes(t)), [], 'elements of the manifest missing from the page');
    });

    it('passes axe with every widget rendered', async () => {
      const violations = await axe(w.page);
      assert.deepEqual(violations, [], `axe:\n  ${violations.join('\n  ')}`);
    });

    it("leaves the host page's own styles, style sheets and attributes as they were", async () => {
      const now = await w.page.evaluate(snapshotHost);
      assert.deepEqual(diffSnapshots(baseline.elements, now.elements), [], 'computed styles of host elements changed');
      assert.equal(now.sheets, baseline.sheets, 'no style sheet added to the document');
      assert.equal(now.adopted, 0, 'no adopted style sheet on the document');
      assert.deepEqual(now.headTags, baseline.headTags, 'nothing added to <head>');
      assert.equal(now.fonts, baseline.fonts, 'no font faces added to the document');
      assert.equal(now.htmlAttrs, baseline.htmlAttrs, '<html> attributes unchanged');
      assert.equal(now.bodyAttrs, baseline.bodyAttrs, '<body> attributes unchanged');
    });

    it('widgets look the same whatever the root font size' + (name === 'bootstrap' ? ' and the host theme' : ''), async () => {
      const styled = await w.page.evaluate(snapshotWidgets, WIDGET_PROPS);
      const flip = (on) =>
        w.page.evaluate(
          async ([on, hostile]) => {
            const sheet = /** @type {HTMLLinkElement | null} */ (document.getElementById('hostile'));
            if (hostile && sheet) sheet.disabled = on;
            // Through the CSSOM, which the strict policy allows (a style attribute it would block).
            else document.documentElement.style.fontSize = on ? '10px' : '';
            await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
          },
          [on, name === 'bootstrap'],
        );
      await flip(true);
      const other = await w.page.evaluate(snapshotWidgets, WIDGET_PROPS);
      await flip(false);
      // What changed by itself meanwhile (a call on the simulated hall board, a clock) is not the host's doing.
      const again = await w.page.evaluate(snapshotWidgets, WIDGET_PROPS);
      const moving = new Set([...Object.keys(styled), ...Object.keys(again)].filter((k) => JSON.stringify(styled[k]) !== JSON.stringify(again[k])));
      const steady = (snap) => Object.fromEntries(Object.entries(snap).filter(([k]) => !moving.has(k)));
      const diff = diffSnapshots(steady(styled), steady(other));
      const affected = [...new Set(diffSnapshots(steady(styled), steady(other), Infinity).map((l) => l.split('#')[0]))];
      assert.deepEqual(diff, [], `widgets that change: ${affected.join(', ')}; ` + (name === 'bootstrap' ? 'widget styles with the host theme (left) and without it (right)' : 'widget styles at the page root font size (left) and at 10px (right)'));
    });

    it('every widget is usable', async () => {
      const failures = [];
      for (const spec of widgetSpecs()) {
        if (!spec.use) continue;
        try {
          await withTimeout(spec.use(useContext(w.page, spec, host.mode)), 90_000, 'use');
        } catch (e) {
          failures.push(`${spec.tag}: ${String(e.message).split('\n')[0]}`);
        }
      }
      assert.deepEqual(failures, [], `${failures.join('\n')}\n${w.problems().join('\n')}`);
    });

    it('passes axe after use', async () => {
      const violations = await axe(w.page);
      assert.deepEqual(violations, [], `axe:\n  ${violations.join('\n  ')}`);
    });

    it('logged no error, broke no Content Security Policy rule and had no failed request', () => {
      assert.deepEqual(w.problems(), []);
    });
  });

  describe(`host page "${name}" with the bundle loaded twice`, { timeout: 600_000 }, () => {
    it('defines each element once, renders every widget and logs no error', async () => {
      const w = await watchedPage(browser);
      try {
        await w.page.goto(hosts.url(name, '?bundles=2'));
        const notReady = await allReady(w.page, host.mode);
        assert.deepEqual(notReady, [], notReady.join('\n'));
        const loaded = await w.page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname + new URL(e.name).search).filter((u) => u.includes('hcc-widgets.bundle.js')));
        assert.deepEqual(loaded.sort(), ['/dist/hcc-widgets.bundle.js', '/dist/hcc-widgets.bundle.js?copy=2'], 'both copies were loaded and evaluated');
        assert.deepEqual(w.problems(), []);
      } finally {
        await w.context.close();
      }
    });
  });
}
