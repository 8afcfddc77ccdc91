// Malformed queue data delivered to the hall board and the counter console the way they receive it:
// the organisation and the queue snapshot over HTTP, events over Server-Sent Events, command results
// over HTTP, each read, parsed and validated by the HTTP adapter (fixture bodies from
// test/fixtures/invalid), and the real reference server answering with its `malformed` fault. The
// widgets must keep their frame, say in the page's language that the data was invalid, report each
// rejected payload as a `schema` DataError, and keep the last good state.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/queue.js';
import type { HccQueueBoard, DataRejectedDetail, TicketCalledDetail } from '../../src/components/queue-board/queue-board.js';
import type { HccCounterConsole, CounterCommandDetail } from '../../src/components/counter-console/counter-console.js';
import { setDefaultSource } from '../../src/data/registry.js';
import { refServer, startRefServer } from '../helpers/refserver.js';
import {
  FixtureBackend, collect, expectFrame, expectLocalizedIssues, expectSchemaError, fixtureText, invalidFixtures, setLang, sse, until, watchPage,
} from './bad-input-support.js';

const UNIT = 'qn-bai-chay';
const STREAM = /^\/queue\/qn-bai-chay\/stream/;
const SNAPSHOT = /^\/queue\/qn-bai-chay\/snapshot/;

const ORG = await fixtureText('valid/OrgData/quang-ninh-2025.json');
const GOOD = await fixtureText('valid/QueueSnapshot/morning-bai-chay.json');
const BAD_SNAPSHOTS = await invalidFixtures('QueueSnapshot');
const BAD_EVENTS = await invalidFixtures('QueueEvent');
const BAD_ORGS = await invalidFixtures('OrgData');
const BAD_RESULTS = await invalidFixtures('QueueCommandResult');

/** Board texts in both languages. */
const BOARD = {
  vi: { error: 'Lỗi dữ liệu, đang thử lại', rejected: /^Đã bỏ qua \d+ bản tin không hợp lệ$/ },
  en: { error: 'Data error, retrying', rejected: /^Ignored \d+ invalid updates?$/ },
};
const CONSOLE = {
  vi: { error: 'Dữ liệu hàng đợi nhận được không hợp lệ nên chưa hiển thị được; đang chờ dữ liệu mới.', unreadable: /^Không đọc được trả lời của máy chủ/ },
  en: { error: 'The queue data received is invalid and cannot be shown; waiting for new data.', unreadable: /^The server's answer could not be read/ },
};

/** A back end with a valid organisation and snapshot; tests replace one answer with a malformed one. */
function backend(): FixtureBackend {
  return new FixtureBackend()
    .on('GET', /^\/org$/, { body: ORG })
    .on('GET', SNAPSHOT, { body: GOOD })
    .on('GET', STREAM, { sse: sse('snapshot', GOOD, 'e-20260304-a1.44') });
}

async function board(attrs = ''): Promise<{ el: HccQueueBoard; rejected: DataRejectedDetail[]; calls: TicketCalledDetail[] }> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px; height: 560px"></div>`);
  const el = document.createElement('hcc-queue-board');
  el.setAttribute('unit-id', UNIT);
  el.setAttribute('audio', 'off');
  el.setAttribute('layout', 'landscape');
  el.style.height = '560px';
  if (attrs) el.setAttribute('lang', attrs);
  const rejected = collect<DataRejectedDetail>(el, 'hcc-data-rejected');
  const calls = collect<TicketCalledDetail>(el, 'hcc-ticket-called');
  wrap.append(el);
  await el.updateComplete;
  return { el, rejected, calls };
}

const $ = (el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const textOf = (el: HTMLElement, sel: string) => ($(el, sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The board shows why nothing is on screen, in Vietnamese and then (lang="en") in English. */
async function expectBoardError(el: HccQueueBoard): Promise<void> {
  expectFrame(el);
  for (const lang of ['vi', 'en'] as const) {
    await setLang(el, lang);
    expect(textOf(el, '.loading'), lang).to.equal(BOARD[lang].error);
    expect(textOf(el, '.status .rejected'), lang).to.match(BOARD[lang].rejected);
  }
  await setLang(el, null);
}

afterEach(() => setDefaultSource(undefined));

describe('<hcc-queue-board> fed malformed data', () => {
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => {
    sessionStorage.clear();
    page = watchPage();
  });
  afterEach(() => expect(page.stop(), 'errors on the page').to.deep.equal([]));

  for (const file of BAD_SNAPSHOTS) {
    it(`rejects the stream's snapshot ${file} and says the data is invalid instead of loading`, async () => {
      const bad = await fixtureText(`invalid/QueueSnapshot/${file}`);
      backend().on('GET', STREAM, { sse: sse('snapshot', bad, 'e-20260304-a1.44') }).on('GET', SNAPSHOT, { body: bad }).use();
      const { el, rejected } = await board();
      await until(() => rejected.length > 0, 'hcc-data-rejected');
      expectLocalizedIssues(rejected[0]!.error, file);
      expect(rejected[0]!.count).to.equal(1);
      await el.updateComplete;
      expect($(el, '.body'), 'no board drawn from a rejected snapshot').to.equal(null);
      await expectBoardError(el);
    });
  }

  for (const file of BAD_ORGS) {
    it(`rejects the organisation ${file} and says the data is invalid`, async () => {
      backend().on('GET', /^\/org$/, { body: await fixtureText(`invalid/OrgData/${file}`) }).use();
      const { el, rejected } = await board();
      await until(() => rejected.length > 0, 'hcc-data-rejected');
      expectLocalizedIssues(rejected[0]!.error, file);
      await el.updateComplete;
      await expectBoardError(el);
    });
  }

  for (const file of BAD_EVENTS) {
    it(`drops the event ${file} and keeps the last good state`, async () => {
      const bad = await fixtureText(`invalid/QueueEvent/${file}`);
      // The event follows the good snapshot on the same connection.
      backend().on('GET', STREAM, { sse: sse('snapshot', GOOD, 'e-20260304-a1.44') + sse('queue', bad, 'e-20260304-a1.45') }).use();
      const { el, rejected } = await board();
      await until(() => rejected.length > 0, 'hcc-data-rejected');
      expectLocalizedIssues(rejected[0]!.error, file);
      await until(() => $(el, '.now-number'), 'the good snapshot on screen');
      expectFrame(el);
      expect(textOf(el, '.now-number')).to.contain('2003');
      expect(textOf(el, '.status .rejected')).to.equal('Đã bỏ qua 1 bản tin không hợp lệ');
      await setLang(el, 'en');
      expect(textOf(el, '.status .rejected')).to.equal('Ignored 1 invalid update');
    });
  }

  it('folds a repeated event and a repeated ticket id once: no second call, no second waiting ticket', async () => {
    const issued = JSON.parse(await fixtureText('valid/QueueEvent/ticket-issued.json')) as { seq: number; ticket: Record<string, unknown> };
    const called = JSON.parse(await fixtureText('valid/QueueEvent/ticket-called.json')) as { seq: number };
    const again = { ...issued, seq: 46, ticket: { ...issued.ticket, priority: 'elderly' } };
    const stream = [
      sse('snapshot', GOOD, 'e-20260304-a1.44'),
      sse('queue', JSON.stringify(issued), 'e-20260304-a1.45'),
      // The same event again (a replay after a reconnect), then the same ticket issued a second time.
      sse('queue', JSON.stringify(issued), 'e-20260304-a1.45'),
      sse('queue', JSON.stringify(again), 'e-20260304-a1.46'),
      sse('queue', JSON.stringify(called), 'e-20260304-a1.47'),
      sse('queue', JSON.stringify(called), 'e-20260304-a1.47'),
    ].join('');
    backend().on('GET', STREAM, { sse: stream }).use();
    const { el, rejected, calls } = await board();
    await until(() => calls.some((c) => c.call.number === 1007), 'the call of ticket 1007');
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    expect(rejected).to.deep.equal([]);
    expect(calls.filter((c) => c.call.seq === called.seq), 'announced once').to.have.length(1);
    const hoTich = [...el.shadowRoot!.querySelectorAll('.service')].find((r) => r.querySelector('.service-name')?.textContent?.includes('Hộ tịch'));
    // 1007 was called (seq 47); 1011 waits once although it was issued twice.
    expect(hoTich?.querySelector('.waiting')?.textContent?.trim()).to.equal('1');
    expect(hoTich?.textContent).to.contain('1 ưu tiên');
  });

  it('passes axe while showing that the data is invalid, in both languages', async () => {
    backend().on('GET', STREAM, { sse: sse('snapshot', await fixtureText('invalid/QueueSnapshot/duplicate-ticket-id.json')) }).use();
    const { el, rejected } = await board();
    await until(() => rejected.length > 0, 'hcc-data-rejected');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await setLang(el, 'en');
    await expect(el).to.be.accessible();
  });
});

describe('<hcc-counter-console> fed malformed data', () => {
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => {
    localStorage.removeItem('hcc:v1:counter-console:counter');
    page = watchPage();
  });
  afterEach(() => expect(page.stop(), 'errors on the page').to.deep.equal([]));

  async function console_(lang?: string): Promise<{ el: HccCounterConsole; rejected: DataRejectedDetail[]; commands: CounterCommandDetail[] }> {
    const el = await fixture<HccCounterConsole>(html`<hcc-counter-console counter-id="bc-quay-1" lang=${lang ?? 'vi'}></hcc-counter-console>`);
    return { el, rejected: collect<DataRejectedDetail>(el, 'hcc-data-rejected'), commands: collect<CounterCommandDetail>(el, 'hcc-command') };
  }

  async function expectConsoleError(el: HccCounterConsole): Promise<void> {
    expectFrame(el);
    for (const lang of ['vi', 'en'] as const) {
      await setLang(el, lang);
      expect(textOf(el, '[role="alert"]'), lang).to.equal(CONSOLE[lang].error);
      expect($(el, '[part~="actions"]'), 'no buttons for a state it does not have').to.equal(null);
    }
  }

  for (const file of BAD_SNAPSHOTS) {
    it(`rejects the snapshot ${file}, reports it and says so instead of loading`, async () => {
      const bad = await fixtureText(`invalid/QueueSnapshot/${file}`);
      backend().on('GET', STREAM, { sse: sse('snapshot', bad) }).on('GET', SNAPSHOT, { body: bad }).use();
      const { el, rejected } = await console_();
      await until(() => rejected.length > 0, 'hcc-data-rejected');
      expectLocalizedIssues(rejected[0]!.error, file);
      await el.updateComplete;
      await expectConsoleError(el);
    });
  }

  for (const file of BAD_ORGS) {
    it(`rejects the organisation ${file}, reports it and says so`, async () => {
      backend().on('GET', /^\/org$/, { body: await fixtureText(`invalid/OrgData/${file}`) }).use();
      const { el, rejected } = await console_();
      await until(() => rejected.length > 0, 'hcc-data-rejected');
      expectLocalizedIssues(rejected[0]!.error, file);
      await el.updateComplete;
      await expectConsoleError(el);
    });
  }

  for (const file of BAD_RESULTS) {
    it(`a command answered with ${file} fails as schema and says the answer could not be read`, async () => {
      backend().on('POST', /^\/queue\/commands$/, { body: await fixtureText(`invalid/QueueCommandResult/${file}`) }).use();
      const { el, commands } = await console_();
      await until(() => $(el, '[part~="actions"] button.primary'), 'the console is ready');
      const call = $(el, '[part~="actions"] button.primary') as HTMLButtonElement;
      expect(call.disabled).to.equal(false);
      call.click();
      await until(() => commands.length > 0, 'hcc-command');
      expect(commands[0]!.ok).to.equal(false);
      expectLocalizedIssues(commands[0]!.error, file);
      await el.updateComplete;
      expectFrame(el);
      expect(textOf(el, '.message.error')).to.match(CONSOLE.vi.unreadable);
      expect($(el, '.message.error')!.getAttribute('role')).to.equal('alert');
      await setLang(el, 'en');
      expect(textOf(el, '.message.error')).to.match(CONSOLE.en.unreadable);
      expect(call.disabled, 'usable again').to.equal(false);
    });
  }

  it('passes axe while showing that the data is invalid, and after an unreadable command answer', async () => {
    backend().on('GET', STREAM, { sse: sse('snapshot', await fixtureText('invalid/QueueSnapshot/duplicate-counter-id.json')) }).use();
    const first = await console_();
    await until(() => first.rejected.length > 0, 'hcc-data-rejected');
    await first.el.updateComplete;
    await expect(first.el).to.be.accessible();

    backend().on('POST', /^\/queue\/commands$/, { body: await fixtureText('invalid/QueueCommandResult/ok-string.json') }).use();
    const second = await console_('en');
    await until(() => $(second.el, '[part~="actions"] button.primary'), 'the console is ready');
    ($(second.el, '[part~="actions"] button.primary') as HTMLButtonElement).click();
    await until(() => second.commands.length > 0, 'hcc-command');
    await second.el.updateComplete;
    await expect(second.el).to.be.accessible();
  });
});

describe('queue widgets against the reference server answering with malformed JSON', function () {
  this.timeout(120_000);
  let api = '';
  before(async () => {
    ({ api } = await startRefServer({ casesPerYear: 200 }));
  });
  afterEach(() => refServer('faults', {}));

  it('the board says the organisation is invalid while the server sends broken JSON, and recovers when it stops', async () => {
    await refServer('faults', { malformed: 1, paths: '^/api/v1/org$' });
    const el = await fixture<HccQueueBoard>(html`<hcc-queue-board api=${api} audio="off" style="height: 500px"></hcc-queue-board>`);
    const rejected = collect<DataRejectedDetail>(el, 'hcc-data-rejected');
    await until(() => rejected.length > 0, 'hcc-data-rejected', 20_000);
    expectSchemaError(rejected[0]!.error, 'truncated /org');
    await el.updateComplete;
    await expectBoardError(el);
    await refServer('faults', {});
    await until(() => $(el, '.body') && el.connection === 'live', 'the board recovers', 30_000);
    expectFrame(el);
  });

  it('the console reports a command answer it cannot read, and the stream shows what the server did', async () => {
    const el = await fixture<HccCounterConsole>(html`<hcc-counter-console api=${api} unit-id="hl-tthcc" counter-id="hl-tthcc-q01"></hcc-counter-console>`);
    const commands = collect<CounterCommandDetail>(el, 'hcc-command');
    await until(() => $(el, '[part~="actions"]'), 'the console is ready', 30_000);
    // Open the counter if an earlier run paused or closed it.
    const resume = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.primary')].find((b) => /Mở lại|Tiếp tục/.test(b.textContent ?? ''));
    if (resume) {
      resume.click();
      await until(() => commands.length > 0, 'resumed');
      commands.length = 0;
    }
    await refServer('faults', { malformed: 1, paths: '^/api/v1/queue/commands$' });
    const pause = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Tạm dừng quầy')!;
    pause.click();
    await until(() => commands.length > 0, 'hcc-command', 20_000);
    expect(commands[0]!.ok).to.equal(false);
    expectSchemaError(commands[0]!.error, 'truncated command result');
    await el.updateComplete;
    expect(textOf(el, '.message.error')).to.match(CONSOLE.vi.unreadable);
    // The server did pause the counter; the live stream says so.
    await until(() => textOf(el, '.state') === 'Tạm dừng' || textOf(el, '.state').startsWith('Tạm dừng'), 'the paused state from the stream', 20_000);
    await refServer('faults', {});
    const reopen = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.primary')].find((b) => /Mở lại|Tiếp tục/.test(b.textContent ?? ''));
    reopen?.click();
  });
});
