import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import * as all from '../../src/index.js';
import '../../src/components/rating-settings/rating-settings.js';
import { addTranslations, availableLangs, missingTranslations, translationNamespaces } from '../../src/i18n/localize.js';
import { strings as dossierStrings } from '../../src/components/dossier-status/strings.js';
import { MemorySource } from '../../src/data/adapters/memory/index.js';
import { setDefaultSource } from '../../src/data/registry.js';
import { generateSeed } from '../../src/data/seed/index.js';

/**
 * Every visible string comes from the dictionaries: each namespace is complete in English; every
 * widget rendered in English shows no Vietnamese but its data (names of units, procedures, officers);
 * a language added at runtime is used where it has keys and falls back to Vietnamese where it has
 * not, never showing `undefined`; `missingTranslations()` says what an added language lacks.
 */

const DAY = 86_400_000;
const now = Date.now();
const seed = generateSeed({ from: now - 70 * DAY, to: now, casesPerYear: 1500 });
const cases = [...seed.cases].flat();
const source = new MemorySource({ org: seed.org, procedures: seed.procedures, cases, ratings: seed.ratings, petitions: seed.petitions });

/** Letters only Vietnamese uses among the languages shipped. */
const VI_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const WORD = /[\p{L}\p{M}]+/gu;

/** Every word of the demo data a widget may show as it is (names are data, not interface text). */
const dataWords = new Set(
  JSON.stringify([seed.org, seed.procedures, cases.slice(0, 3000)])
    .normalize('NFC')
    .toLowerCase()
    .match(WORD) ?? [],
);

/** Attributes that make each widget show its content; other elements render bare. */
const ATTRS: Record<string, string> = {
  'hcc-rating-form': 'unit-id="hl-tthcc" counter-id="hl-tthcc-q01"',
  'hcc-queue-board': 'unit-id="hl-tthcc" layout="compact" audio="off"',
  'hcc-counter-console': 'unit-id="hl-tthcc" counter-id="hl-tthcc-q02"',
  'hcc-kpi-card': 'metric="onTimeRate" period="this-month" unit-id="hl-tthcc"',
  'hcc-kpi-chart': 'metric="received" group-by="field" period="this-month" unit-id="hl-tthcc"',
  'hcc-kpi-766': 'period="this-month" unit-id="hl-tthcc"',
  'hcc-kpi-ranking': 'metric="onTimeRate" limit="5" period="this-month"',
  'hcc-kpi-results': 'unit-id="hl-tthcc"',
  'hcc-kpi-wall': 'period="this-month" unit-id="hl-tthcc" pages="overview"',
  'hcc-procedure-guide': 'procedure-code="1.001193" ephemeral',
  'hcc-qr-code': 'value="https://dichvucong.gov.vn/" label="QR"',
};
/** Parts another element opens, and containers without text of their own. */
const SKIP = new Set(['hcc-rating-settings', 'hcc-kpi-page', 'hcc-data-source']);

const tags = [...new Set(Object.values(all) as unknown[])]
  .filter((v): v is CustomElementConstructor => typeof v === 'function' && v.prototype instanceof HTMLElement)
  .map((c) => (customElements as CustomElementRegistry & { getName(c: CustomElementConstructor): string | null }).getName(c))
  .filter((t): t is string => Boolean(t) && !SKIP.has(t!))
  .sort();

/** Text nodes of a shadow tree (nested ones included) with the nearest `lang` above each. */
function texts(root: Node, lang: string, out: Array<{ text: string; lang: string }> = []): Array<{ text: string; lang: string }> {
  for (const n of root.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) {
      if (n.nodeValue?.trim()) out.push({ text: n.nodeValue.trim(), lang });
      continue;
    }
    if (!(n instanceof Element) || n.localName === 'style' || n.localName === 'script') continue;
    const own = n.getAttribute('lang') || lang;
    const label = ['aria-label', 'title', 'placeholder', 'alt'].map((a) => n.getAttribute(a)).filter((v): v is string => Boolean(v));
    for (const l of label) out.push({ text: l, lang: own });
    if (n.shadowRoot) texts(n.shadowRoot, own, out);
    texts(n, own, out);
  }
  return out;
}

/** Renders a tag inside `<div lang>` and waits until its text stops changing. */
async function render(tag: string, lang: string): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(staticHtml`<div lang=${lang}><${unsafeStatic(tag)} ${unsafeStatic(ATTRS[tag] ?? '')}></${unsafeStatic(tag)}></div>`);
  const el = wrap.firstElementChild as HTMLElement;
  let last = '';
  let stable = 0;
  await waitUntil(
    () => {
      const now = JSON.stringify(texts(el.shadowRoot ?? el, lang));
      stable = now === last && now.length > 2 ? stable + 1 : 0;
      last = now;
      return stable >= 4;
    },
    `${tag} did not settle`,
    { interval: 250, timeout: 30_000 },
  );
  return el;
}

describe('i18n', () => {
  before(() => setDefaultSource(source));
  after(() => setDefaultSource(undefined));

  it('every namespace is complete in English (same keys, same kinds, no function expecting more arguments)', () => {
    expect(translationNamespaces().length).to.be.greaterThan(4);
    expect(missingTranslations('en')).to.deep.equal([]);
    expect(availableLangs()).to.include.members(['vi', 'en']);
  });

  for (const tag of tags) {
    it(`<${tag}> in English shows no Vietnamese interface text (only data)`, async function () {
      this.timeout(60_000);
      const el = await render(tag, 'en');
      const leaks = texts(el.shadowRoot ?? el, 'en')
        .filter((t) => !t.lang.startsWith('vi') && VI_LETTER.test(t.text))
        .filter((t) => (t.text.normalize('NFC').toLowerCase().match(WORD) ?? []).some((w) => VI_LETTER.test(w) && !dataWords.has(w)))
        .map((t) => t.text.slice(0, 120));
      expect(leaks, `${tag}: text not from a dictionary (or not marked lang="vi")`).to.deep.equal([]);
    });
  }

  it('switches language at runtime when the nearest lang changes', async () => {
    const el = await render('hcc-dossier-status', 'vi');
    expect(el.shadowRoot!.textContent).to.include(dossierStrings.dict('vi').title);
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => el.shadowRoot!.textContent!.includes(dossierStrings.dict('en').title), 'switched to English');
    document.documentElement.lang = 'en';
    el.parentElement!.removeAttribute('lang');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.textContent).to.include(dossierStrings.dict('en').title);
    document.documentElement.lang = 'vi';
    await waitUntil(() => el.shadowRoot!.textContent!.includes(dossierStrings.dict('vi').title), 'back to Vietnamese with <html lang>');
  });

  describe('a language added at runtime', () => {
    after(() => {
      // Leave no French behind for other tests in this page.
      for (const ns of translationNamespaces()) addTranslations('fr', ns, {});
    });

    it('is used where it has keys, falls back to Vietnamese where not, and missingTranslations() lists the gaps', async () => {
      addTranslations('fr', 'dossier', { title: 'Suivi du dossier', submit: 'Rechercher' });
      const el = await render('hcc-dossier-status', 'fr');
      const text = el.shadowRoot!.textContent!;
      expect(text).to.include('Suivi du dossier');
      expect(text).to.include(dossierStrings.dict('vi').codeLabel);
      expect(text).not.to.match(/undefined|\[object/);
      const gaps = missingTranslations('fr');
      expect(gaps.filter((g) => g.namespace === 'dossier' && g.problem === 'missing').map((g) => g.key)).to.include('codeLabel').and.not.include('title');
      expect(gaps.some((g) => g.namespace !== 'dossier')).to.equal(true);
    });

    it('Strings.translate() registers a complete language for a namespace', async () => {
      const en = dossierStrings.dict('en');
      dossierStrings.translate('fr', { ...en, title: 'Où en est mon dossier ?' });
      expect(missingTranslations('fr').filter((g) => g.namespace === 'dossier')).to.deep.equal([]);
      const el = await render('hcc-dossier-status', 'fr-FR');
      expect(el.shadowRoot!.textContent).to.include('Où en est mon dossier ?');
    });
  });
});
