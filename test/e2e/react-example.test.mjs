// examples/react, as a React developer would use it: installed next to the package (here
// node_modules/hcc-widgets is the built package under test), type checked with its own tsconfig,
// built with its own Vite config, served statically and driven in Chromium against the reference
// server: React state flows into widget properties and widget events into React callbacks.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, watchedPage } from './lib/browser.mjs';
import { PKG, ROOT } from './lib/paths.mjs';
import { startRefServer } from './lib/refserver.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const require = createRequire(import.meta.url);
// Inside the repository's node_modules, so react, react-dom and @lit/react resolve as installed.
const app = join(ROOT, 'node_modules', '.cache', 'hcc-e2e-react', String(process.pid));

let ref;
let site;
let browser;

before(async () => {
  rmSync(app, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  cpSync(join(ROOT, 'examples', 'react'), app, { recursive: true, filter: (src) => !/node_modules|dist$/.test(src) });
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(PKG, join(app, 'node_modules', 'hcc-widgets'), 'dir');
  [ref, browser] = await Promise.all([startRefServer(), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  await site?.close();
  await ref?.stop();
  rmSync(app, { recursive: true, force: true });
});

describe('examples/react', { timeout: 600_000 }, () => {
  it('type checks against the published declarations (typed props and event callbacks)', () => {
    const r = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')], { cwd: app, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('builds with its own Vite config', async () => {
    await build({ root: app, configFile: join(app, 'vite.config.ts'), logLevel: 'error', build: { outDir: join(app, 'dist'), emptyOutDir: true } });
    site = await startStaticServer({ mounts: [['/', join(app, 'dist')]] });
  });

  it('renders every widget, passes props down and events up, switches language, and passes axe', async () => {
    assert.ok(site, 'built');
    const w = await watchedPage(browser);
    try {
      const { page } = w;
      await page.goto(`${site.origin}/index.html?api=${encodeURIComponent(ref.api)}`);

      // React props are element properties: the guide shows the procedure in React state.
      const guide = page.locator('hcc-procedure-guide');
      await guide.locator('[part~="step"]').first().waitFor({ timeout: 60_000 });
      assert.equal(await guide.evaluate((el) => el.procedureCode), '1.001193');
      await page.locator('hcc-kpi-card [part~="value"]').filter({ hasText: /\d/ }).waitFor({ timeout: 60_000 });
      await page.locator('hcc-dossier-status [part~="input"]').waitFor({ timeout: 30_000 });

      // onProcedureSelect → setCode → procedureCode of the guide.
      const search = page.locator('hcc-procedure-search');
      await search.locator('[part~="input"]').fill('chung thuc ban sao');
      const result = search.locator('[part~="result"]').first();
      await result.waitFor({ timeout: 30_000 });
      await result.locator('a, button').first().click();
      await page.waitForFunction(() => document.querySelector('hcc-procedure-guide')?.procedureCode !== '1.001193', null, { timeout: 10_000 });
      const chosen = await guide.evaluate((el) => el.procedureCode);
      await page.getByText(`Đang xem thủ tục ${chosen}.`).waitFor({ timeout: 10_000 });
      await page.waitForFunction((code) => document.querySelector('hcc-procedure-guide')?.shadowRoot?.textContent?.includes(code), chosen, { timeout: 30_000 });

      // onRatingStored updates React state.
      const form = page.locator('hcc-rating-form');
      await form.locator('[part~="option"]').first().click();
      await page.getByText('Đã lưu 1 đánh giá trên thiết bị này.').waitFor({ timeout: 30_000 });
      // …and the rating reaches the back end from the outbox.
      await page.waitForFunction(async (api) => {
        const r = await fetch(`${api}/ratings?unitId=hl-tthcc&from=${encodeURIComponent(new Date(Date.now() - 60_000).toISOString())}`);
        return (await r.json()).items.length > 0;
      }, ref.api, { timeout: 30_000, polling: 500 });

      // The language switch sets lang around the widgets; they follow.
      await page.getByRole('navigation').getByRole('button', { name: 'English' }).click();
      await page.getByText('1 rating(s) stored on this device.').waitFor({ timeout: 10_000 });
      await page.waitForFunction(() => /Find|Search|procedure/i.test(document.querySelector('hcc-procedure-search')?.shadowRoot?.textContent ?? ''), null, { timeout: 10_000 });

      const axe = await new AxeBuilder({ page }).analyze();
      const violations = axe.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
      assert.deepEqual(violations, []);
      assert.deepEqual(w.problems(), []);
    } finally {
      await w.context.close();
    }
  });
});
