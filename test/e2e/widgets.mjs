// The widgets the host pages embed: how each is configured by attributes, when it counts as rendered,
// and what a person does with it to show it is usable. Every tag of the package's
// custom-elements.json is embedded; a tag without an entry here is embedded with no attributes and
// only has to render (so a new widget is covered from the day it lands).

/**
 * How a host page points widgets at their data:
 * - `local`: nothing configured; the embedded local source (IndexedDB, demo centre).
 * - `provider`: one `<hcc-data-source api="…">` around every widget.
 * - `attribute`: an `api` attribute on each widget; the procedure widgets read a static catalogue
 *   (`procedures-src`) instead, and a widget marked `provided` gets its `api` from a
 *   `<hcc-data-source>` around it (so the provider element runs on that page too).
 * @typedef {'local' | 'provider' | 'attribute'} SourceMode
 */

/**
 * What a test knows when it drives a widget.
 * @typedef {object} UseContext
 * @property {import('playwright-core').Page} page
 * @property {import('playwright-core').Locator} el the widget's element
 * @property {SourceMode} mode
 * @property {string | undefined} api base URL of the reference server's API, when the page uses one
 * @property {string | undefined} dossierCode a dossier the back end knows, when the page uses one
 * @property {(method: string, path: string, body?: unknown) => Promise<any>} [admin] the reference server's /__admin
 */

/**
 * @typedef {object} WidgetSpec
 * @property {string} tag
 * @property {string} heading the section heading around it on the host pages
 * @property {(mode: SourceMode, ctx: { api?: string, catalogue: string }) => Record<string, string | true>} attrs
 * @property {string} [section] extra class of the section
 * @property {(ctx: UseContext) => Promise<void>} ready resolves once the widget shows its content (data loaded)
 * @property {(ctx: UseContext) => Promise<void>} [use] does what its user does and checks the outcome
 * @property {string} [internal] why the tag is not embedded on its own: a part another widget loads and opens
 * @property {boolean} [container] wraps other widgets instead of being embedded on its own
 * @property {boolean} [provided] in `attribute` mode, wrapped in `<hcc-data-source api>` instead of carrying `api`
 */

/** PIN of the rating tablet's settings on the host pages. */
const RATING_PIN = '2468';
/** A catalogue file the import tool reads (the host server serves test/fixtures). */
const CATALOGUE_URL = '/test/fixtures/valid/ProcedureCatalogue/five-procedures.json';

/** The unit, counter and procedure of the demo centre (same seed in the local source and the server). */
export const UNIT = 'hl-tthcc';
export const COUNTER = 'hl-tthcc-q01';
export const PROCEDURE = '1.001193';

const withApi = (mode, ctx) => (mode === 'attribute' && ctx.api ? { api: ctx.api } : {});

/** Waits until `fn` (run in the page with the element) returns a truthy value. */
async function until(el, fn, arg, timeout = 30_000) {
  const handle = await el.elementHandle();
  await el.page().waitForFunction(fn, [handle, arg], { timeout, polling: 100 });
}

/** Text of an element's shadow tree, flattened (slots and nested shadow roots included). */
export function deepText(root) {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === 3) out.push(node.nodeValue);
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (node.localName === 'style' || node.localName === 'script') return;
    const kids = node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
    for (const k of kids) walk(k);
  };
  walk(root);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Starts recording `event` on the widget (the listener is in place when this resolves) and returns
 * a function that waits for the first one and resolves with its detail.
 */
async function listen(el, event, { preventDefault = false, timeout = 30_000 } = {}) {
  const key = `__hccE2e_${event}`;
  await el.evaluate(
    (node, [key, event, preventDefault]) => {
      node[key] = [];
      node.addEventListener(event, (e) => {
        if (preventDefault) e.preventDefault();
        node[key].push(e.detail ?? null);
      });
    },
    [key, event, preventDefault],
  );
  return async () => {
    await until(el, ([node, key]) => node[key].length > 0, key, timeout);
    return el.evaluate((node, key) => node[key][0], key);
  };
}

/** @type {WidgetSpec[]} */
export const WIDGETS = [
  {
    tag: 'hcc-rating-form',
    heading: 'Đánh giá mức độ hài lòng',
    attrs: (mode, ctx) => ({ 'unit-id': UNIT, 'counter-id': COUNTER, 'admin-pin': RATING_PIN, ...withApi(mode, ctx) }),
    ready: async ({ el }) => {
      await el.locator('[part~="option"]').first().waitFor({ state: 'visible', timeout: 30_000 });
    },
    use: async ({ el, page }) => {
      // The citizen taps "satisfied": the rating is committed to the outbox (IndexedDB) and the thanks screen shows.
      const stored = await listen(el, 'hcc-rating-stored');
      await el.locator('[part~="option"]').first().click();
      const detail = await stored();
      if (!detail) throw new Error('hcc-rating-stored carried no detail');
      await el.locator('[part~="thanks"]').first().waitFor({ state: 'visible', timeout: 10_000 });
      // The centre's staff open the settings (<hcc-rating-settings>, loaded on demand) with the PIN,
      // so that part runs under the page's policy too; then close them.
      await el.evaluate((node) => node.openSettings());
      const settings = el.locator('hcc-rating-settings');
      await settings.locator('input[name="pin"]').fill(RATING_PIN);
      await settings.locator('input[name="pin"]').press('Enter');
      await until(el, ([node]) => {
        const s = node.shadowRoot?.querySelector('hcc-rating-settings');
        return s?.shadowRoot && !s.shadowRoot.querySelector('input[name="pin"]') && s.shadowRoot.querySelector('select, input');
      });
      await page.keyboard.press('Escape');
      await until(el, ([node]) => !node.shadowRoot?.querySelector('hcc-rating-settings'));
    },
  },
  {
    tag: 'hcc-queue-board',
    heading: 'Màn hình gọi số',
    section: 'host-widget--board',
    attrs: (mode, ctx) => ({ 'unit-id': UNIT, layout: 'landscape', audio: 'off', ...(mode === 'local' ? { simulate: true } : {}), ...withApi(mode, ctx) }),
    ready: async ({ el }) => {
      await until(el, ([node]) => node.getAttribute('connection') === 'live' && node.shadowRoot?.querySelector('[part~="counters"]'));
    },
    use: async ({ el, mode, admin }) => {
      // An officer calls the next citizen at counter 1; the board shows the call.
      if (mode === 'local' || !admin) {
        // The local simulator calls by itself; wait for a call to show.
        await until(el, ([node]) => /\d/.test(node.shadowRoot?.querySelector('[part~="number"]')?.textContent ?? ''), undefined, 60_000);
        return;
      }
      const called = await listen(el, 'hcc-ticket-called');
      await admin('POST', '/api/v1/queue/commands', { type: 'issue', unitId: UNIT, serviceId: 'ho-tich' });
      await admin('POST', '/api/v1/queue/commands', { type: 'call-next', counterId: COUNTER });
      const detail = await called();
      if (!detail?.call?.number) throw new Error(`hcc-ticket-called without a call: ${JSON.stringify(detail)}`);
      await until(el, ([node]) => /\d/.test(node.shadowRoot?.querySelector('[part~="number"]')?.textContent ?? ''));
    },
  },
  {
    tag: 'hcc-kpi-card',
    heading: 'Chỉ số: số ngày giải quyết trung bình',
    attrs: (mode, ctx) => ({ metric: 'avgResolutionDays', period: 'this-month', 'unit-id': UNIT, ...withApi(mode, ctx) }),
    ready: async ({ el }) => {
      await until(el, ([node]) => /\d/.test(node.shadowRoot?.querySelector('[part~="value"]')?.textContent ?? ''), undefined, 60_000);
    },
  },
  {
    tag: 'hcc-kpi-chart',
    heading: 'Biểu đồ: hồ sơ nộp theo lĩnh vực',
    attrs: (mode, ctx) => ({ metric: 'submitted', 'group-by': 'field', chart: 'bar', period: 'this-month', 'unit-id': UNIT, ...withApi(mode, ctx) }),
    ready: async ({ el }) => {
      await until(el, ([node]) => node.shadowRoot?.querySelector('canvas') && node.shadowRoot.querySelector('table tbody tr'), undefined, 60_000);
    },
    use: async ({ el }) => {
      // "Show data" reveals the table of the figures.
      const toggle = el.locator('[part~="toolbar"] button').first();
      await toggle.click();
      await el.locator('[part~="table"]').first().waitFor({ state: 'visible', timeout: 10_000 });
    },
  },
  {
    tag: 'hcc-kpi-766',
    heading: 'Bộ chỉ số 766',
    attrs: (mode, ctx) => ({ period: 'this-month', 'unit-id': UNIT, ...withApi(mode, ctx) }),
    ready: async ({ el }) => {
      await until(el, ([node]) => node.shadowRoot?.querySelector('[part~="groups"] tbody tr') && node.shadowRoot.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false', undefined, 60_000);
    },
  },
  {
    tag: 'hcc-kpi-ranking',
    heading: 'Xếp hạng phường, xã',
    attrs: (mode, ctx) => ({ metric: 'onTimeRate', limit: '5', period: 'this-month', ...withApi(mode, ctx) }),
    ready: async ({ el }) => {
      await until(el, ([node]) => node.shadowRoot?.querySelector('[part~="table"] tbody tr') && node.shadowRoot.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false', undefined, 60_000);
    },
    use: async ({ el }) => {
      // Choosing a unit asks the page to drill down.
      const drill = await listen(el, 'hcc-kpi-drill');
      await el.locator('[part~="table"] tbody tr').first().locator('button, a').first().click();
      await drill();
    },
  },
  {
    tag: 'hcc-kpi-results',
    heading: 'Kết quả giải quyết hồ sơ',
    attrs: (mode, ctx) => ({ 'unit-id': UNIT, ...withApi(mode, ctx) }),
    ready: async ({ el }) => {
      await until(el, ([node]) => node.shadowRoot?.querySelector('[part~="figures"]') && node.shadowRoot.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false', undefined, 60_000);
    },
  },
  {
    tag: 'hcc-kpi-wall',
    heading: 'Màn hình lãnh đạo',
    section: 'host-widget--wall',
    attrs: (mode, ctx) => ({ period: 'this-month', 'unit-id': UNIT, pages: 'overview', ...withApi(mode, ctx) }),
    ready: async ({ el }) => {
      await until(el, ([node]) => node.shadowRoot?.querySelector('[part~="pages"]'), undefined, 60_000);
      await until(
        el,
        ([node]) => {
          const cards = [...node.shadowRoot.querySelectorAll('hcc-kpi-card'), ...node.querySelectorAll('hcc-kpi-card')];
          return cards.length > 0 && cards.every((c) => /\d/.test(c.shadowRoot?.querySelector('[part~="value"]')?.textContent ?? ''));
        },
        undefined,
        90_000,
      );
    },
  },
  {
    tag: 'hcc-kpi-page',
    heading: '',
    internal: 'a page of <hcc-kpi-wall>; covered through the wall',
    attrs: () => ({}),
    ready: async () => {},
  },
  {
    tag: 'hcc-counter-console',
    heading: 'Bàn làm việc của cán bộ',
    attrs: (mode, ctx) => ({ 'unit-id': UNIT, 'counter-id': 'hl-tthcc-q02', ...(mode === 'local' ? { simulate: true } : {}), ...withApi(mode, ctx) }),
    ready: async ({ el }) => {
      await el.locator('[part~="actions"] button').first().waitFor({ state: 'visible', timeout: 60_000 });
    },
    use: async ({ el, mode, admin }) => {
      // A citizen takes a ticket; the officer calls the next one.
      if (mode !== 'local' && admin) await admin('POST', '/api/v1/queue/commands', { type: 'issue', unitId: UNIT, serviceId: 'ho-tich' });
      // On the embedded local source, through the bundle's own exports (the same module instance as the widgets').
      if (mode === 'local') {
        await el.page().evaluate(async ([unitId]) => {
          const script = document.querySelector('script[src*="hcc-widgets.bundle.js"]');
          const m = await import(script.src);
          const source = await m.sourceFor({});
          await source.command({ type: 'issue', unitId, serviceId: 'ho-tich' });
        }, [UNIT]);
      }
      const call = el.locator('[part~="actions"] button.primary').first();
      const reopen = el.locator('button.primary', { hasText: /Mở|Tiếp tục|Open|Resume/i });
      if (await reopen.count()) await reopen.first().click();
      await until(el, ([node]) => !node.shadowRoot?.querySelector('[part~="actions"] button.primary')?.disabled, undefined, 60_000);
      const done = await listen(el, 'hcc-command');
      await call.click();
      const detail = await done();
      if (!detail?.ok) throw new Error(`call-next failed: ${JSON.stringify(detail?.error ?? detail)}`);
    },
  },
  {
    tag: 'hcc-procedure-search',
    heading: 'Tìm thủ tục hành chính',
    attrs: (mode, ctx) => ({ ...(mode === 'attribute' ? { 'procedures-src': ctx.catalogue } : {}) }),
    ready: async ({ el }) => {
      await el.locator('[part~="result"]').first().waitFor({ state: 'visible', timeout: 60_000 });
    },
    use: async ({ el }) => {
      // Typing without diacritics finds "Đăng ký khai sinh"; choosing it emits the event.
      await el.locator('[part~="input"]').first().fill('dang ky khai sinh');
      await until(el, ([node]) => /khai sinh/i.test(node.shadowRoot?.querySelector('[part~="result"]')?.textContent ?? ''));
      const selected = await listen(el, 'hcc-procedure-select', { preventDefault: true });
      await el.locator('[part~="result"]').first().locator('a, button').first().click();
      const detail = await selected();
      if (!detail?.code) throw new Error('hcc-procedure-select without a code');
    },
  },
  {
    tag: 'hcc-procedure-guide',
    heading: 'Hướng dẫn thủ tục',
    attrs: (mode, ctx) => ({ 'procedure-code': PROCEDURE, ephemeral: true, ...(mode === 'attribute' ? { 'procedures-src': ctx.catalogue } : {}) }),
    ready: async ({ el }) => {
      await el.locator('[part~="step"]').first().waitFor({ state: 'visible', timeout: 60_000 });
    },
    use: async ({ el }) => {
      // Opening a step shows its content.
      const toggled = await listen(el, 'hcc-step-toggle');
      await el.locator('[part~="step"]').first().locator('button').first().click();
      await toggled();
    },
  },
  {
    tag: 'hcc-procedure-import',
    heading: 'Nhập danh mục thủ tục',
    attrs: () => ({ preview: true }),
    ready: async ({ el }) => {
      await el.locator('input[type="file"]').first().waitFor({ state: 'attached', timeout: 30_000 });
    },
    use: async ({ el, page }) => {
      // An officer chooses a catalogue file: it is checked in the page and the valid procedures are
      // previewed with the search (both loaded on demand).
      const catalogue = await page.evaluate(async (url) => (await fetch(url)).text(), CATALOGUE_URL);
      const imported = await listen(el, 'hcc-catalogue-import');
      await el.locator('input[type="file"]').first().setInputFiles({ name: 'danh-muc.json', mimeType: 'application/json', buffer: Buffer.from(catalogue) });
      const detail = await imported();
      if (!detail?.procedures?.length) throw new Error(`no procedure imported: ${JSON.stringify(detail?.report?.fatal ?? detail)}`);
      await el.locator('hcc-procedure-search [part~="result"]').first().waitFor({ state: 'visible', timeout: 30_000 });
    },
  },
  {
    tag: 'hcc-dossier-status',
    heading: 'Tra cứu hồ sơ',
    // Its back end comes from a <hcc-data-source> around it (the CSP page) or around the page.
    attrs: () => ({}),
    provided: true,
    ready: async ({ el }) => {
      await el.locator('[part~="input"]').first().waitFor({ state: 'visible', timeout: 30_000 });
    },
    use: async ({ el, dossierCode }) => {
      // A citizen types the code from the receipt: a known code shows its status; any well-formed
      // code gets an answer (found or not found), never a silent form.
      const code = dossierCode ?? 'H15.50.05.13-261008-0975';
      const found = await listen(el, 'hcc-dossier-status');
      const failed = await listen(el, 'hcc-dossier-status-error');
      await el.locator('[part~="input"]').first().fill(code);
      await el.locator('[part~="input"]').first().press('Enter');
      const result = await Promise.any([found().then((detail) => ({ found: true, detail })), failed().then((detail) => ({ found: false, detail }))]);
      if (dossierCode && !result.found) throw new Error(`dossier ${code} not found: ${JSON.stringify(result.detail)}`);
      if (result.found) await el.locator('[part~="result"]').first().waitFor({ state: 'visible', timeout: 10_000 });
    },
  },
  {
    tag: 'hcc-qr-code',
    heading: 'Mã QR',
    attrs: () => ({ value: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193', label: 'Mã QR của thủ tục đăng ký khai sinh' }),
    ready: async ({ el }) => {
      await until(el, ([node]) => node.shadowRoot?.querySelector('svg path, svg rect'));
    },
  },
  {
    tag: 'hcc-rating-settings',
    heading: '',
    internal: 'opened by <hcc-rating-form> behind the PIN; covered through the rating form',
    attrs: () => ({}),
    ready: async () => {},
  },
  {
    tag: 'hcc-data-source',
    heading: '',
    container: true,
    attrs: () => ({}),
    ready: async () => {},
  },
];

/** The spec of a tag; a tag without one is embedded bare and only has to render. */
export function specOf(tag) {
  return (
    WIDGETS.find((w) => w.tag === tag) ?? {
      tag,
      heading: tag,
      attrs: (mode, ctx) => withApi(mode, ctx),
      ready: async ({ el }) => {
        await until(el, ([node]) => node.shadowRoot && node.shadowRoot.childNodes.length > 0);
      },
    }
  );
}

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The markup of the widgets for a host page.
 * @param {string[]} tags every tag of the manifest
 * @param {SourceMode} mode
 * @param {{ api?: string, catalogue: string }} ctx
 */
export function widgetsMarkup(tags, mode, ctx) {
  const sections = tags
    .map(specOf)
    .filter((w) => !w.internal && !w.container)
    .map((w, i) => {
      const attrs = Object.entries(w.attrs(mode, ctx))
        .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escape(v)}"`))
        .join('');
      const id = `w-${i}`;
      const element = `<${w.tag}${attrs}></${w.tag}>`;
      return `<section class="host-widget ${w.section ?? ''}" aria-labelledby="${id}">
        <h2 id="${id}">${escape(w.heading)}</h2>
        ${w.provided && mode === 'attribute' ? `<hcc-data-source api="${escape(ctx.api ?? '')}">${element}</hcc-data-source>` : element}
      </section>`;
    })
    .join('\n');
  const body = `<div class="host-widgets">\n${sections}\n</div>`;
  return mode === 'provider' ? `<hcc-data-source api="${escape(ctx.api ?? '')}">\n${body}\n</hcc-data-source>` : body;
}
