/**
 * Cached Intl formatters. Locale is always passed in; results never depend on the machine's locale or
 * time zone. Vietnamese: `1.234,5`, `dd/MM/yyyy`, 24-hour clock.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, opts)));
  return f;
}

function dateFormat(locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, opts)));
  return f;
}

/** BCP 47 tag for a UI language. */
export function intlLocale(lang: string): string {
  return lang === 'vi' ? 'vi-VN' : lang === 'en' ? 'en-GB' : lang;
}

/** Formats a number, e.g. `formatNumber(1234.5, 'vi', 1)` → `1.234,5`. `undefined`/NaN → `–`. */
export function formatNumber(value: number | undefined | null, lang: string, maxFractionDigits = 0, minFractionDigits = 0): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return numberFormat(intlLocale(lang), { maximumFractionDigits: maxFractionDigits, minimumFractionDigits: minFractionDigits }).format(value);
}

/** Formats a 0–1 ratio as a percentage, e.g. `0.8862` → `88,6 %` (vi) / `88.6%` (en). */
export function formatPercent(ratio: number | undefined | null, lang: string, fractionDigits = 1): string {
  if (ratio == null || !Number.isFinite(ratio)) return '–';
  return numberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits }).format(ratio);
}

/** Formats an amount of Vietnamese đồng, e.g. `50000` → `50.000 ₫`. */
export function formatVnd(amount: number | undefined | null, lang: string): string {
  if (amount == null || !Number.isFinite(amount)) return '–';
  return numberFormat(intlLocale(lang), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);
}

/** `dd/MM/yyyy` in the given time zone. */
export function formatDate(epochMs: number | undefined | null, lang: string, timeZone: string): string {
  if (epochMs == null || !Number.isFinite(epochMs)) return '–';
  return dateFormat(intlLocale(lang), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }).format(epochMs);
}

/** `HH:mm` (24-hour) in the given time zone. */
export function formatTime(epochMs: number | undefined | null, lang: string, timeZone: string, seconds = false): string {
  if (epochMs == null || !Number.isFinite(epochMs)) return '–';
  return dateFormat(intlLocale(lang), { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), hourCycle: 'h23', timeZone }).format(epochMs);
}

/** `HH:mm dd/MM/yyyy` in the given time zone. */
export function formatDateTime(epochMs: number | undefined | null, lang: string, timeZone: string): string {
  if (epochMs == null || !Number.isFinite(epochMs)) return '–';
  return `${formatTime(epochMs, lang, timeZone)} ${formatDate(epochMs, lang, timeZone)}`;
}

/** Month label `MM/yyyy`. */
export function formatMonth(epochMs: number, lang: string, timeZone: string): string {
  return dateFormat(intlLocale(lang), { month: '2-digit', year: 'numeric', timeZone }).format(epochMs);
}
