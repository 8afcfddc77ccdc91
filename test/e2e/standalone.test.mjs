// The standalone centre of docs/standalone-centre.md: `npm run serve` (scripts/serve.mjs) builds the
// demo stations when needed, starts the reference server with them at /, and prints the address of
// every station. Each device opens its address: a citizen rates at a counter tablet, an officer calls
// the next ticket at the counter console, the hall screen shows the call, the leadership wall and the
// citizen portal show their figures, the CSV export has the rating, and a backup taken while the
// server runs has every rating.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, watchedPage } from './lib/browser.mjs';
import { ROOT } from './lib/paths.mjs';

let server;
let stderr = '';
let origin;
let browser;
const dir = mkdtempSync(join(tmpdir(), 'hcc-e2e-centre-'));

before(async () => {
  server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs'), '--port', '0', '--db', join(dir, 'centre.sqlite'), '--cases-per-year', '1500'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stderr.setEncoding('utf8');
  server.stderr.on('data', (s) => (stderr += s));
  server.stdout.setEncoding('utf8');
  origin = await new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`npm run serve did not start in 180 s\n${stderr}`)), 180_000);
    server.stdout.on('data', (s) => {
      out += s;
      const m = /^hcc reference server listening on (http:\/\/\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    server.once('exit', (code) => fail(new Error(`npm run serve exited (${code})\n${stderr}`)));
  });
  // The station list follows the ready line.
  const deadline = Date.now() + 30_000;
  while (!/CSV exports:/.test(stderr) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((ok) => server.once('exit', ok));
  }
  rmSync(dir, { recursive: true, force: true });
});

/** The address printed for a station (the first match). */
function station(pattern) {
  const line = stderr.split('\n').find((l) => pattern.test(l));
  const url = line?.match(/https?:\/\/\S+/)?.[0];
  assert.ok(url, `npm run serve printed an address matching ${pattern}:\n${stderr}`);
  return url;
}

describe('npm run serve: a small centre on one machine', { timeout: 600_000 }, () => {
  it('prints the address of every station, on the server with ?api= pointing at it', () => {
    for (const page of ['hall-screen', 'leadership-wall', 'citizen-portal', 'counter-tablet', 'counter-console']) {
      const url = new URL(station(new RegExp(`/${page}\\.html`)));
      assert.equal(url.origin, new URL(origin).origin);
      assert.equal(url.searchParams.get('api'), `${url.origin}/api/v1`);
    }
  });

  it('tablet → outbox → server, console → hall screen, wall and portal with figures, CSV with the rating', async () => {
    const pages = [];
    const open = async (url) => {
      const w = await watchedPage(browser);
      pages.push(w);
      await w.page.goto(url);
      return w;
    };
    try {
      const hall = await open(station(/hall-screen\.html/));
      const board = hall.page.locator('hcc-queue-board');
      await hall.page.waitForFunction(() => document.querySelector('hcc-queue-board')?.getAttribute('connection') === 'live', null, { timeout: 60_000 });

      // The officer at counter 1 calls the next citizen (a ticket from the hall kiosk first).
      const consoleUrl = station(/counter-console\.html.*counter=hl-tthcc-q01/);
      const officer = await open(consoleUrl);
      const api = new URL(consoleUrl).searchParams.get('api');
      const issued = await fetch(`${api}/queue/commands`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'issue', unitId: 'hl-tthcc', serviceId: 'ho-tich' }) });
      assert.equal(issued.status, 200);
      const ticket = (await issued.json()).events.find((e) => e.type === 'ticket-issued').ticket.number;
      const call = officer.page.locator('hcc-counter-console [part~="actions"] button.primary').first();
      await officer.page.waitForFunction(() => {
        const b = document.querySelector('hcc-counter-console')?.shadowRoot?.querySelector('[part~="actions"] button.primary');
        return b && !b.disabled;
      }, null, { timeout: 60_000 });
      await call.click();
      await board.locator('[part~="number"]').filter({ hasText: String(ticket) }).first().waitFor({ timeout: 30_000 });

      // The citizen rates at counter 1's tablet.
      const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
      const atCounter = async () => (await (await fetch(`${api}/export/ratings.csv?period=${month}&unitId=hl-tthcc`)).text()).split('\r\n').filter((l) => l.includes(',hl-tthcc-q01,')).length;
      const before = await atCounter();
      const tablet = await open(`${station(/counter-tablet\.html.*counter=hl-tthcc-q01/)}&fullscreen=0`);
      const form = tablet.page.locator('hcc-rating-form');
      await form.locator('[part~="option"]').first().click();
      await form.locator('[part~="thanks"]').first().waitFor({ timeout: 30_000 });

      // The leadership wall and the citizen portal show their content.
      const wall = await open(station(/leadership-wall\.html/));
      await wall.page.waitForFunction(() => {
        const w = document.querySelector('hcc-kpi-wall');
        const cards = [...(w?.shadowRoot?.querySelectorAll('hcc-kpi-card') ?? []), ...(w?.querySelectorAll('hcc-kpi-card') ?? [])];
        return cards.length > 0 && cards.some((c) => /\d/.test(c.shadowRoot?.querySelector('[part~="value"]')?.textContent ?? ''));
      }, null, { timeout: 90_000 });
      const portal = await open(station(/citizen-portal\.html/));
      await portal.page.locator('hcc-procedure-guide [part~="step"]').first().waitFor({ timeout: 60_000 });

      // The rating reached the server (outbox sync) and is in this month's CSV.
      let after = before;
      for (let i = 0; i < 60 && after === before; i++) {
        await new Promise((r) => setTimeout(r, 500));
        after = await atCounter();
      }
      assert.equal(after, before + 1, 'the tablet’s rating is in the export');

      // npm run backup copies the database while the server runs; the copy has every rating.
      const backup = spawnSync(process.execPath, [join(ROOT, 'scripts', 'backup.mjs'), '--db', join(dir, 'centre.sqlite'), '--to', join(dir, 'backups')], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(backup.status, 0, backup.stderr);
      const all = (await (await fetch(`${api}/export/ratings.csv?from=2000-01-01`)).text()).split('\r\n').filter(Boolean).length - 1;
      assert.match(backup.stdout, new RegExp(`; ${all} ratings,`), backup.stdout);

      for (const w of pages) assert.deepEqual(w.problems(), [], w.page.url());
    } finally {
      for (const w of pages) await w.context.close();
    }
  });
});
