import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/kpi.js';
import type { HccKpiWall, WallPageDetail } from '../../src/components/kpi-wall/kpi-wall.js';
import type { HccKpiCard } from '../../src/components/kpi-card/kpi-card.js';
import { ManualClock, NOW, $, demoSource, expected, text, useSource, waitUntil } from './kpi-helpers.js';

type Tile = HTMLElement & { fetchedAt?: number; isKiosk: boolean; updateComplete: Promise<unknown>; freshness: string };

/** The tiles of the page shown (default composition or light-DOM pages). */
function visibleTiles(wall: HccKpiWall): Tile[] {
  const own = [...(wall.shadowRoot?.querySelectorAll('hcc-kpi-page:not([hidden]) > *') ?? [])];
  const slotted = [...wall.children].filter((p) => !p.hasAttribute('hidden')).flatMap((p) => [...p.children]);
  return [...own, ...slotted] as Tile[];
}

/** Everything a person could operate: buttons, links, inputs, focusable elements, in the wall and its visible tiles. */
function controls(wall: HccKpiWall): Element[] {
  const sel = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';
  return [wall.shadowRoot!, ...visibleTiles(wall).map((t) => t.shadowRoot!)].flatMap((r) => [...r.querySelectorAll(sel)]);
}

async function tilesLoaded(wall: HccKpiWall): Promise<void> {
  await waitUntil(() => visibleTiles(wall).length > 0 && visibleTiles(wall).every((t) => t.fetchedAt !== undefined), 'tiles never loaded', { timeout: 20000 });
  await Promise.all(visibleTiles(wall).map((t) => t.updateComplete));
}

describe('<hcc-kpi-wall>', function () {
  // Loads go through a real Worker; on a shared, loaded machine a test can take longer than the default.
  this.timeout(60_000);

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('kiosk mode and rotation', () => {
    it('keeps kiosk mode through three rotations: no control appears, every tile stays in kiosk, axe passes', async function () {
      // Four pages of real tiles, each checked with axe: slow on a shared machine, not a timing test.
      this.timeout(120_000);
      await setViewport({ width: 1280, height: 720 });
      const clock = new ManualClock(NOW);
      useSource(demoSource());
      const wall = await fixture<HccKpiWall>(html`<hcc-kpi-wall kiosk rotate="30s" .clock=${clock}></hcc-kpi-wall>`);
      await tilesLoaded(wall);
      expect(wall.pageCount).to.equal(6);
      expect(controls(wall)).to.deep.equal([]);
      await expect(wall).to.be.accessible();
      const changes: WallPageDetail[] = [];
      wall.addEventListener('hcc-kpi-page-change', (e) => changes.push(e.detail));
      for (let round = 1; round <= 3; round++) {
        clock.advance(30_000);
        await wall.updateComplete;
        expect(wall.page, `rotation ${round}`).to.equal(round);
        expect(wall.kiosk).to.equal(true);
        expect(wall.hasAttribute('kiosk')).to.equal(true);
        await tilesLoaded(wall);
        expect(visibleTiles(wall).every((t) => t.isKiosk), `tiles in kiosk after rotation ${round}`).to.equal(true);
        expect(controls(wall).map((c) => c.outerHTML.slice(0, 80)), `controls after rotation ${round}`).to.deep.equal([]);
        expect($(wall, '.indicator')?.textContent).to.contain(`Trang ${round + 1}/6`);
        await expect(wall).to.be.accessible();
      }
      expect(changes.map((c) => [c.index, c.cause])).to.deep.equal([[1, 'rotation'], [2, 'rotation'], [3, 'rotation']]);
      expect(changes.map((c) => c.label)).to.deep.equal(['Tiến độ giải quyết', 'Sự hài lòng', 'Chuyển đổi số']);
    });

    it('wraps from the last page to the first', async () => {
      const clock = new ManualClock(NOW);
      const wall = await fixture<HccKpiWall>(html`<hcc-kpi-wall kiosk rotate="10s" .clock=${clock}>
        <section label="A"><p>a</p></section>
        <section label="B"><p>b</p></section>
      </hcc-kpi-wall>`);
      clock.advance(10_000);
      await wall.updateComplete;
      clock.advance(10_000);
      await wall.updateComplete;
      expect(wall.page).to.equal(0);
    });

    it('pauses rotation while a person points at the wall or presses pause (not in kiosk mode)', async () => {
      const clock = new ManualClock(NOW);
      const wall = await fixture<HccKpiWall>(html`<hcc-kpi-wall rotate="30s" .clock=${clock}>
        <section label="Một"><p>1</p></section>
        <section label="Hai"><p>2</p></section>
        <section label="Ba"><p>3</p></section>
      </hcc-kpi-wall>`);
      await expect(wall).to.be.accessible();
      wall.dispatchEvent(new PointerEvent('pointerenter'));
      await wall.updateComplete;
      clock.advance(60_000);
      await wall.updateComplete;
      expect(wall.page).to.equal(0);
      wall.dispatchEvent(new PointerEvent('pointerleave'));
      await wall.updateComplete;
      clock.advance(30_000);
      await wall.updateComplete;
      expect(wall.page).to.equal(1);
      const pause = [...(wall.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes('Tạm dừng')) as HTMLButtonElement;
      pause.click();
      await wall.updateComplete;
      expect(pause.getAttribute('aria-pressed')).to.equal('true');
      clock.advance(120_000);
      await wall.updateComplete;
      expect(wall.page).to.equal(1);
    });

    it('in kiosk mode rotation never pauses, even with a pointer over the screen', async () => {
      const clock = new ManualClock(NOW);
      const wall = await fixture<HccKpiWall>(html`<hcc-kpi-wall kiosk rotate="30s" .clock=${clock}><section label="A"></section><section label="B"></section></hcc-kpi-wall>`);
      wall.dispatchEvent(new PointerEvent('pointerenter'));
      await wall.updateComplete;
      clock.advance(30_000);
      await wall.updateComplete;
      expect(wall.page).to.equal(1);
    });
  });

  describe('pages', () => {
    it('shows one light-DOM page at a time; the others are hidden and inert', async () => {
      const wall = await fixture<HccKpiWall>(html`<hcc-kpi-wall>
        <hcc-kpi-page label="Tổng quan"><p>một</p></hcc-kpi-page>
        <hcc-kpi-page label="Chi tiết"><p>hai</p></hcc-kpi-page>
      </hcc-kpi-wall>`);
      await wall.updateComplete;
      const [a, b] = [...wall.children];
      expect([a?.hasAttribute('hidden'), b?.hasAttribute('hidden'), b?.hasAttribute('inert')]).to.deep.equal([false, true, true]);
      const change = oneEvent(wall, 'hcc-kpi-page-change');
      const tab = [...(wall.shadowRoot?.querySelectorAll('.tabs button') ?? [])][1] as HTMLButtonElement;
      tab.click();
      expect((await change).detail).to.deep.equal({ index: 1, count: 2, label: 'Chi tiết', cause: 'user' });
      await wall.updateComplete;
      expect([a?.hasAttribute('hidden'), b?.hasAttribute('hidden')]).to.deep.equal([true, false]);
      expect(tab.getAttribute('aria-current')).to.equal('page');
      expect(text(wall)).to.contain('Chi tiết');
    });

    it('gives its tiles its period, unit and refresh; a tile’s own attribute wins', async () => {
      const clock = new ManualClock(NOW);
      useSource(demoSource());
      const wall = await fixture<HccKpiWall>(html`<hcc-kpi-wall period="2026-10" unit-id="hl-bai-chay" refresh="2m" .clock=${clock}>
        <hcc-kpi-page label="P" columns="2" rows="1">
          <hcc-kpi-card id="a" metric="received"></hcc-kpi-card>
          <hcc-kpi-card id="b" metric="received" period="2026-09" refresh="10m"></hcc-kpi-card>
        </hcc-kpi-page>
      </hcc-kpi-wall>`);
      await tilesLoaded(wall);
      const a = wall.querySelector('#a') as HccKpiCard;
      const b = wall.querySelector('#b') as HccKpiCard;
      expect(a.currentValue).to.equal(expected({ period: '2026-10', unitIds: ['hl-bai-chay'], families: ['cases'] }).total.values.received);
      expect(b.currentValue).to.equal(expected({ period: '2026-09', unitIds: ['hl-bai-chay'], families: ['cases'] }).total.values.received);
      expect([a.refreshMs, b.refreshMs]).to.deep.equal([120_000, 600_000]);
      await waitUntil(() => text(wall).includes('Phường Bãi Cháy'), 'title is not the unit');
    });

    it('reads kiosk, rotation and page from the URL when asked to', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}${location.search}&kiosk&rotate=45s&page=2`);
      try {
        const wall = await fixture<HccKpiWall>(html`<hcc-kpi-wall url-params><section label="A"></section><section label="B"></section></hcc-kpi-wall>`);
        expect([wall.kiosk, wall.rotateMs, wall.page]).to.deep.equal([true, 45_000, 1]);
        const plain = await fixture<HccKpiWall>(html`<hcc-kpi-wall><section label="A"></section></hcc-kpi-wall>`);
        expect(plain.kiosk).to.equal(false);
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });

  describe('states', () => {
    it('keeps the last values when the source is unreachable and says so', async () => {
      const clock = new ManualClock(NOW);
      const source = useSource(demoSource());
      const wall = await fixture<HccKpiWall>(html`<hcc-kpi-wall kiosk refresh="60s" .clock=${clock}>
        <hcc-kpi-page label="P" columns="2" rows="1">
          <hcc-kpi-card metric="onTimeRate"></hcc-kpi-card>
          <hcc-kpi-card metric="satisfactionRate"></hcc-kpi-card>
        </hcc-kpi-page>
      </hcc-kpi-wall>`);
      await tilesLoaded(wall);
      const values = visibleTiles(wall).map((t) => t.shadowRoot?.querySelector('.value')?.textContent);
      expect($(wall, '.banner')).to.equal(null);
      source.failNext('network', { times: 20 });
      clock.advance(60_000);
      await waitUntil(() => $(wall, '.banner') !== null, 'no banner');
      expect($(wall, '.banner')?.getAttribute('role')).to.equal('status');
      expect($(wall, '.banner')?.textContent).to.contain('Mất kết nối nguồn dữ liệu. Số liệu đang hiển thị là số liệu lúc 10:00 16/11/2026.');
      await waitUntil(() => visibleTiles(wall).every((t) => t.freshness === 'offline'), 'tiles not marked');
      expect(visibleTiles(wall).map((t) => t.shadowRoot?.querySelector('.value')?.textContent)).to.deep.equal(values);
      expect(wall.kiosk).to.equal(true);
      await expect(wall).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('gives its theme to tiles that have none of their own', async () => {
      const wall = await fixture<HccKpiWall>(html`<hcc-kpi-wall theme="dark">
        <hcc-kpi-page label="P" columns="2" rows="1">
          <hcc-kpi-card id="a" metric="received" .value=${1}></hcc-kpi-card>
          <hcc-kpi-card id="b" theme="contrast" metric="received" .value=${2}></hcc-kpi-card>
        </hcc-kpi-page>
      </hcc-kpi-wall>`);
      const a = wall.querySelector('#a') as HccKpiCard;
      const b = wall.querySelector('#b') as HccKpiCard;
      await waitUntil(() => a.theme === 'dark', 'tile not dark');
      expect(b.theme).to.equal('contrast');
      expect(getComputedStyle(a.shadowRoot?.querySelector('.tile') as Element).backgroundColor).to.equal('rgb(18, 21, 25)');
      wall.theme = '';
      await waitUntil(() => a.theme === '', 'tile kept the old theme');
    });
  });

  describe('legibility', () => {
    const measure = async (width: number, height: number) => {
      await setViewport({ width, height });
      const wall = await fixture<HccKpiWall>(html`<hcc-kpi-wall kiosk label="Trung tâm Hành chính công">
        <hcc-kpi-page label="Một chỉ số" columns="1" rows="1">
          <hcc-kpi-card metric="onTimeRate" no-sparkline .value=${0.972} .previous=${0.965} .updatedAt=${NOW} .clock=${new ManualClock(NOW)}></hcc-kpi-card>
        </hcc-kpi-page>
      </hcc-kpi-wall>`);
      const card = wall.querySelector('hcc-kpi-card') as HccKpiCard;
      await card.updateComplete;
      const px = (el: Element | null | undefined) => Number.parseFloat(getComputedStyle(el as Element).fontSize);
      const out = {
        base: px(wall.shadowRoot?.querySelector('.wall')),
        title: px(wall.shadowRoot?.querySelector('h1')),
        value: px(card.shadowRoot?.querySelector('.value')),
        label: px(card.shadowRoot?.querySelector('h2')),
        small: px(card.shadowRoot?.querySelector('.freshness')),
        valueHeight: (card.shadowRoot?.querySelector('.value') as HTMLElement).getBoundingClientRect().height,
      };
      wall.remove();
      return out;
    };

    it('sizes text from the screen height: legible from 3 m at 1080p, the same at 4K without zoom', async () => {
      const hd = await measure(1920, 1080);
      const uhd = await measure(3840, 2160);
      // 1080p: body ≥ 3.2vh (about 35 px, ≈ 2.2 cm on a 55" screen), the smallest text ≥ 2.5vh, numerals ≥ 10vh.
      expect(hd.base).to.be.at.least(0.032 * 1080 - 0.5);
      expect(hd.small).to.be.at.least(0.025 * 1080);
      expect(hd.label).to.be.at.least(hd.base);
      expect(hd.valueHeight).to.be.at.least(0.1 * 1080);
      // 4K: every size doubles with the screen, so the layout is the same without browser zoom.
      for (const k of ['base', 'title', 'value', 'label', 'small'] as const) {
        expect(uhd[k] / hd[k], k).to.be.closeTo(2, 0.02);
      }
    });
  });
});
