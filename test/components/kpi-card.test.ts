import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/kpi.js';
import type { HccKpiCard } from '../../src/components/kpi-card/kpi-card.js';
import { GatedSource, ManualClock, NOW, $, demoSource, expected, loaded, text, useSource } from './kpi-helpers.js';

describe('<hcc-kpi-card>', () => {
  it('loads the current month and agrees with the engine', async () => {
    const clock = new ManualClock(NOW);
    useSource(demoSource());
    const el = await fixture<HccKpiCard>(html`<hcc-kpi-card metric="onTimeRate" .clock=${clock}></hcc-kpi-card>`);
    await loaded(el);
    const want = expected({ period: '2026-11', now: NOW, families: ['cases'] }).total.values.onTimeRate;
    expect(el.currentValue).to.equal(want);
    console.log(text(el));
    await expect(el).to.be.accessible();
  });
});
