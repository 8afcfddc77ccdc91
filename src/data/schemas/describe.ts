import type * as z from 'zod/mini';
import type { Lang } from './common.js';

/** One problem found in an inbound payload, readable by a person in Vietnamese or English. */
export interface PayloadIssue {
  /** Dotted path to the field, e.g. `ratings[3].level`; `(gốc)`/`(root)` for the whole payload. */
  path: string;
  /** What was expected, in the requested language. */
  message: string;
}

type RawIssue = z.core.$ZodIssue;

const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  vi: {
    string: 'chuỗi ký tự', number: 'số', int: 'số nguyên', boolean: 'true/false', object: 'đối tượng',
    array: 'mảng', null: 'null', undefined: 'không có giá trị', date: 'ngày',
  },
  en: {
    string: 'a string', number: 'a number', int: 'an integer', boolean: 'true/false', object: 'an object',
    array: 'an array', null: 'null', undefined: 'nothing', date: 'a date',
  },
};

const FORMAT_NAMES: Record<Lang, Record<string, string>> = {
  vi: {
    datetime: 'ngày giờ ISO 8601 có múi giờ (vd. 2026-03-04T08:15:00+07:00)', date: 'ngày dạng YYYY-MM-DD',
    uuid: 'mã UUID', regex: 'đúng định dạng', url: 'địa chỉ http(s) hoặc đường dẫn tương đối',
  },
  en: {
    datetime: 'an ISO 8601 date-time with offset (e.g. 2026-03-04T08:15:00+07:00)', date: 'a YYYY-MM-DD date',
    uuid: 'a UUID', regex: 'a value in the required format', url: 'an http(s) URL or relative path',
  },
};

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'string') return input.length > 40 ? `"${input.slice(0, 37)}…" (${input.length})` : JSON.stringify(input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return typeof input;
}

/**
 * `; nhận được …` / `; received …`, or nothing when the issue does not carry its input (zod keeps it
 * only when parsing with `reportInput: true`).
 */
function got(issue: RawIssue, vi: boolean, sep = '; '): string {
  if (!('input' in issue)) return '';
  return vi ? `${sep}nhận được ${received(issue.input)}` : `${sep}received ${received(issue.input)}`;
}

/**
 * The accepted values of a union of literals (e.g. `z.union([z.literal(3), z.literal(5)])`), or
 * `undefined` when some branch is not a plain value.
 */
function unionValues(errors: readonly (readonly RawIssue[])[]): unknown[] | undefined {
  if (errors.length === 0) return undefined;
  const values: unknown[] = [];
  for (const branch of errors) {
    const only = branch[0];
    if (branch.length !== 1 || !only || only.code !== 'invalid_value' || only.path.length !== 0) return undefined;
    values.push(...only.values);
  }
  return values;
}

function oneOf(values: readonly unknown[], vi: boolean): string {
  const opts = values.map((v) => JSON.stringify(v)).join(', ');
  return vi ? `cần một trong: ${opts}` : `expected one of: ${opts}`;
}

/**
 * `cần một trong: …; nhận được …`, or, when the parse reported an absent value, `thiếu trường bắt
 * buộc (cần một trong: …)` (a missing enum or code field, not a wrong one).
 */
function oneOfOrMissing(issue: RawIssue, values: readonly unknown[], vi: boolean): string {
  if ('input' in issue && issue.input === undefined) {
    return vi ? `thiếu trường bắt buộc (${oneOf(values, vi)})` : `required field is missing (${oneOf(values, vi)})`;
  }
  return oneOf(values, vi) + got(issue, vi);
}

/** Formats a zod path (`['ratings', 3, 'level']`) as `ratings[3].level`. */
export function formatPath(path: readonly PropertyKey[], lang: Lang): string {
  if (path.length === 0) return lang === 'vi' ? '(gốc)' : '(root)';
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

function customMessage(msg: string, lang: Lang): string {
  const [key, arg = ''] = msg.split(/:(.*)/s);
  const vi = lang === 'vi';
  switch (key) {
    case 'duplicate-id': return vi ? `mã "${arg}" bị trùng` : `id "${arg}" is duplicated`;
    case 'one-root': return vi ? `cây đơn vị phải có đúng một gốc (đang có ${arg})` : `the unit tree needs exactly one root (found ${arg})`;
    case 'unknown-ref': return vi ? `tham chiếu "${arg}" không tồn tại` : `reference "${arg}" does not exist`;
    case 'cycle': return vi ? `cây đơn vị có vòng lặp tại "${arg}"` : `the unit tree has a cycle at "${arg}"`;
    case 'url': return vi ? `cần ${FORMAT_NAMES.vi.url!}` : `expected ${FORMAT_NAMES.en.url!}`;
    case 'level-not-in-scale': return vi ? 'mức đánh giá không thuộc thang đã chọn' : 'level is not part of the chosen scale';
    case 'order': return vi ? `thời điểm không hợp lệ: ${arg}` : `timestamps out of order: ${arg}`;
    default: return msg;
  }
}

/** Turns one zod issue into a sentence saying what was expected. */
export function describeIssue(issue: RawIssue, lang: Lang): PayloadIssue {
  const vi = lang === 'vi';
  const t = TYPE_NAMES[lang];
  let message: string;
  switch (issue.code) {
    case 'invalid_type': {
      const exp = t[issue.expected] ?? issue.expected;
      message = 'input' in issue && issue.input === undefined
        ? (vi ? `thiếu trường bắt buộc (cần ${exp})` : `required field is missing (expected ${exp})`)
        : (vi ? `cần ${exp}` : `expected ${exp}`) + got(issue, vi, ', ');
      break;
    }
    case 'invalid_value': {
      message = oneOfOrMissing(issue, issue.values, vi);
      break;
    }
    case 'invalid_format': {
      const f = FORMAT_NAMES[lang][issue.format] ?? issue.format;
      message = (vi ? `cần ${f}` : `expected ${f}`) + got(issue, vi);
      break;
    }
    case 'too_small': {
      const what = issue.origin === 'string' ? (vi ? 'độ dài' : 'length') : issue.origin === 'array' ? (vi ? 'số phần tử' : 'item count') : (vi ? 'giá trị' : 'value');
      const op = issue.inclusive ? '≥' : '>';
      message = vi ? `${what} phải ${op} ${String(issue.minimum)}` : `${what} must be ${op} ${String(issue.minimum)}`;
      break;
    }
    case 'too_big': {
      const what = issue.origin === 'string' ? (vi ? 'độ dài' : 'length') : issue.origin === 'array' ? (vi ? 'số phần tử' : 'item count') : (vi ? 'giá trị' : 'value');
      const op = issue.inclusive ? '≤' : '<';
      message = vi ? `${what} phải ${op} ${String(issue.maximum)}` : `${what} must be ${op} ${String(issue.maximum)}`;
      break;
    }
    case 'not_multiple_of':
      message = vi ? `phải là bội số của ${String(issue.divisor)}` : `must be a multiple of ${String(issue.divisor)}`;
      break;
    case 'unrecognized_keys':
      message = vi ? `trường không được phép: ${issue.keys.join(', ')}` : `unexpected fields: ${issue.keys.join(', ')}`;
      break;
    case 'invalid_union': {
      const values = unionValues(issue.errors);
      if (values) message = oneOfOrMissing(issue, values, vi);
      else if (issue.discriminator) {
        const d = String(issue.discriminator);
        const opts = 'options' in issue && issue.options?.length ? `: ${oneOf(issue.options, vi)}` : '';
        const input = issue.input;
        const tag = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[d] : input;
        const seen = 'input' in issue ? (vi ? `; nhận được ${received(tag)}` : `; received ${received(tag)}`) : '';
        message = (vi ? `giá trị "${d}" không hợp lệ${opts}` : `unknown "${d}" value${opts}`) + seen;
      } else message = vi ? 'không khớp dạng dữ liệu nào được chấp nhận' : 'matches none of the accepted shapes';
      break;
    }
    case 'invalid_key':
    case 'invalid_element':
      message = vi ? 'khóa hoặc phần tử không hợp lệ' : 'invalid key or element';
      break;
    case 'custom':
      message = customMessage(issue.message, lang);
      break;
    default:
      message = (issue as { message?: string }).message ?? (vi ? 'không hợp lệ' : 'invalid');
  }
  return { path: formatPath(issue.path, lang), message };
}

/** Describes every issue of a failed parse, at most `limit` of them (default 20). */
export function describeIssues(issues: readonly RawIssue[], lang: Lang, limit = 20): PayloadIssue[] {
  return issues.slice(0, limit).map((i) => describeIssue(i, lang));
}

/** One line per issue: `path: message`. */
export function summariseIssues(issues: readonly RawIssue[], lang: Lang, limit = 5): string {
  const lines = describeIssues(issues, lang, limit).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length - limit;
  if (more > 0) lines.push(lang === 'vi' ? `… và ${more} lỗi khác` : `… and ${more} more`);
  return lines.join('\n');
}
