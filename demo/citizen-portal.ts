/**
 * The citizen-portal station of the demo centre: `<hcc-procedure-search>` beside
 * `<hcc-procedure-guide>`, and `<hcc-dossier-status>` below, on the embedded local source, an HTTP
 * back end (`?api=`) or a static catalogue (`?procedures-src=`). Choosing a result shows its guide and
 * puts its code in the address (`?ma=`), so the address is the share link.
 */
import '../src/procedure.js';
import '../src/components/data-source/data-source.js';
import type { HccProcedureSearch } from '../src/components/procedure/procedure-search.js';
import type { HccProcedureGuide } from '../src/components/procedure/procedure-guide.js';
import type { HccDossierStatus } from '../src/components/dossier-status/dossier-status.js';

const params = new URLSearchParams(location.search);
const provider = document.querySelector('hcc-data-source')!;
if (params.get('api')) provider.setAttribute('api', params.get('api')!);
if (params.get('procedures-src')) provider.setAttribute('procedures-src', params.get('procedures-src')!);

const lang = params.get('lang');
if (lang === 'vi' || lang === 'en') document.documentElement.lang = lang;
const theme = params.get('theme');

const search = document.createElement('hcc-procedure-search') as HccProcedureSearch;
search.hrefTemplate = '?ma={code}';
search.query = params.get('q') ?? '';
const guide = document.createElement('hcc-procedure-guide') as HccProcedureGuide;
guide.lookupHref = '#tra-cuu';
guide.procedureCode = params.get('ma') ?? '1.001193';
search.selectedCode = guide.procedureCode;
if (params.get('view') === 'print') guide.view = 'print';
// The dossier status reads `?ho-so=` (e.g. from the QR code on a receipt), so a link can open it filled in.
const status = document.createElement('hcc-dossier-status') as HccDossierStatus;
status.urlParam = 'ho-so';
for (const el of [search, guide, status]) if (theme) el.setAttribute('theme', theme);

document.querySelector('#tim-kiem')!.append(search);
document.querySelector('#huong-dan')!.append(guide);
document.querySelector('#tra-cuu')!.append(status);
if (params.get('ho-so')) document.querySelector('#tra-cuu')!.scrollIntoView();

// Search → guide without a page load; the address keeps the code so it can be shared or reloaded.
search.addEventListener('hcc-procedure-select', (e) => {
  e.preventDefault();
  const code = e.detail.code;
  guide.procedureCode = code;
  search.selectedCode = code;
  const url = new URL(location.href);
  url.searchParams.set('ma', code);
  url.hash = '';
  history.pushState({ code }, '', url);
  const section = document.querySelector<HTMLElement>('#huong-dan')!;
  section.scrollIntoView({ block: 'start' });
  section.focus({ preventScroll: true });
});
addEventListener('popstate', () => {
  const code = new URLSearchParams(location.search).get('ma');
  if (code) {
    guide.procedureCode = code;
    search.selectedCode = code;
  }
});

for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
  const sync = () => b.setAttribute('aria-pressed', String(document.documentElement.lang === b.dataset.lang));
  sync();
  b.addEventListener('click', () => {
    document.documentElement.lang = b.dataset.lang!;
    for (const x of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) x.setAttribute('aria-pressed', String(x === b));
  });
}
