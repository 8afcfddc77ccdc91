/**
 * Languages of the widgets: Vietnamese (default) and English ship; add another at runtime with
 * `addTranslations(lang, namespace, dict)` per namespace (`translationNamespaces()` lists them) and check
 * what is left with `missingTranslations(lang)`. Keys a language lacks show in Vietnamese. Importing
 * this module registers no element. See docs/i18n.md.
 */
export {
  addTranslations,
  availableLangs,
  missingTranslations,
  normaliseLang,
  resolveLang,
  translationNamespaces,
  DEFAULT_LANG,
  Strings,
  type Dict,
  type DictOf,
  type ShippedLang,
} from './i18n/localize.js';
