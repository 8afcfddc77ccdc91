/**
 * The words of a hall announcement: Vietnamese number reading and the call sentence built from a
 * template. Pure: the same input always gives the same sentence, in the page, a worker or Node.
 */

/** How a Vietnamese number is read. Defaults follow Northern usage, the one most TTS voices expect. */
export interface VietnameseNumberOptions {
  /** Word for a thousand: `nghìn` (default, Northern) or `ngàn` (Southern). */
  thousand?: 'nghìn' | 'ngàn';
  /** Word for an empty tens place before a unit digit (105): `linh` (default) or `lẻ`. */
  zeroTens?: 'linh' | 'lẻ';
  /** Word for 4 after `mươi` (24): `tư` (default) or `bốn`. */
  fourAfterTens?: 'tư' | 'bốn';
}

/** How ticket and counter numbers are spoken: as a number (default) or digit by digit. */
export type NumberStyle = 'words' | 'digits';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const digit = (d: number): string => DIGITS[d] ?? '';

/**
 * Reads a group of three digits (0–999). `full` means a higher group precedes it, so empty hundreds
 * and tens are read out ("không trăm", "linh"), as in 1005 → "một nghìn không trăm linh năm".
 */
function readTriple(n: number, full: boolean, o: Required<VietnameseNumberOptions>): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (h > 0 || full) out.push(digit(h), 'trăm');
  if (t === 0) {
    if (u > 0 && (h > 0 || full)) out.push(o.zeroTens);
  } else if (t === 1) {
    out.push('mười');
  } else {
    out.push(digit(t), 'mươi');
  }
  if (u === 0) return out;
  if (u === 1 && t >= 2) out.push('mốt');
  else if (u === 4 && t >= 2) out.push(o.fourAfterTens);
  else if (u === 5 && t >= 1) out.push('lăm');
  else out.push(digit(u));
  return out;
}

const SCALES = ['', 'nghìn', 'triệu', 'tỷ'] as const;

/**
 * Reads a whole number the Vietnamese way, e.g. `1023` → "một nghìn không trăm hai mươi ba",
 * `105` → "một trăm linh năm", `21` → "hai mươi mốt", `15` → "mười lăm", `24` → "hai mươi tư".
 * Handles 0 to 999 999 999 999; a negative, fractional or larger value returns `undefined`.
 */
export function vietnameseNumber(n: number, options: VietnameseNumberOptions = {}): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) return undefined;
  if (n === 0) return 'không';
  const o: Required<VietnameseNumberOptions> = { thousand: options.thousand ?? 'nghìn', zeroTens: options.zeroTens ?? 'linh', fourAfterTens: options.fourAfterTens ?? 'tư' };
  const groups: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 1000)) groups.push(v % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    // A group after a higher non-empty one is read in full ("một nghìn không trăm linh năm").
    words.push(...readTriple(g, words.length > 0, o));
    if (i > 0) words.push(i === 1 ? o.thousand : SCALES[i]!);
  }
  return words.join(' ');
}

/** Reads a number digit by digit, e.g. `1023` → "một không hai ba". `undefined` for a negative or fractional value. */
export function vietnameseDigits(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0) return undefined;
  return String(n).split('').map((c) => digit(c.charCodeAt(0) - 48)).join(' ');
}

/** Default sentence of a call (Vietnamese). `{số}` is the ticket number, `{quầy}` the counter number. */
export const DEFAULT_CALL_TEMPLATE_VI = 'Mời công dân có số {số} đến quầy số {quầy}';
/** Default sentence of a recall (Vietnamese). */
export const DEFAULT_RECALL_TEMPLATE_VI = 'Xin mời lại công dân có số {số} đến quầy số {quầy}';
/** Default sentence of a call (English). `{number}` and `{counter}` work in every template. */
export const DEFAULT_CALL_TEMPLATE_EN = 'Ticket number {number}, please go to counter {counter}';
/** Default sentence of a recall (English). */
export const DEFAULT_RECALL_TEMPLATE_EN = 'Calling again: ticket number {number}, please go to counter {counter}';

/** What a call sentence is built from. */
export interface CallWords {
  /** Ticket number. */
  number: number;
  /** Counter number (painted above the counter). */
  counter: number;
  /** Counter name, for templates that use `{tên quầy}` / `{counterName}`. */
  counterName?: string;
  /** Service (lĩnh vực) name, for `{lĩnh vực}` / `{service}`. */
  service?: string;
}

/** Options of {@link announcementText}. */
export interface AnnouncementTextOptions extends VietnameseNumberOptions {
  /** Language of the sentence: `vi` reads numbers in Vietnamese words; other languages keep numerals. */
  lang: string;
  /** `words` (default) or `digits` (one digit at a time, as many centres announce). */
  numberStyle?: NumberStyle;
}

const PLACEHOLDER = /\{([^{}]{1,30})\}/g;

/**
 * Builds the spoken sentence of a call from a template, e.g. with the default Vietnamese template,
 * `{number: 1023, counter: 5}` → "Mời công dân có số một nghìn không trăm hai mươi ba đến quầy số năm".
 * Placeholders: `{số}`/`{number}`, `{quầy}`/`{counter}`, `{tên quầy}`/`{counterName}`,
 * `{lĩnh vực}`/`{service}`; an unknown placeholder is dropped rather than spoken with its braces.
 * In `digits` style the ticket number is read digit by digit; the counter number always as a number.
 */
export function announcementText(template: string, call: CallWords, options: AnnouncementTextOptions): string {
  const vi = options.lang === 'vi' || options.lang.startsWith('vi-');
  const digits = options.numberStyle === 'digits';
  const ticket = vi
    ? (digits ? vietnameseDigits(call.number) : vietnameseNumber(call.number, options)) ?? String(call.number)
    : digits
      ? String(call.number).split('').join(' ')
      : String(call.number);
  const counter = vi ? vietnameseNumber(call.counter, options) ?? String(call.counter) : String(call.counter);
  const values: Record<string, string> = {
    'số': ticket,
    number: ticket,
    'quầy': counter,
    counter,
    'tên quầy': call.counterName ?? '',
    counterName: call.counterName ?? '',
    'lĩnh vực': call.service ?? '',
    service: call.service ?? '',
  };
  return template
    .normalize('NFC')
    .replace(PLACEHOLDER, (_, key: string) => values[key.trim()] ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();
}
