// examples/html from a plain static server (the repository root, as its README says), served with
// the strict Content Security Policy: every widget renders on the static catalogue and the embedded
// local source, a search result leads to its guide, ?ho-so= looks a dossier up, ?lang=en switches
// the page, axe passes and nothing is logged or blocked.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, watchedPage } from './lib/browser.mjs';
import { strictCsp } from './lib/hosts.mjs';
import { DIST, ROOT } from './lib/paths.mjs';
import { startStaticServer } from './lib/static-server.mjs';

let site;
let browser;

before(async () => {
  site = await startStaticServer({
    mounts: [
      ['/dist/', DIST],
      ['/examples/', join(ROOT, 'examples')],
    ],
    headers: (path) => (path.startsWith('/examples/html/') && (path.endsWith('/') || path.endsWith('.html')) ? { 'Content-Security-Policy': strictCsp('') } : undefined),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function axe(page) {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('examples/html', { timeout: 600_000 }, () => {
  it('works from a static server under a strict CSP: search → guide, KPI cards, dossier look-up, axe', async () => {
    const w = await watchedPage(browser);
    try {
      const { page } = w;
      await page.goto(`${site.origin}/examples/html/`);
      const search = page.locator('hcc-procedure-search');
      const guide = page.locator('hcc-procedure-guide');
      await guide.locator('[part~="step"]').first().waitFor({ timeout: 60_000 });
      await search.locator('[part~="result"]').first().waitFor({ timeout: 60_000 });
      for (const card of await page.locator('hcc-kpi-card').all()) await card.locator('[part~="value"]').filter({ hasText: /\d/ }).waitFor({ timeout: 90_000 });
      // The static catalogue has five procedures: the search shows only those.
      assert.equal(await search.locator('[part~="result"]').count(), 5);

      // A result is a link (href-template); following it shows that procedure in the guide (page.js).
      await search.locator('[part~="input"]').fill('ket hon');
      await search.locator('[part~="result"]').filter({ hasText: /kết hôn/i }).first().waitFor({ timeout: 10_000 });
      await Promise.all([page.waitForURL(/\?ma=1\.000894/), search.locator('[part~="result"] a').first().click()]);
      await page.waitForFunction(() => document.querySelector('hcc-procedure-guide')?.shadowRoot?.querySelector('h3, h2')?.textContent?.includes('kết hôn'), null, { timeout: 30_000 });

      assert.deepEqual(await axe(page), []);
      assert.deepEqual(w.problems(), []);
    } finally {
      await w.context.close();
    }
  });

  it('?lang=en switches every widget; ?ho-so= looks a dossier code up at once', async () => {
    const w = await watchedPage(browser);
    try {
      const { page } = w;
      await page.goto(`${site.origin}/examples/html/?lang=en&ho-so=H15.50.05.13-261008-0975`);
      // The local demo source does not know this code: the widget answers, in English.
      await page.waitForFunction(() => /No application with code H15\.50\.05\.13-261008-0975/.test(document.querySelector('hcc-dossier-status')?.shadowRoot?.textContent ?? ''), null, { timeout: 60_000 });
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.match(await search(page), /procedure/i);
      assert.deepEqual(w.problems(), []);
    } finally {
      await w.context.close();
    }
  });
});

/** Text of the search widget. */
function search(page) {
  return page.locator('hcc-procedure-search').evaluate((el) => el.shadowRoot?.textContent ?? '');
}
