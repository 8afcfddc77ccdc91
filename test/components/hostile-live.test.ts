// Hostile content in what the live and leadership widgets show: every entry of the XSS corpus
// (test/fixtures/xss.json, `alert(…)` turned into a canary) as the names of units, services
// (lĩnh vực), counters and officers, an officer's title, a citizen's name on a ticket and a counter's
// pause reason (hall board, counter console), as the officer, reason labels, a typed comment and the
// server's refusal reasons (rating tablet and its settings), and as unit, service, procedure and
// officer names on the KPI ranking, chart table and wall. Nothing may run, no element may come from
// the data, the text must show literally; an unsafe officer photo URL never becomes an image.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/queue.js';
import '../../src/rating.js';
import '../../src/kpi.js';
import type { HccQueueBoard } from '../../src/components/queue-board/queue-board.js';
import type { HccCounterConsole } from '../../src/components/counter-console/counter-console.js';
import type { HccRatingForm } from '../../src/components/rating-form/rating-form.js';
import { MemorySource } from '../../src/data/adapters/memory/index.js';
import { setDefaultSource } from '../../src/data/registry.js';
import type { OrgData } from '../../src/data/schemas/org.js';
import type { QueueSnapshot } from '../../src/data/schemas/queue.js';
import { SURVEY_PRESETS } from '../../src/core/rating/survey.js';
import type { RatingSurvey } from '../../src/core/rating/survey.js';
import { clearDeviceStorage, dropDb, renderForm, screenIs, tap, uniqueDb } from './rating-helpers.js';
import { FixtureBackend, until } from './bad-input-support.js';
import { demo, ManualClock, NOW, useSource } from './kpi-helpers.js';
import { canary, census, collapse, deepElements, dangerousUrl, expectInert, expectLiteral, loadCorpus, readText, settle, type Canary } from './hostile-support.js';

const { text: PAYLOADS, urls: BAD_URLS } = await loadCorpus();
const HARMLESS = 'Tên thường';

type El = HTMLElement & { updateComplete: Promise<unknown> };

/** A ward centre whose every name is `s` tagged by what it names, and a queue where every such name shows. */
function hostileHall(s: string) {
  const n = (tag: string) => `${s.slice(0, 490)}⟦${tag}⟧`;
  const shown = {
    centre: n('unit'), root: n('province'), short: n('short'), hoTich: n('field-1'), datDai: n('field-2'),
    counter1: n('counter-1'), counter2: n('counter-2'), officer: n('officer'), title: n('title'), citizen1: n('citizen-1'), citizen2: n('citizen-2'),
    pause: `${s.slice(0, 190)}⟦pause⟧`,
  };
  const org: OrgData = {
    version: 1,
    units: [
      { id: 'qn', name: shown.root, kind: 'province' },
      { id: 'bc', name: shown.centre, shortName: shown.short, kind: 'centre', parentId: 'qn' },
    ],
    fields: [{ id: 'ho-tich', name: shown.hoTich, ticketBase: 1001 }, { id: 'dat-dai', name: shown.datDai, ticketBase: 2001 }],
    counters: [
      { id: 'bc-q1', unitId: 'bc', number: 1, name: shown.counter1, fieldIds: ['ho-tich'], officerIds: ['bc-cb-01'] },
      { id: 'bc-q2', unitId: 'bc', number: 2, name: shown.counter2, fieldIds: ['dat-dai'] },
    ],
    officers: [{ id: 'bc-cb-01', unitId: 'bc', name: shown.officer, title: shown.title, photoUrl: '/test/officer-photo-missing.jpg' }],
  };
  const at = new Date(Date.now() - 60_000).toISOString();
  const snapshot: QueueSnapshot = {
    unitId: 'bc', epoch: 'hostile', seq: 3, at,
    tickets: [
      { id: 't1', number: 1001, unitId: 'bc', serviceId: 'ho-tich', status: 'serving', priority: 'elderly', issuedAt: at, counterId: 'bc-q1', calledAt: at, startedAt: at, recalls: 0, displayName: shown.citizen1 },
      { id: 't2', number: 2001, unitId: 'bc', serviceId: 'dat-dai', status: 'waiting', priority: 'none', issuedAt: at, recalls: 0, displayName: shown.citizen2 },
    ],
    counters: [
      { counterId: 'bc-q1', status: 'open', ticketId: 't1', officerId: 'bc-cb-01', fieldIds: ['ho-tich'] },
      { counterId: 'bc-q2', status: 'paused', ticketId: null, pauseReason: shown.pause, fieldIds: ['dat-dai'] },
    ],
    calls: [{ ticketId: 't1', number: 1001, counterId: 'bc-q1', serviceId: 'ho-tich', at, recall: false, priority: 'elderly', seq: 2 }],
    issued: { 'ho-tich': 1001, 'dat-dai': 2001 },
  };
  return { org, snapshot, shown } as { org: OrgData; snapshot: QueueSnapshot; shown: typeof shown };
}

async function mount<E extends El>(tag: string, attrs: Record<string, string> = {}, props: Record<string, unknown> = {}): Promise<E> {
  const el = document.createElement(tag) as E;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  (await fixture<HTMLDivElement>(html`<div style="width: 1100px; height: 700px"></div>`)).append(el);
  await el.updateComplete;
  return el;
}

let watch: Canary;
beforeEach(() => {
  watch = canary();
  sessionStorage.clear();
  localStorage.removeItem('hcc:v1:counter-console:counter');
});
afterEach(() => {
  watch.stop();
  setDefaultSource(undefined);
  expect(watch.calls, 'payloads that ran').to.deep.equal([]);
  expect(watch.problems, 'errors and policy violations').to.deep.equal([]);
});

describe('hostile names on the hall board and the counter console', function () {
  this.timeout(180_000);

  /** Renders the board and the consoles on the hall of `s`; resolves once everything shows. */
  async function hall(s: string): Promise<{ board: HccQueueBoard; consoles: HccCounterConsole[]; shown: ReturnType<typeof hostileHall>['shown'] }> {
    const { org, snapshot, shown } = hostileHall(s);
    setDefaultSource(new MemorySource({ org, snapshots: [snapshot] }));
    const board = await mount<HccQueueBoard>('hcc-queue-board', { 'unit-id': 'bc', 'show-names': '', audio: 'off', layout: 'landscape', 'heartbeat-ms': '0', style: 'height: 700px' });
    const consoles = [
      await mount<HccCounterConsole>('hcc-counter-console', { 'counter-id': 'bc-q1' }),
      await mount<HccCounterConsole>('hcc-counter-console', { 'counter-id': 'bc-q2' }),
      // Without a counter: the officer picks one from the list of counter names.
      await mount<HccCounterConsole>('hcc-counter-console', { 'unit-id': 'bc' }),
    ];
    await until(() => board.shadowRoot!.querySelector('.body') && consoles.slice(0, 2).every((c) => c.shadowRoot!.querySelector('[part~="actions"]')), 'the hall shows');
    await until(() => consoles[2]!.shadowRoot!.querySelectorAll('option').length > 2, 'the counter list');
    await settle();
    return { board, consoles, shown };
  }

  it(`shows ${PAYLOADS.length} hostile centres, services, counters, citizens and pause reasons as text, running nothing`, async () => {
    const base = await hall(HARMLESS);
    const baseline = [base.board, ...base.consoles].map((e) => census(e.shadowRoot!));
    for (const e of [base.board, ...base.consoles]) e.parentElement!.remove();
    for (const { name, value } of PAYLOADS) {
      const { board, consoles, shown } = await hall(value);
      [board, ...consoles].forEach((e, i) => expectInert(e.shadowRoot!, baseline[i], `${e.localName} #${i}: ${name}`));
      // The board: centre, service names, the citizen's name with the call, waiting names hidden.
      for (const k of ['centre', 'hoTich', 'datDai', 'citizen1'] as const) expectLiteral(board.shadowRoot!, shown[k], `board ${k}: ${name}`);
      expect(board.getAttribute('aria-label') ?? '', 'the host keeps its own label').to.not.contain('⟦');
      // The consoles: counter names, the service served, the pause reason, the transfer list, the counter list.
      expectLiteral(consoles[0]!.shadowRoot!, shown.counter1, `console 1 name: ${name}`);
      expectLiteral(consoles[0]!.shadowRoot!, shown.hoTich, `console 1 service: ${name}`);
      expectLiteral(consoles[0]!.shadowRoot!, shown.datDai, `console 1 transfer target: ${name}`);
      expectLiteral(consoles[1]!.shadowRoot!, shown.counter2, `console 2 name: ${name}`);
      expectLiteral(consoles[1]!.shadowRoot!, shown.pause, `console 2 pause reason: ${name}`);
      expectLiteral(consoles[2]!.shadowRoot!, shown.counter1, `counter list: ${name}`);
      expectLiteral(consoles[2]!.shadowRoot!, shown.counter2, `counter list: ${name}`);
      for (const e of [board, ...consoles]) e.parentElement!.remove();
    }
  });
});

describe('hostile text on the rating tablet', function () {
  this.timeout(180_000);
  let db: string;
  /** Forms of the running test, removed after it (so their outboxes close) even when it failed. */
  const forms: HTMLElement[] = [];
  beforeEach(() => {
    clearDeviceStorage();
    db = uniqueDb('hostile');
  });
  afterEach(async () => {
    for (const f of forms.splice(0)) f.remove();
    await dropDb(db);
  });

  /** The 3-level preset with the question, answers and reasons worded `s`. */
  function hostileSurvey(s: string): { survey: RatingSurvey; shown: string[] } {
    const base = SURVEY_PRESETS['3']!;
    const shown: string[] = [];
    const t = (tag: string) => {
      const v = `${s}⟦${tag}⟧`;
      shown.push(v);
      return { vi: v, en: v };
    };
    const survey: RatingSurvey = {
      question: { ...base.question, title: t('question') },
      followUp: { reasons: [{ id: 'cham', label: t('reason-1') }, { id: 'thai-do', label: t('reason-2') }], comment: true, commentMax: 500 },
    };
    return { survey, shown };
  }

  async function tablet(s: string): Promise<{ form: HccRatingForm; shown: ReturnType<typeof hostileHall>['shown']; surveyShown: string[] }> {
    const { org, snapshot, shown } = hostileHall(s);
    setDefaultSource(new MemorySource({ org, snapshots: [snapshot] }));
    const { survey, shown: surveyShown } = hostileSurvey(s);
    const form = document.createElement('hcc-rating-form');
    // A survey left mid-way (the previous round's) is not stored: each round rates the same ticket afresh.
    clearDeviceStorage();
    for (const [k, v] of Object.entries({ 'unit-id': 'bc', 'counter-id': 'bc-q1', 'officer-display': 'photo', queue: 'auto', speech: 'off', 'min-interval-seconds': '0', partial: 'discard', 'outbox-db': db })) form.setAttribute(k, v);
    form.survey = survey;
    forms.push(form);
    await renderForm(html`<div>${form}</div>`);
    await until(() => readText(form.shadowRoot!).includes(collapse(shown.officer)), 'the officer shows');
    await settle();
    return { form, shown, surveyShown };
  }

  it(`shows ${PAYLOADS.length} hostile officers, titles, questions and reasons as text, and stores hostile comments as typed, running nothing`, async () => {
    const base = await tablet(HARMLESS);
    const startBaseline = census(base.form.shadowRoot!);
    tap(base.form, 'Không hài lòng');
    await screenIs(base.form, 'page');
    await settle();
    const pageBaseline = census(base.form.shadowRoot!);
    base.form.remove();
    for (const { name, value } of PAYLOADS) {
      const { form, shown, surveyShown } = await tablet(value);
      expectInert(form.shadowRoot!, startBaseline, `start: ${name}`);
      expectLiteral(form.shadowRoot!, shown.officer, `officer: ${name}`);
      expectLiteral(form.shadowRoot!, shown.title, `title: ${name}`);
      expectLiteral(form.shadowRoot!, surveyShown[0]!, `question: ${name}`);
      // The photo is the organisation's, as given.
      expect([...form.shadowRoot!.querySelectorAll('img')].map((i) => i.getAttribute('src'))).to.deep.equal(['/test/officer-photo-missing.jpg']);
      tap(form, 'Không hài lòng');
      await screenIs(form, 'page');
      await settle();
      expectInert(form.shadowRoot!, pageBaseline, `follow-up: ${name}`);
      for (const r of surveyShown.slice(1)) expectLiteral(form.shadowRoot!, r, `reason: ${name}`);
      const comment = form.shadowRoot!.querySelector('textarea')!;
      comment.value = value;
      comment.dispatchEvent(new Event('input'));
      const stored = oneEvent(form, 'hcc-rating-stored');
      [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Gửi đánh giá')!.click();
      const { rating } = (await stored).detail;
      // Kept as typed, only trimmed (a trailing byte order mark counts as white space).
      expect(rating.comment, `comment: ${name}`).to.equal(value.trim());
      await screenIs(form, 'thanks');
      await settle();
      expectInert(form.shadowRoot!, undefined, `thanks: ${name}`);
      form.remove();
      await dropDb(db);
      db = uniqueDb('hostile');
    }
  });

  it(`lists ${PAYLOADS.length} hostile refusal reasons from the server as text in the settings`, async () => {
    const backend = new FixtureBackend()
      .on('GET', /^\/org$/, { body: JSON.stringify(hostileHall(HARMLESS).org) })
      .on('POST', /^\/ratings\/batch$/, (_u, body) => {
        const { ratings } = JSON.parse(body ?? '{}') as { ratings: { id: string }[] };
        // Each rating refused with the next hostile reason.
        return { body: JSON.stringify({ accepted: [], duplicates: [], rejected: ratings.map((r) => ({ id: r.id, code: 'policy', reason: PAYLOADS[refused++ % PAYLOADS.length]!.value })) }) };
      });
    let refused = 0;
    backend.use();
    const form = document.createElement('hcc-rating-form');
    for (const [k, v] of Object.entries({ 'unit-id': 'bc', 'officer-display': 'none', queue: 'off', speech: 'off', 'admin-pin': '2468', 'min-interval-seconds': '0', 'thanks-seconds': '1', 'outbox-db': db })) form.setAttribute(k, v);
    forms.push(form);
    await renderForm(html`<div>${form}</div>`);
    for (let i = 0; i < PAYLOADS.length; i++) {
      const rejected = oneEvent(form, 'hcc-rating-rejected');
      await until(() => form.screen === 'start', 'the start screen', 10_000);
      tap(form, 'Hài lòng');
      await rejected;
    }
    await form.openSettings();
    await form.updateComplete;
    const settings = form.shadowRoot!.querySelector('hcc-rating-settings')!;
    await settings.updateComplete;
    const pin = settings.shadowRoot!.querySelector<HTMLInputElement>('input[name="pin"]')!;
    pin.value = '2468';
    settings.shadowRoot!.querySelector('form')!.requestSubmit();
    await until(() => readText(settings.shadowRoot!).includes(collapse(PAYLOADS.at(-1)!.value)), 'every dead letter listed', 15_000);
    await settle();
    expectInert(settings.shadowRoot!, undefined, 'settings');
    for (const { name, value } of PAYLOADS) expectLiteral(settings.shadowRoot!, value, `refusal reason: ${name}`);
    form.remove();
  });

  it(`an officer photo at any of ${BAD_URLS.length} unsafe URLs: the organisation is refused and no image is made`, async () => {
    for (const { name, value } of BAD_URLS) {
      const { org } = hostileHall(HARMLESS);
      org.officers[0]!.photoUrl = value;
      new FixtureBackend().on('GET', /^\/org$/, { body: JSON.stringify(org) }).use();
      const form = document.createElement('hcc-rating-form');
      for (const [k, v] of Object.entries({ 'unit-id': 'bc', 'counter-id': 'bc-q1', 'officer-id': 'bc-cb-01', 'officer-display': 'photo', queue: 'off', speech: 'off', 'outbox-db': db })) form.setAttribute(k, v);
      forms.push(form);
      const errors: unknown[] = [];
      form.addEventListener('hcc-data-error', (e) => errors.push(e));
      await renderForm(html`<div>${form}</div>`);
      await until(() => errors.length > 0, `${name}: the organisation is refused`);
      await form.updateComplete;
      await settle();
      expect(form.shadowRoot!.querySelector('img'), name).to.equal(null);
      const unsafe = deepElements(form.shadowRoot!).flatMap((e) => ['href', 'src'].map((a) => e.getAttribute(a)).filter((u): u is string => u !== null && dangerousUrl(u)));
      expect(unsafe, name).to.deep.equal([]);
      form.remove();
    }
  });
});

describe('hostile names on the leadership screens', function () {
  this.timeout(240_000);

  /**
   * The demo year with its wards, communes, services, officers and procedures renamed: leaf unit `i`
   * gets payload `offset + i`, and so on, each tagged.
   */
  function renamed(names: (i: number) => string) {
    const { data, cases } = demo();
    let i = 0;
    const org: OrgData = {
      ...data.org,
      units: data.org.units.map((u) => (u.parentId == null ? u : { ...u, name: names(i++), shortName: names(i++) })),
      fields: data.org.fields.map((f) => ({ ...f, name: names(i++) })),
      officers: data.org.officers.map((o) => ({ ...o, name: names(i++) })),
    };
    const procedures = data.procedures.map((p) => ({ ...p, ten_thu_tuc: names(i++) }));
    const source = new MemorySource({ org, procedures, cases, ratings: data.ratings, petitions: data.petitions, clock: new ManualClock(NOW) });
    return { source, org, procedures, count: i };
  }

  const TILES: [string, Record<string, string>][] = [
    ['hcc-kpi-ranking', { metric: 'received', period: 'last-12-months', limit: '0' }],
    ['hcc-kpi-chart', { metric: 'received', 'group-by': 'unit', chart: 'bar', period: 'last-12-months' }],
    ['hcc-kpi-chart', { metric: 'received', 'group-by': 'field', chart: 'bar', period: 'last-12-months' }],
    ['hcc-kpi-chart', { metric: 'received', 'group-by': 'officer', chart: 'bar', period: 'last-12-months' }],
    ['hcc-kpi-chart', { metric: 'received', 'group-by': 'procedure', chart: 'bar', period: 'last-12-months' }],
  ];

  async function screens(names: (i: number) => string): Promise<{ els: El[]; wall: El; labels: string[] }> {
    const { source, org, procedures } = renamed(names);
    useSource(source);
    const clock = new ManualClock(NOW);
    const els: El[] = [];
    for (const [tag, attrs] of TILES) els.push(await mount<El>(tag, { ...attrs, refresh: '0' }, { clock }));
    const wall = await mount<El>('hcc-kpi-wall', { refresh: '0', rotate: '0', period: 'last-12-months' }, { clock });
    const loaded = (e: El) => (e as unknown as { fetchedAt?: number }).fetchedAt !== undefined;
    await until(() => els.every(loaded), 'the tiles load', 60_000);
    const wallTiles = () => [...wall.shadowRoot!.querySelectorAll('hcc-kpi-page:not([hidden]) > *')] as El[];
    await until(() => wallTiles().length > 0 && wallTiles().every(loaded), 'the wall loads', 60_000);
    for (const e of [...els, wall, ...wallTiles()]) await e.updateComplete;
    await settle();
    const labels = [...org.units.filter((u) => u.parentId != null).flatMap((u) => [u.name, u.shortName ?? u.name]), ...org.fields.map((f) => f.name), ...org.officers.map((o) => o.name), ...procedures.map((p) => p.ten_thu_tuc)];
    return { els, wall, labels };
  }

  it(`shows ${PAYLOADS.length} hostile unit, service, officer and procedure names as text on rankings, chart tables and the wall`, async () => {
    const base = await screens((i) => `${HARMLESS} ${i}⟦${i}⟧`);
    const baseline = [...base.els, base.wall].map((e) => census(e));
    const seen = new Set<string>();
    // Names outnumber payloads: each payload names several things in a round; two rounds shift them.
    for (const e of [...base.els, base.wall]) e.parentElement?.remove();
    for (let round = 0; round < 2; round++) {
      const { els, wall, labels } = await screens((i) => `${PAYLOADS[(i + round * 7) % PAYLOADS.length]!.value.slice(0, 480)}⟦${i}⟧`);
      [...els, wall].forEach((e, k) => expectInert(e, baseline[k], `${e.localName} #${k} round ${round}`, { layoutDependent: e === wall }));
      const everywhere = [...els, wall].map((e) => readText(e)).join('\n');
      for (const { name, value } of PAYLOADS) {
        if (labels.some((l) => l.startsWith(value.slice(0, 480)) && everywhere.includes(collapse(l)))) seen.add(name);
      }
      for (const e of [...els, wall]) e.parentElement?.remove();
    }
    expect(PAYLOADS.map((p) => p.name).filter((n) => !seen.has(n)), 'payloads never shown literally').to.deep.equal([]);
  });
});
