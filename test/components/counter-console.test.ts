// <hcc-counter-console> in real headless Chromium, on a MemorySource running the real queue engine,
// next to a real <hcc-queue-board> on the same source (the standalone centre end to end).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/queue.js';
import type { HccCounterConsole, CounterCommandDetail } from '../../src/components/counter-console/counter-console.js';
import type { HccQueueBoard, TicketCalledDetail } from '../../src/components/queue-board/queue-board.js';
import { setDefaultSource } from '../../src/data/registry.js';
import { MemorySource } from '../../src/data/adapters/memory/memory-source.js';
import { parseIso } from '../../src/core/time/index.js';
import type { QueueCommand } from '../../src/data/schemas/queue.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { hallOrg } from './queue-board-support.js';

const T0 = parseIso('2026-03-02T09:00:00+07:00')!;
const $ = (el: HTMLElement, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const buttonNamed = (el: HTMLElement, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name) as HTMLButtonElement;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
function collect<T>(el: EventTarget, type: string): T[] {
  const out: T[] = [];
  el.addEventListener(type, (e) => out.push((e as CustomEvent<T>).detail));
  return out;
}

describe('<hcc-counter-console>', function () {
  this.timeout(20_000);
  let clock: ManualClock;
  let source: MemorySource;

  beforeEach(() => {
    localStorage.removeItem('hcc:v1:counter-console:counter');
    sessionStorage.clear();
    clock = new ManualClock(T0);
    source = new MemorySource({ org: hallOrg, clock });
    setDefaultSource(source);
  });
  afterEach(() => setDefaultSource(undefined));

  async function consoleFor(counterId: string): Promise<HccCounterConsole> {
    const el = await fixture<HccCounterConsole>(html`<hcc-counter-console counter-id=${counterId} .clock=${clock}></hcc-counter-console>`);
    await waitUntil(() => $(el, '.current'), 'the console shows its counter');
    return el;
  }
  async function issue(...services: string[]): Promise<void> {
    for (const serviceId of services) {
      clock.advance(1000);
      await source.command({ type: 'issue', unitId: 'c1', serviceId, priority: 'none' } as QueueCommand);
    }
  }
  const click = async (el: HccCounterConsole, name: string) => {
    buttonNamed(el, name).click();
    await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'));
    await el.updateComplete;
  };

  describe('accessibility', () => {
    it('is accessible idle, with a ticket, paused, with an error, and while choosing a counter', async () => {
      const el = await consoleFor('q1');
      await expect(el).to.be.accessible();
      await issue('ho-tich');
      await click(el, 'Gọi số tiếp theo');
      await expect(el).to.be.accessible();
      source.failNext('network');
      await click(el, 'Gọi lại');
      expect(clean($(el, '.message')!.textContent)).to.equal('Mất kết nối – lệnh chưa được thực hiện, hãy thử lại');
      await expect(el).to.be.accessible();
      await click(el, 'Tạm dừng quầy');
      await expect(el).to.be.accessible();
      const chooser = await fixture<HccCounterConsole>(html`<hcc-counter-console .clock=${clock}></hcc-counter-console>`);
      await waitUntil(() => chooser.shadowRoot!.querySelectorAll('option').length > 1);
      await expect(chooser).to.be.accessible();
    });
  });

  describe('commands', () => {
    it('calls the next ticket (priority first) and the hall board announces it', async () => {
      const board = await fixture<HccQueueBoard>(html`<hcc-queue-board audio="off" heartbeat-ms="0" .clock=${clock} style="height: 400px"></hcc-queue-board>`);
      await waitUntil(() => $(board, '.body'));
      const announced = collect<TicketCalledDetail>(board, 'hcc-ticket-called');
      const el = await consoleFor('q1');
      await issue('ho-tich');
      clock.advance(1000);
      await source.command({ type: 'issue', unitId: 'c1', serviceId: 'ho-tich', priority: 'elderly' });
      await click(el, 'Gọi số tiếp theo');
      expect(clean($(el, '.number')!.textContent)).to.equal('1002');
      expect(clean($(el, '.badge')!.textContent)).to.equal('★ Ưu tiên · Người cao tuổi');
      await waitUntil(() => announced.length === 1);
      expect(announced[0]!.call).to.deep.include({ number: 1002, counterNumber: 1 });
    });

    it('sends one command for a double tap: the button is busy until the first one finished', async () => {
      const el = await consoleFor('q1');
      await issue('ho-tich', 'ho-tich', 'ho-tich');
      await el.updateComplete;
      const done = collect<CounterCommandDetail>(el, 'hcc-command');
      const b = buttonNamed(el, 'Gọi số tiếp theo');
      // Three taps in the same moment, before the console could re-render.
      b.click();
      b.click();
      b.click();
      await el.updateComplete;
      expect(buttonNamed(el, 'Gọi số tiếp theo').disabled, 'disabled while the command is in flight').to.equal(true);
      await waitUntil(() => done.length >= 1 && !el.shadowRoot!.querySelector('[aria-busy="true"]'));
      expect(done).to.have.length(1);
      expect((await source.snapshot('c1')).calls.map((c) => c.number)).to.deep.equal([1001]);
      // A real tap afterwards is a new, deliberate command.
      const r = buttonNamed(el, 'Gọi số tiếp theo').getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
      await waitUntil(() => done.length === 2);
      expect((await source.snapshot('c1')).calls.map((c) => c.number)).to.deep.equal([1002, 1001]);
    });

    it('recall, arrival, finish and skip follow the ticket; buttons that do not apply are disabled', async () => {
      const el = await consoleFor('q1');
      expect(buttonNamed(el, 'Gọi số tiếp theo').disabled, 'nobody waiting').to.equal(true);
      await issue('ho-tich', 'ho-tich');
      await el.updateComplete;
      for (const name of ['Gọi lại', 'Công dân đã đến', 'Hoàn thành', 'Vắng mặt, bỏ qua']) expect(buttonNamed(el, name).disabled, name).to.equal(true);
      await click(el, 'Gọi số tiếp theo');
      await click(el, 'Gọi lại');
      expect(clean($(el, '.ticket')!.textContent)).to.contain('Đã gọi lại 1 lần');
      await click(el, 'Công dân đã đến');
      expect(clean($(el, '.tstate')!.textContent)).to.equal('Đang phục vụ');
      expect(buttonNamed(el, 'Công dân đã đến').disabled).to.equal(true);
      await click(el, 'Hoàn thành');
      expect(clean($(el, '.none')!.textContent)).to.equal('Chưa gọi số nào');
      await click(el, 'Gọi số tiếp theo');
      await click(el, 'Vắng mặt, bỏ qua');
      const s = await source.snapshot('c1');
      expect(s.tickets.map((t) => [t.number, t.status])).to.deep.equal([[1001, 'served'], [1002, 'no_show']]);
    });

    it('transfers the ticket to another service, keeping its place', async () => {
      const el = await consoleFor('q1');
      await issue('ho-tich');
      await click(el, 'Gọi số tiếp theo');
      const select = el.shadowRoot!.querySelector('.transfer-select') as HTMLSelectElement;
      select.value = 'dat-dai';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await click(el, 'Chuyển');
      const t = (await source.snapshot('c1')).tickets[0]!;
      expect([t.serviceId, t.status]).to.deep.equal(['dat-dai', 'waiting']);
    });

    it('pauses with a reason and reopens; a refused command shows why', async () => {
      const el = await consoleFor('q2');
      const select = el.shadowRoot!.querySelector('.reason-select') as HTMLSelectElement;
      select.value = 'Họp, giao ban';
      select.dispatchEvent(new Event('change'));
      await click(el, 'Tạm dừng quầy');
      expect(clean($(el, '.state')!.textContent)).to.equal('Tạm dừng: Họp, giao ban');
      source.failNext('http', { status: 409 });
      await click(el, 'Mở lại quầy');
      expect(clean($(el, '.message')!.textContent)).to.match(/^Không thực hiện được lúc này \(/);
      expect($(el, '.message')!.getAttribute('role')).to.equal('alert');
      await click(el, 'Mở lại quầy');
      expect(clean($(el, '.state')!.textContent)).to.equal('Đang mở');
    });
  });

  describe('properties', () => {
    it('without counter-id the officer chooses a counter, and the choice is remembered on the device', async () => {
      const el = await fixture<HccCounterConsole>(html`<hcc-counter-console .clock=${clock}></hcc-counter-console>`);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('option').length > 1);
      const select = el.shadowRoot!.querySelector('select')!;
      expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Chọn quầy', 'Quầy 1 – Quầy 1 – Hộ tịch', 'Quầy 2 – Quầy 2 – Hộ tịch', 'Quầy 3 – Quầy 3 – Đất đai', 'Quầy 4 – Quầy 4 – Chứng thực']);
      select.value = 'q3';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => $(el, '.current'));
      expect(el.activeCounterId).to.equal('q3');
      const again = await fixture<HccCounterConsole>(html`<hcc-counter-console .clock=${clock}></hcc-counter-console>`);
      await waitUntil(() => $(again, '.current'));
      expect(again.activeCounterId).to.equal('q3');
    });

    it('follows the queue of the counter\'s own unit (a ward counter)', async () => {
      clock.advance(1000);
      await source.command({ type: 'issue', unitId: 'w1', serviceId: 'dat-dai', priority: 'none' });
      const el = await consoleFor('w1-q1');
      await waitUntil(() => !buttonNamed(el, 'Gọi số tiếp theo').disabled, 'the ward ticket is callable');
      await click(el, 'Gọi số tiếp theo');
      expect(clean($(el, '.number')!.textContent)).to.equal('4001');
      expect((await source.snapshot('w1')).calls.map((c) => c.counterId)).to.deep.equal(['w1-q1']);
    });
  });

  describe('i18n', () => {
    it('speaks English with lang="en"', async () => {
      const el = await fixture<HccCounterConsole>(html`<hcc-counter-console lang="en" counter-id="q1" .clock=${clock}></hcc-counter-console>`);
      await waitUntil(() => $(el, '.current'));
      expect(buttonNamed(el, 'Call next')).to.exist;
      expect(clean($(el, '.title')!.textContent)).to.equal('Counter 1 Quầy 1 – Hộ tịch');
    });
  });

  describe('cleanup', () => {
    it('unsubscribes from the queue when removed', async () => {
      const el = await consoleFor('q1');
      const subs = () => (source as unknown as { subscribers: Set<unknown> }).subscribers.size;
      expect(subs()).to.equal(1);
      el.remove();
      expect(subs()).to.equal(0);
      expect(clock.pending).to.equal(0);
    });
  });
});
