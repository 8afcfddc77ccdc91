// @web/test-runner plugin: the `cdp-metrics` command gives a browser test its own page's JS heap,
// DOM node and event listener counts after forced garbage collection, through the Chrome DevTools
// Protocol (the same figures DevTools' Performance monitor shows). Used by long-run (stress) tests.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function cdpMetricsPlugin() {
  return {
    name: 'cdp-metrics',
    async executeCommand({ command, session }) {
      if (command !== 'cdp-metrics') return undefined;
      const browser = /** @type {{ getPage?: (id: string) => import('playwright-core').Page }} */ (session.browser);
      if (typeof browser.getPage !== 'function') throw new Error('cdp-metrics needs the Playwright launcher');
      const page = browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
        const heap = await cdp.send('Runtime.getHeapUsage');
        return { heapUsed: heap.usedSize, nodes: m.Nodes ?? 0, listeners: m.JSEventListeners ?? 0, documents: m.Documents ?? 0 };
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
  };
}
