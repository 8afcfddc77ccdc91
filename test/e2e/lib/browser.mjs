// Headless Chromium (Debian's, through playwright-core) and pages that record every problem a host
// page's owner would see: uncaught errors, console errors, Content Security Policy violations and
// failed requests.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../chromium.config.mjs';

/** Launches the browser (fails with the install hint when there is none). */
export async function launchBrowser() {
  if (!chromiumPath) throw new Error('No Chromium: sudo apt-get install -y chromium fonts-noto-core (or set CHROME_PATH)');
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * @typedef {object} Watched
 * @property {import('playwright-core').BrowserContext} context
 * @property {import('playwright-core').Page} page
 * @property {string[]} errors uncaught exceptions and console errors
 * @property {Array<{ directive: string, blocked: string, sample: string, source: string }>} violations CSP violations
 * @property {string[]} failed requests that failed or answered 4xx/5xx (except those `allowStatus` accepts)
 * @property {string[]} warnings console warnings
 * @property {() => string[]} problems everything above, as lines
 */

/**
 * A new context (own storage, like a new device) and page, watched from before the first script runs.
 * @param {import('playwright-core').Browser} browser
 * @param {{ viewport?: { width: number, height: number }, allowStatus?: (url: string, status: number) => boolean }} [options]
 * @returns {Promise<Watched>}
 */
export async function watchedPage(browser, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  /** @type {Watched} */
  const w = {
    context,
    page,
    errors: [],
    violations: [],
    failed: [],
    warnings: [],
    problems: () => [
      ...w.errors,
      ...w.violations.map((v) => `CSP violation: ${v.directive} blocked ${v.blocked || '(inline)'} ${v.sample ? `"${v.sample}"` : ''} at ${v.source}`),
      ...w.failed,
    ],
  };
  // Bindings and init scripts are set up through the DevTools protocol, not by the page, so the
  // page's own CSP does not block the recorder.
  await page.exposeBinding('__hccE2eViolation', (_source, v) => {
    w.violations.push(v);
  });
  await page.addInitScript(() => {
    addEventListener(
      'securitypolicyviolation',
      (e) => {
        /** @type {any} */ (globalThis).__hccE2eViolation({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` });
      },
      true,
    );
  });
  page.on('pageerror', (e) => w.errors.push(`uncaught: ${e.stack ?? e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console.error: ${m.text()} (${m.location().url}:${m.location().lineNumber})`);
    else if (m.type() === 'warning') w.warnings.push(m.text());
  });
  page.on('worker', (worker) => {
    worker.on('console', (m) => {
      if (m.type() === 'error') w.errors.push(`worker console.error: ${m.text()}`);
    });
  });
  page.on('requestfailed', (r) => {
    // A page navigating away or an EventSource closed on purpose ends requests; those are not failures.
    const reason = r.failure()?.errorText ?? '';
    if (/ERR_ABORTED/.test(reason)) return;
    w.failed.push(`request failed: ${r.method()} ${r.url()} (${reason})`);
  });
  page.on('response', (r) => {
    const status = r.status();
    if (status >= 400 && !(options.allowStatus?.(r.url(), status) ?? false)) w.failed.push(`HTTP ${status}: ${r.request().method()} ${r.url()}`);
  });
  return w;
}
