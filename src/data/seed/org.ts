import type { Counter, Field, Officer, OrgData, OrgUnit, UnitKind } from '../schemas/org.js';
import { createRng, weightedPicker, type Rng } from './rng.js';
import { HALONG_CENTRE, HALONG_UNITS, type UnitListEntry } from './halong-units.js';

export type { UnitListEntry } from './halong-units.js';

/** Field (lĩnh vực) ids of the demo organisation. */
export const FIELD_IDS = {
  hoTich: 'ho-tich',
  chungThuc: 'chung-thuc',
  cuTru: 'cu-tru',
  datDai: 'dat-dai',
  xayDung: 'xay-dung',
  dangKyKinhDoanh: 'dang-ky-kinh-doanh',
  laoDongTbxh: 'lao-dong-tbxh',
  lyLichTuPhap: 'ly-lich-tu-phap',
  taiNguyenMoiTruong: 'tai-nguyen-moi-truong',
} as const;

const F = FIELD_IDS;

/**
 * The nine fields served at the Hạ Long desks. Ticket numbers of a field start at its `ticketBase`
 * (Hộ tịch 1001, Chứng thực 2001 …), so a number alone tells the hall which queue it belongs to.
 */
export const HALONG_FIELDS: readonly Field[] = [
  { id: F.hoTich, name: 'Hộ tịch', ticketBase: 1001 },
  { id: F.chungThuc, name: 'Chứng thực', ticketBase: 2001 },
  { id: F.cuTru, name: 'Cư trú', ticketBase: 3001 },
  { id: F.datDai, name: 'Đất đai', ticketBase: 4001 },
  { id: F.xayDung, name: 'Xây dựng', ticketBase: 5001 },
  { id: F.dangKyKinhDoanh, name: 'Đăng ký kinh doanh', ticketBase: 6001 },
  { id: F.laoDongTbxh, name: 'Lao động – Thương binh và Xã hội', ticketBase: 7001 },
  { id: F.lyLichTuPhap, name: 'Tư pháp – Lý lịch tư pháp', ticketBase: 8001 },
  { id: F.taiNguyenMoiTruong, name: 'Tài nguyên và Môi trường', ticketBase: 9001 },
];

/** The province node of the demo tree. `H49` is Quảng Ninh's code on the national portal. */
export const QUANG_NINH: OrgUnit = { id: 'qn', name: 'Tỉnh Quảng Ninh', kind: 'province', parentId: null, code: 'H49', shortName: 'Quảng Ninh' };

interface CounterLayout {
  label: string;
  fieldIds: readonly string[];
  /** Officer titles: the first is the counter's main officer, the others share it. */
  officers: readonly string[];
}

const ALL_FIELDS = Object.values(F);

/** The centre's twelve counters: one per field, two for civil status and two for land, one priority/online-help counter. */
const CENTRE_COUNTERS: readonly CounterLayout[] = [
  { label: 'Hộ tịch', fieldIds: [F.hoTich], officers: ['Chuyên viên Phòng Tư pháp'] },
  { label: 'Hộ tịch', fieldIds: [F.hoTich], officers: ['Chuyên viên Phòng Tư pháp'] },
  { label: 'Chứng thực', fieldIds: [F.chungThuc], officers: ['Chuyên viên Phòng Tư pháp'] },
  { label: 'Cư trú', fieldIds: [F.cuTru], officers: ['Cán bộ Công an thành phố'] },
  { label: 'Đất đai', fieldIds: [F.datDai], officers: ['Viên chức Chi nhánh Văn phòng Đăng ký đất đai'] },
  { label: 'Đất đai', fieldIds: [F.datDai], officers: ['Viên chức Chi nhánh Văn phòng Đăng ký đất đai'] },
  { label: 'Xây dựng', fieldIds: [F.xayDung], officers: ['Chuyên viên Phòng Quản lý đô thị'] },
  { label: 'Đăng ký kinh doanh', fieldIds: [F.dangKyKinhDoanh], officers: ['Chuyên viên Phòng Tài chính – Kế hoạch'] },
  { label: 'Lao động – Thương binh và Xã hội', fieldIds: [F.laoDongTbxh], officers: ['Chuyên viên Phòng Lao động – Thương binh và Xã hội'] },
  { label: 'Lý lịch tư pháp', fieldIds: [F.lyLichTuPhap], officers: ['Chuyên viên Sở Tư pháp'] },
  { label: 'Tài nguyên và Môi trường', fieldIds: [F.taiNguyenMoiTruong], officers: ['Chuyên viên Phòng Tài nguyên và Môi trường'] },
  { label: 'Ưu tiên, hỗ trợ dịch vụ công trực tuyến', fieldIds: ALL_FIELDS, officers: ['Chuyên viên Trung tâm Hành chính công'] },
];
const CENTRE_STAFF = ['Giám đốc Trung tâm', 'Phó Giám đốc Trung tâm', 'Chuyên viên Trung tâm Hành chính công'];

/** A ward's or commune's two counters: justice and civil status (with residence), land and construction (with social affairs). */
function localCounters(kindWord: string): CounterLayout[] {
  return [
    { label: 'Tư pháp – Hộ tịch', fieldIds: [F.hoTich, F.chungThuc, F.cuTru], officers: ['Công chức Tư pháp – Hộ tịch', `Cán bộ Công an ${kindWord}`] },
    {
      label: 'Địa chính – Xây dựng',
      fieldIds: [F.datDai, F.xayDung, F.taiNguyenMoiTruong, F.laoDongTbxh, F.dangKyKinhDoanh],
      officers: ['Công chức Địa chính – Xây dựng', 'Công chức Văn hóa – Xã hội'],
    },
  ];
}

const KIND_WORD: Partial<Record<UnitKind, string>> = { ward: 'phường', commune: 'xã', special_zone: 'đặc khu', district: 'huyện', city: 'thành phố' };
const NAME_PREFIX = /^(Phường|Xã|Đặc khu|Thị trấn|Huyện|Thị xã|Thành phố)\s+/u;

// Common Vietnamese family names, weighted roughly by their national frequency.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Phan', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Đào', 'Mai', 'Trịnh', 'Lương', 'Phùng'];
const FAMILY_W = [38, 11, 9.5, 7, 5.1, 3.9, 4.5, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5, 0.8, 0.6, 0.5, 0.6, 0.4, 0.3];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Công', 'Thanh', 'Mạnh', 'Tiến', 'Trung', 'Quốc'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Hồng', 'Phương', 'Thùy', 'Kim', 'Mai', 'Bích'];
const GIVEN_M = ['Anh', 'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Long', 'Nam', 'Sơn', 'Thắng', 'Trung', 'Cường', 'Hiếu', 'Khánh', 'Phong', 'Quân', 'Huy', 'Đạt', 'Thành', 'Tùng', 'Việt', 'Hoàng', 'Duy', 'Kiên', 'Lâm'];
const GIVEN_F = ['Hương', 'Lan', 'Hà', 'Linh', 'Trang', 'Thảo', 'Huyền', 'Nga', 'Mai', 'Hằng', 'Yến', 'Dung', 'Ngân', 'Phương', 'Hoa', 'Thủy', 'Vân', 'Oanh', 'Hạnh', 'Nhung', 'Giang', 'Hiền', 'Loan', 'Quyên'];
const familyPicker = weightedPicker(FAMILY, FAMILY_W);

/** A plausible Vietnamese full name (family, middle, given) from common names. */
function vietnameseName(rng: Rng): string {
  // Most one-stop desk staff are women.
  const female = rng.chance(0.62);
  const middle = rng.pick(female ? MIDDLE_F : MIDDLE_M);
  let given = rng.pick(female ? GIVEN_F : GIVEN_M);
  while (given === middle) given = rng.pick(female ? GIVEN_F : GIVEN_M);
  return `${familyPicker.pick(rng)} ${middle} ${given}`;
}

/** Options of {@link orgFromUnitList}. */
export interface OrgFromUnitListOptions {
  /** Root of the tree (default: the province of Quảng Ninh, code H49). */
  root?: OrgUnit;
  /**
   * A hub centre between the root and the units, with twelve field counters; `null` (the default) hangs
   * the units directly under the root, as with the commune-level centres since July 2025.
   */
  centre?: { id: string; name: string; code?: string; shortName?: string } | null;
  /** Fields (default {@link HALONG_FIELDS}). Counter layouts keep only the ids present here. */
  fields?: readonly Field[];
}

/**
 * Builds an organisation from a list of commune-level units: root → optional centre → units, two
 * counters per unit (twelve at the centre), officers with deterministic Vietnamese names (the same list
 * always gives the same names), no photos.
 *
 * Agency codes for dossier codes are illustrative, not the official TT 10/2016/TT-BTTTT identifiers:
 * a unit without its own `code` gets its parent's code plus a two-digit index (`H49.26.01`).
 * Throws RangeError when the list is empty or repeats an id.
 */
export function orgFromUnitList(units: readonly UnitListEntry[], options: OrgFromUnitListOptions = {}): OrgData {
  if (units.length === 0) throw new RangeError('orgFromUnitList(): the unit list is empty');
  const root: OrgUnit = { ...(options.root ?? QUANG_NINH), parentId: null };
  const fields = [...(options.fields ?? HALONG_FIELDS)].map((f) => ({ ...f }));
  const fieldIds = new Set(fields.map((f) => f.id));
  const ids = new Set<string>([root.id]);
  const claim = (id: string) => {
    if (ids.has(id)) throw new RangeError(`orgFromUnitList(): duplicate unit id "${id}"`);
    ids.add(id);
  };

  const outUnits: OrgUnit[] = [root];
  const counters: Counter[] = [];
  const officers: Officer[] = [];
  const usedNames = new Set<string>();

  const addStaff = (unitId: string, layouts: readonly CounterLayout[], extraTitles: readonly string[]) => {
    const rng = createRng(`officers|${unitId}`);
    let n = 0;
    const newOfficer = (title: string): string => {
      let name = vietnameseName(rng);
      while (usedNames.has(name)) name = vietnameseName(rng);
      usedNames.add(name);
      const id = `${unitId}-cb${String(++n).padStart(2, '0')}`;
      officers.push({ id, unitId, name, title });
      return id;
    };
    let number = 0;
    for (const layout of layouts) {
      const served = layout.fieldIds.filter((f) => fieldIds.has(f));
      if (served.length === 0) continue;
      number++;
      const officerIds = layout.officers.map(newOfficer);
      counters.push({
        id: `${unitId}-q${String(number).padStart(2, '0')}`,
        unitId,
        number,
        name: `Quầy ${number} – ${layout.label}`,
        fieldIds: served,
        officerIds,
      });
    }
    for (const title of extraTitles) newOfficer(title);
  };

  let parent = root;
  if (options.centre) {
    const c = options.centre;
    claim(c.id);
    const centre: OrgUnit = { id: c.id, name: c.name, kind: 'centre', parentId: root.id };
    const code = c.code ?? (root.code ? `${root.code}.01` : undefined);
    if (code) centre.code = code;
    if (c.shortName) centre.shortName = c.shortName;
    outUnits.push(centre);
    addStaff(centre.id, CENTRE_COUNTERS, CENTRE_STAFF);
    parent = centre;
  }

  units.forEach((u, i) => {
    claim(u.id);
    const unit: OrgUnit = { id: u.id, name: u.name, kind: u.kind, parentId: parent.id };
    const code = u.code ?? (parent.code ? `${parent.code}.${String(i + 1).padStart(2, '0')}` : undefined);
    if (code) unit.code = code;
    const short = u.shortName ?? u.name.replace(NAME_PREFIX, '');
    if (short && short !== u.name) unit.shortName = short;
    outUnits.push(unit);
    const word = KIND_WORD[u.kind] ?? 'xã';
    addStaff(u.id, localCounters(word), []);
  });

  return { version: 1, units: outUnits, fields, counters, officers };
}

/**
 * The demo organisation: Quảng Ninh (H49) → Trung tâm Hành chính công thành phố Hạ Long (`hl-tthcc`,
 * illustrative agency code `H49.26`) → the 33 wards and communes of Hạ Long (codes `H49.26.01` …
 * `H49.26.33`, also illustrative). A fresh copy on every call.
 */
export function halongOrg(): OrgData {
  return orgFromUnitList(HALONG_UNITS, {
    root: QUANG_NINH,
    centre: { id: HALONG_CENTRE.id, name: HALONG_CENTRE.name, code: 'H49.26', shortName: 'TTHCC Hạ Long' },
  });
}
