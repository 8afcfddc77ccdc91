import { Procedure, CapThucHien } from '../schemas/procedure.js';
import { describeIssues, type PayloadIssue } from '../schemas/describe.js';
import { foldVietnamese } from '../../core/search/fold.js';
import { parseCsv } from './csv.js';

/**
 * Loading a procedure catalogue exported from the national database (CSDL quốc gia về TTHC) or kept
 * in a spreadsheet: JSON (`{procedures: [...]}` or a bare array of records with the national field
 * names) or CSV (one procedure per row, columns named after the fields). Every record is validated on
 * its own against the `Procedure` schema; the valid ones make the catalogue, the others are listed
 * with readable reasons in Vietnamese and English. Text is normalised to NFC (some exports are NFD).
 * Pure: text in, report out; see docs/catalogue-import.md.
 */

/** Both languages of a sentence in the report. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** A record left out of the catalogue, and why. */
export interface ImportRejection {
  /** CSV: line of the file where the row starts (header = 1). JSON: position of the record (1-based). */
  row: number;
  /** `ma_thu_tuc` of the record, when it had one. */
  code?: string;
  /** What is wrong, field by field. */
  issues: { vi: PayloadIssue[]; en: PayloadIssue[] };
}

/** What an import produced. */
export interface ImportReport {
  format: 'json' | 'csv';
  /** `line` for CSV rows, `record` for JSON array positions. */
  rowKind: 'line' | 'record';
  /** Records read. */
  records: number;
  /** The valid procedures, in file order, normalised. */
  procedures: Procedure[];
  rejected: ImportRejection[];
  /** Things the importer fixed or ignored (unknown columns, missing optional columns). */
  warnings: Bilingual[];
  /** Set when the file could not be read at all (then `procedures` is empty). */
  fatal?: Bilingual;
}

/** Options of {@link importCatalogue}. */
export interface ImportOptions {
  /** `auto` (default) looks at the file name, then the first character. */
  format?: 'json' | 'csv' | 'auto';
  /** File name, for `auto`. */
  filename?: string;
}

const MAX_RECORDS = 20000;

/** Array fields that are lists of strings. */
const STRING_LISTS = ['cap_thuc_hien', 'trinh_tu_thuc_hien', 'doi_tuong_thuc_hien', 'co_quan_thuc_hien', 'co_quan_phoi_hop', 'ket_qua_thuc_hien', 'tu_khoa', 'ma_dich_vu_cong'] as const;
/** String lists whose items are short: a CSV cell may also separate them with `;` or `|`. */
const SHORT_LISTS = new Set(['cap_thuc_hien', 'tu_khoa', 'ma_dich_vu_cong', 'doi_tuong_thuc_hien', 'co_quan_thuc_hien', 'co_quan_phoi_hop']);
/** Structured fields a CSV cell gives as JSON. */
const JSON_FIELDS = new Set(['cach_thuc_thuc_hien', 'truong_hop', 'nguon']);
/** Structured fields a CSV cell gives as JSON or as `a | b | c` lines. */
const LINE_FIELDS = new Set(['thanh_phan_ho_so', 'can_cu_phap_ly']);
/** Required array fields: an absent CSV column means an empty list. */
const REQUIRED_LISTS = ['cap_thuc_hien', 'trinh_tu_thuc_hien', 'cach_thuc_thuc_hien', 'thanh_phan_ho_so', 'doi_tuong_thuc_hien', 'co_quan_thuc_hien', 'ket_qua_thuc_hien', 'can_cu_phap_ly'];
const NUMBER_FIELDS = new Set(['luot_thuc_hien']);
const SCALAR_FIELDS = [
  'ma_thu_tuc', 'ten_thu_tuc', 'so_quyet_dinh_cong_bo', 'loai_thu_tuc', 'linh_vuc', 'co_quan_co_tham_quyen', 'dia_chi_tiep_nhan',
  'co_quan_duoc_uy_quyen', 'yeu_cau_dieu_kien', 'ghi_chu', 'muc_do_dvctt', 'url_nop_truc_tuyen', 'luot_thuc_hien',
];
/** Every column the CSV importer knows. */
export const CSV_COLUMNS: readonly string[] = [...SCALAR_FIELDS, ...STRING_LISTS, ...JSON_FIELDS, ...LINE_FIELDS];

const key = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]+/g, ' ').trim();

/** Spreadsheet headings people use for each field (folded), besides the field name itself. */
const HEADER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  ma_thu_tuc: ['ma thu tuc', 'ma tthc', 'ma', 'ma thu tuc hanh chinh'],
  ten_thu_tuc: ['ten thu tuc', 'ten tthc', 'ten', 'ten thu tuc hanh chinh'],
  so_quyet_dinh_cong_bo: ['so quyet dinh', 'quyet dinh cong bo', 'so quyet dinh cong bo'],
  loai_thu_tuc: ['loai thu tuc'],
  linh_vuc: ['linh vuc'],
  cap_thuc_hien: ['cap thuc hien'],
  trinh_tu_thuc_hien: ['trinh tu thuc hien', 'trinh tu'],
  cach_thuc_thuc_hien: ['cach thuc thuc hien', 'cach thuc'],
  truong_hop: ['truong hop'],
  thanh_phan_ho_so: ['thanh phan ho so'],
  doi_tuong_thuc_hien: ['doi tuong thuc hien', 'doi tuong'],
  co_quan_thuc_hien: ['co quan thuc hien'],
  co_quan_co_tham_quyen: ['co quan co tham quyen'],
  dia_chi_tiep_nhan: ['dia chi tiep nhan', 'dia chi tiep nhan ho so'],
  co_quan_duoc_uy_quyen: ['co quan duoc uy quyen'],
  co_quan_phoi_hop: ['co quan phoi hop'],
  ket_qua_thuc_hien: ['ket qua thuc hien', 'ket qua'],
  can_cu_phap_ly: ['can cu phap ly'],
  yeu_cau_dieu_kien: ['yeu cau dieu kien', 'yeu cau dieu kien thuc hien'],
  ghi_chu: ['ghi chu'],
  tu_khoa: ['tu khoa'],
  muc_do_dvctt: ['muc do', 'muc do dvctt', 'muc do dich vu cong', 'dich vu cong truc tuyen'],
  ma_dich_vu_cong: ['ma dich vu cong', 'ma dvc'],
  url_nop_truc_tuyen: ['url nop truc tuyen', 'link nop truc tuyen', 'duong dan nop truc tuyen'],
  luot_thuc_hien: ['luot thuc hien', 'so ho so nam'],
  nguon: ['nguon'],
};
const HEADER_INDEX = new Map<string, string>();
for (const [field, names] of Object.entries(HEADER_ALIASES)) {
  HEADER_INDEX.set(key(field), field);
  for (const n of names) HEADER_INDEX.set(n, field);
}

/** The field a CSV heading stands for (`Mã thủ tục`, `ma_thu_tuc`, `MA THU TUC` → `ma_thu_tuc`). */
export function columnField(heading: string): string | undefined {
  return HEADER_INDEX.get(key(heading));
}

const LEVELS: Readonly<Record<string, string>> = {
  'toan trinh': 'toan_trinh', 'muc do 4': 'toan_trinh', '4': 'toan_trinh',
  'mot phan': 'mot_phan', 'muc do 3': 'mot_phan', '3': 'mot_phan',
  khong: 'khong', 'muc do 2': 'khong', 'muc do 1': 'khong', '2': 'khong', '1': 'khong',
};
const CAPS = new Map(CapThucHien.options.map((c) => [key(c), c] as const));

/** Deep copy with every string NFC-normalised. */
function nfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfc);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = nfc(v);
    return out;
  }
  return value;
}

/**
 * Fixes the common spellings of enumerated values: online level as published in words or as the old
 * "mức độ 3/4", and level of government in any case.
 */
function canonicalise(record: unknown): unknown {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
  const r = { ...(record as Record<string, unknown>) };
  if (typeof r.muc_do_dvctt === 'string' && !['toan_trinh', 'mot_phan', 'khong'].includes(r.muc_do_dvctt)) {
    r.muc_do_dvctt = LEVELS[key(r.muc_do_dvctt)] ?? r.muc_do_dvctt;
  }
  if (Array.isArray(r.cap_thuc_hien)) r.cap_thuc_hien = r.cap_thuc_hien.map((c) => (typeof c === 'string' ? CAPS.get(key(c)) ?? c : c));
  return r;
}

const splitLines = (s: string) => s.split(/\r?\n/).map((x) => x.trim()).filter((x) => x !== '');

/** `dd/mm/yyyy` → `yyyy-mm-dd`; anything else unchanged. */
function isoDate(s: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : s.trim();
}

const YES = new Set(['bat buoc', 'co', 'x', 'true', 'yes', 'required']);
const NO = new Set(['khong', 'neu co', 'false', 'no', 'optional', 'khong bat buoc']);

/** One CSV cell → the field's value; problems go to `issues`. */
function cellValue(field: string, cell: string, issues: { vi: PayloadIssue[]; en: PayloadIssue[] }): unknown {
  const text = cell.trim();
  const problem = (vi: string, en: string) => {
    issues.vi.push({ path: field, message: vi });
    issues.en.push({ path: field, message: en });
  };
  const json = () => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      problem('ô không phải JSON hợp lệ', 'the cell is not valid JSON');
      return undefined;
    }
  };
  if (JSON_FIELDS.has(field)) return text === '' ? undefined : json();
  if (LINE_FIELDS.has(field)) {
    if (text === '') return [];
    if (text.startsWith('[')) return json();
    return splitLines(text).map((line) => {
      const parts = line.split('|').map((p) => p.trim());
      if (field === 'can_cu_phap_ly') {
        return { so_ky_hieu: parts[0] ?? '', ...(parts[1] ? { trich_yeu: parts[1] } : {}), ...(parts[2] ? { ngay_ban_hanh: isoDate(parts[2]) } : {}) };
      }
      const count = (s: string | undefined, dflt: number) => (s === undefined || s === '' ? dflt : /^\d+$/.test(s) ? Number(s) : s);
      const req = parts[3] !== undefined ? key(parts[3]) : '';
      return {
        ten: parts[0] ?? '',
        so_luong: { ban_chinh: count(parts[1], 1), ban_sao: count(parts[2], 0) },
        ...(YES.has(req) ? { bat_buoc: true } : NO.has(req) ? { bat_buoc: false } : {}),
      };
    });
  }
  if ((STRING_LISTS as readonly string[]).includes(field)) {
    if (text === '') return [];
    if (text.startsWith('[')) return json();
    const lines = splitLines(text);
    return SHORT_LISTS.has(field) ? lines.flatMap((l) => l.split(/[;|]/).map((x) => x.trim()).filter((x) => x !== '')) : lines;
  }
  if (NUMBER_FIELDS.has(field)) {
    if (text === '') return undefined;
    const digits = /^\d{1,3}([.\s]\d{3})+$/.test(text) ? text.replace(/[.\s]/g, '') : text;
    return /^\d+$/.test(digits) ? Number(digits) : text;
  }
  return text === '' ? undefined : text;
}

/** What the format of the code and date fields is, said plainly instead of "the expected format". */
const FORMAT_HINTS: Readonly<Record<string, Bilingual>> = {
  ma_thu_tuc: { vi: 'cần mã thủ tục dạng 1.001193 (một chữ số, dấu chấm, sáu chữ số)', en: 'expected a procedure code like 1.001193 (a digit, a dot, six digits)' },
};

function plain(issues: PayloadIssue[], lang: 'vi' | 'en'): PayloadIssue[] {
  return issues.map((i) => {
    const hint = FORMAT_HINTS[i.path];
    const generic = lang === 'vi' ? 'cần đúng định dạng' : 'expected a value in the required format';
    return hint && i.message.startsWith(generic) ? { path: i.path, message: hint[lang] + i.message.slice(generic.length) } : i;
  });
}

/** Validates one record; returns the procedure or the reasons. */
function check(record: unknown): { ok: true; value: Procedure } | { ok: false; issues: { vi: PayloadIssue[]; en: PayloadIssue[] } } {
  const r = Procedure.safeParse(canonicalise(nfc(record)), { reportInput: true });
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, issues: { vi: plain(describeIssues(r.error.issues, 'vi'), 'vi'), en: plain(describeIssues(r.error.issues, 'en'), 'en') } };
}

const codeOf = (record: unknown): string | undefined => {
  const c = (record as { ma_thu_tuc?: unknown } | null)?.ma_thu_tuc;
  return typeof c === 'string' && c.trim() !== '' ? c.trim() : undefined;
};

function finish(report: Omit<ImportReport, 'procedures' | 'rejected'>, rows: { row: number; record: unknown; cellIssues?: { vi: PayloadIssue[]; en: PayloadIssue[] } }[]): ImportReport {
  const procedures: Procedure[] = [];
  const rejected: ImportRejection[] = [];
  const seen = new Map<string, number>();
  for (const { row, record, cellIssues } of rows) {
    const code = codeOf(record);
    const result = check(record);
    const issues = { vi: [...(cellIssues?.vi ?? [])], en: [...(cellIssues?.en ?? [])] };
    if (!result.ok) {
      issues.vi.push(...result.issues.vi);
      issues.en.push(...result.issues.en);
    } else if (seen.has(result.value.ma_thu_tuc)) {
      const first = seen.get(result.value.ma_thu_tuc)!;
      const where = report.rowKind === 'line' ? { vi: `dòng ${first}`, en: `line ${first}` } : { vi: `bản ghi ${first}`, en: `record ${first}` };
      issues.vi.push({ path: 'ma_thu_tuc', message: `mã "${result.value.ma_thu_tuc}" bị trùng với ${where.vi}` });
      issues.en.push({ path: 'ma_thu_tuc', message: `code "${result.value.ma_thu_tuc}" duplicates ${where.en}` });
    }
    if (issues.vi.length > 0) rejected.push({ row, ...(code !== undefined ? { code } : {}), issues });
    else if (result.ok) {
      seen.set(result.value.ma_thu_tuc, row);
      procedures.push(result.value);
    }
  }
  return { ...report, procedures, rejected };
}

function fatal(format: 'json' | 'csv', vi: string, en: string): ImportReport {
  return { format, rowKind: format === 'csv' ? 'line' : 'record', records: 0, procedures: [], rejected: [], warnings: [], fatal: { vi, en } };
}

/** Imports a JSON catalogue: `{procedures: [...]}` (extra top-level keys such as `_meta` are ignored) or an array. */
export function importJson(text: string): ImportReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fatal('json', `Tệp không phải JSON hợp lệ (${(e as Error).message}).`, `The file is not valid JSON (${(e as Error).message}).`);
  }
  const list = Array.isArray(doc) ? doc : (doc as { procedures?: unknown } | null)?.procedures;
  if (!Array.isArray(list)) return fatal('json', 'Không thấy danh sách thủ tục: cần một mảng, hoặc một đối tượng có trường "procedures" là mảng.', 'No list of procedures: expected an array, or an object whose "procedures" field is an array.');
  if (list.length > MAX_RECORDS) return fatal('json', `Tệp có ${list.length} bản ghi, nhiều hơn giới hạn ${MAX_RECORDS}.`, `The file has ${list.length} records, more than the limit of ${MAX_RECORDS}.`);
  return finish({ format: 'json', rowKind: 'record', records: list.length, warnings: [] }, list.map((record, i) => ({ row: i + 1, record })));
}

/** Imports a CSV catalogue: a header row naming the fields, then one procedure per row. */
export function importCsv(text: string): ImportReport {
  const table = parseCsv(text);
  if (table.header.length === 0) return fatal('csv', 'Tệp CSV trống.', 'The CSV file is empty.');
  const fields = table.header.map(columnField);
  if (!fields.includes('ma_thu_tuc')) {
    return fatal('csv', 'Không có cột mã thủ tục (ma_thu_tuc hoặc “Mã thủ tục”) ở dòng tiêu đề.', 'The header row has no procedure-code column (ma_thu_tuc or “Mã thủ tục”).');
  }
  if (table.rows.length > MAX_RECORDS) return fatal('csv', `Tệp có ${table.rows.length} dòng, nhiều hơn giới hạn ${MAX_RECORDS}.`, `The file has ${table.rows.length} rows, more than the limit of ${MAX_RECORDS}.`);
  const warnings: Bilingual[] = [];
  table.header.forEach((h, i) => {
    if (!fields[i] && h !== '') warnings.push({ vi: `Bỏ qua cột không biết: “${h}”.`, en: `Ignored unknown column “${h}”.` });
  });
  const seenFields = new Set(fields.filter((f): f is string => f !== undefined));
  for (const f of table.header.map(columnField)) if (f && fields.indexOf(f) !== fields.lastIndexOf(f)) {
    warnings.push({ vi: `Cột ${f} xuất hiện nhiều lần; dùng cột đầu tiên.`, en: `Column ${f} appears more than once; the first is used.` });
    break;
  }
  const absentLists = REQUIRED_LISTS.filter((f) => !seenFields.has(f));
  if (absentLists.length) {
    warnings.push({ vi: `Không có cột ${absentLists.join(', ')}: coi như danh sách trống.`, en: `No column ${absentLists.join(', ')}: taken as empty lists.` });
  }
  if (table.unterminated) warnings.push({ vi: 'Tệp kết thúc khi một ô còn mở ngoặc kép: dòng cuối có thể bị cắt.', en: 'The file ends inside a quoted cell: the last row may be cut.' });
  const rows = table.rows.map(({ line, cells }) => {
    const record: Record<string, unknown> = {};
    const cellIssues = { vi: [] as PayloadIssue[], en: [] as PayloadIssue[] };
    for (const f of absentLists) record[f] = [];
    fields.forEach((f, i) => {
      // A repeated column: the first one counts.
      if (!f || f in record) return;
      const v = cellValue(f, cells[i] ?? '', cellIssues);
      if (v !== undefined) record[f] = v;
      else if (REQUIRED_LISTS.includes(f)) record[f] = [];
    });
    if (cells.length > table.header.length && cells.slice(table.header.length).some((c) => c.trim() !== '')) {
      cellIssues.vi.push({ path: '(dòng)', message: `có ${cells.length} ô, nhiều hơn ${table.header.length} cột của tiêu đề` });
      cellIssues.en.push({ path: '(row)', message: `has ${cells.length} cells, more than the ${table.header.length} header columns` });
    }
    return { row: line, record, cellIssues };
  });
  return finish({ format: 'csv', rowKind: 'line', records: rows.length, warnings }, rows);
}

/**
 * Imports a catalogue file (JSON or CSV). Never throws: an unreadable file gives a report with
 * `fatal` set and no procedures.
 */
export function importCatalogue(text: string, options: ImportOptions = {}): ImportReport {
  let format = options.format ?? 'auto';
  if (format === 'auto') {
    const name = options.filename?.toLowerCase() ?? '';
    const first = text.replace(/^\uFEFF/, '').trimStart()[0];
    format = name.endsWith('.csv') || name.endsWith('.tsv') ? 'csv' : name.endsWith('.json') ? 'json' : first === '{' || first === '[' ? 'json' : 'csv';
  }
  return format === 'json' ? importJson(text) : importCsv(text);
}

/** The catalogue document the static source serves: `{ "procedures": [...] }`, pretty-printed. */
export function catalogueJson(report: Pick<ImportReport, 'procedures'>): string {
  return `${JSON.stringify({ procedures: report.procedures }, null, 2)}\n`;
}

/** The report as plain text lines, for the command line and logs. */
export function formatImportReport(report: ImportReport, lang: 'vi' | 'en' = 'vi'): string {
  const vi = lang === 'vi';
  if (report.fatal) return report.fatal[lang];
  const lines = [
    vi
      ? `Đọc ${report.records} bản ghi (${report.format.toUpperCase()}): nhận ${report.procedures.length} thủ tục, loại ${report.rejected.length}.`
      : `Read ${report.records} record${report.records === 1 ? '' : 's'} (${report.format.toUpperCase()}): ${report.procedures.length} procedure${report.procedures.length === 1 ? '' : 's'} accepted, ${report.rejected.length} rejected.`,
  ];
  for (const w of report.warnings) lines.push(`${vi ? 'Lưu ý' : 'Warning'}: ${w[lang]}`);
  for (const r of report.rejected) {
    const where = report.rowKind === 'line' ? (vi ? `Dòng ${r.row}` : `Line ${r.row}`) : vi ? `Bản ghi ${r.row}` : `Record ${r.row}`;
    lines.push(`${where}${r.code ? ` (${r.code})` : ''}:`);
    for (const i of r.issues[lang]) lines.push(`  - ${i.path}: ${i.message}`);
  }
  return lines.join('\n');
}
