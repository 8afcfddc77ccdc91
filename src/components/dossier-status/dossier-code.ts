/**
 * Dossier codes as printed on the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả), Circular
 * 01/2018/TT-VPCP Art. 19: agency identifier, reception date YYMMDD, 4-digit sequence of the day,
 * e.g. `H49.50.05.13-261008-0975`. Pure: checks what a citizen typed and says what is wrong with it.
 */

/** What is wrong with a typed code. */
export type DossierCodeProblem =
  /** Nothing typed. */
  | 'empty'
  /** Characters other than letters, digits, dots and hyphens. */
  | 'chars'
  /** Not three parts separated by hyphens. */
  | 'parts'
  /** The agency part is not a letter, two digits and up to four dot-separated groups. */
  | 'agency'
  /** The middle part is not six digits. */
  | 'date'
  /** Six digits that are not a calendar date (YYMMDD). */
  | 'date_invalid'
  /** The last part is not four digits. */
  | 'sequence';

/** The parts of a valid code. */
export interface DossierCodeParts {
  /** The code in canonical form (upper case, ASCII hyphens, no spaces). */
  code: string;
  /** Agency identifier, e.g. `H49.50.05.13`. */
  agency: string;
  /** Reception date. */
  year: number;
  month: number;
  day: number;
  /** Sequence number of the day, e.g. `0975`. */
  sequence: string;
}

/** Outcome of {@link checkDossierCode}. */
export type DossierCodeCheck = ({ ok: true } & DossierCodeParts) | { ok: false; problem: DossierCodeProblem; code: string };

const DASHES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D_]/g;
const AGENCY = /^[A-Z]\d{2}(\.[A-Z0-9]{1,4}){0,4}$/;

/**
 * Canonical form of what was typed: NFKC (full-width characters from some keyboards), no spaces,
 * upper case, every dash-like character as `-`, and in the date and sequence parts the letters O, I
 * and L read as the digits they look like.
 */
export function normaliseDossierCode(input: string): string {
  const flat = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase().replace(DASHES, '-');
  const parts = flat.split('-');
  if (parts.length !== 3) return flat;
  const digits = (s: string) => s.replace(/O/g, '0').replace(/[IL]/g, '1');
  return `${parts[0]}-${digits(parts[1]!)}-${digits(parts[2]!)}`;
}

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/**
 * Checks a typed dossier code. The year `YY` is read as 20YY. Returns the parts, or the first problem
 * found (in the order a person would fix them: characters, parts, agency, date, sequence).
 */
export function checkDossierCode(input: string): DossierCodeCheck {
  const code = normaliseDossierCode(input);
  const fail = (problem: DossierCodeProblem): DossierCodeCheck => ({ ok: false, problem, code });
  if (code === '') return fail('empty');
  if (/[^A-Z0-9.-]/.test(code)) return fail('chars');
  const parts = code.split('-');
  if (parts.length !== 3 || parts.some((p) => p === '')) return fail('parts');
  const [agency, date, sequence] = parts as [string, string, string];
  if (!AGENCY.test(agency)) return fail('agency');
  if (!/^\d{6}$/.test(date)) return fail('date');
  const year = 2000 + Number(date.slice(0, 2));
  const month = Number(date.slice(2, 4));
  const day = Number(date.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail('date_invalid');
  if (!/^\d{4}$/.test(sequence)) return fail('sequence');
  return { ok: true, code, agency, year, month, day, sequence };
}
