import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/data-source.js';
import { DataSourceController } from '../../src/controllers/data-source-controller.js';
import { MemorySource } from '../../src/data/adapters/memory/index.js';
import { HttpSource } from '../../src/data/adapters/http/http-source.js';
import { setDefaultSource, sourceFor } from '../../src/data/registry.js';
import { generateSeed } from '../../src/data/seed/index.js';
import type { DataSource } from '../../src/data/ports.js';
import type { HccDataSource } from '../../src/components/data-source/data-source.js';

const seed = generateSeed({ from: Date.parse('2026-01-01T00:00:00+07:00'), to: Date.parse('2026-01-08T00:00:00+07:00'), casesPerYear: 100 });
const memory = new MemorySource({ org: seed.org, procedures: seed.procedures, cases: [], ratings: [], petitions: [] });

/** A widget stand-in: resolves its source like the widgets do, through DataSourceController. */
class ProbeElement extends LitElement {
  static override properties = { api: {} };
  api = '';
  sources: DataSource[] = [];
  controller?: DataSourceController;
  /** Create the controller after connecting (as widgets that load their data layer lazily do). */
  late = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.late && !this.controller) this.attach();
  }

  attach(): void {
    this.controller = new DataSourceController(
      this,
      () => ({ api: this.api || undefined }),
      (source) => this.sources.push(source),
    );
  }

  constructor() {
    super();
    queueMicrotask(() => {
      if (!this.late && !this.controller) this.attach();
    });
  }
}
customElements.define('hcc-test-probe', ProbeElement);

describe('<hcc-data-source>', () => {
  before(() => setDefaultSource(memory));
  after(() => setDefaultSource(undefined));

  describe('properties', () => {
    it('is registered by the hcc-widgets/data-source entry and lays out as if it were not there', async () => {
      const el = await fixture<HccDataSource>(html`<hcc-data-source api="http://127.0.0.1:9/api/v1"></hcc-data-source>`);
      expect(customElements.get('hcc-data-source')).to.equal(el.constructor);
      expect(getComputedStyle(el).display).to.equal('contents');
    });
  });

  describe('states', () => {
    it('without attributes around it, a widget uses the page default source', async () => {
      const probe = await fixture<ProbeElement>(html`<hcc-test-probe></hcc-test-probe>`);
      await waitUntil(() => probe.sources.length > 0);
      expect(probe.sources[0]).to.equal(memory);
    });

    it('a widget inside <hcc-data-source api> uses an HTTP source for that API', async () => {
      const wrap = await fixture<HccDataSource>(html`<hcc-data-source api="http://127.0.0.1:9/api/v1"><hcc-test-probe></hcc-test-probe></hcc-data-source>`);
      const probe = wrap.querySelector<ProbeElement>('hcc-test-probe')!;
      await waitUntil(() => probe.sources.length > 0);
      expect(probe.sources.at(-1)).to.be.instanceOf(HttpSource);
    });

    it("a widget's own api attribute wins over the surrounding <hcc-data-source>", async () => {
      const wrap = await fixture<HccDataSource>(html`<hcc-data-source api="http://127.0.0.1:9/api/v1"><hcc-test-probe api="http://127.0.0.1:10/api/v1"></hcc-test-probe></hcc-data-source>`);
      const probe = wrap.querySelector<ProbeElement>('hcc-test-probe')!;
      await waitUntil(() => probe.sources.length > 0);
      expect(probe.sources.at(-1)).to.equal(await sourceFor({ api: 'http://127.0.0.1:10/api/v1' }));
      expect(probe.sources.at(-1)).not.to.equal(await sourceFor({ api: 'http://127.0.0.1:9/api/v1' }));
    });

    it('a controller created while its widget is already connected gets the provider without throwing', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      try {
        const wrap = await fixture<HccDataSource>(html`<hcc-data-source api="http://127.0.0.1:9/api/v1"></hcc-data-source>`);
        const probe = document.createElement('hcc-test-probe') as ProbeElement;
        probe.late = true;
        wrap.append(probe);
        await probe.updateComplete;
        // The element is connected and rendered; a controller made now is answered synchronously.
        probe.controller = undefined;
        probe.attach();
        await waitUntil(() => probe.sources.length > 0);
        expect(probe.sources.at(-1)).to.be.instanceOf(HttpSource);
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });

    it('changing the api attribute moves the widgets inside to the new source', async () => {
      const wrap = await fixture<HccDataSource>(html`<hcc-data-source api="http://127.0.0.1:9/api/v1"><hcc-test-probe></hcc-test-probe></hcc-data-source>`);
      const probe = wrap.querySelector<ProbeElement>('hcc-test-probe')!;
      await waitUntil(() => probe.sources.length > 0);
      const first = probe.sources.at(-1);
      wrap.api = 'http://127.0.0.1:11/api/v1';
      await waitUntil(() => probe.sources.at(-1) !== first);
      expect(probe.sources.at(-1)).to.be.instanceOf(HttpSource);
    });
  });
});
