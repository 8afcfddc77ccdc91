// The page's only script, optional: search results link to ?ma=<code> (href-template), and this
// shows that procedure in the guide; ?lang=en switches the language of the whole page.
const params = new URLSearchParams(location.search);
const code = params.get('ma');
if (code) {
  document.querySelector('hcc-procedure-guide')?.setAttribute('procedure-code', code);
  document.querySelector('hcc-procedure-search')?.setAttribute('selected-code', code);
}
const lang = params.get('lang');
if (lang === 'vi' || lang === 'en') document.documentElement.lang = lang;
