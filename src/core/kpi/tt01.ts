import type { Timeliness } from '../cases/timeliness.js';
import { roundHalfUp } from './round.js';

/**
 * Circular 01/2018/TT-VPCP: nine indicators at 2 / 1 / 0 points (Art. 13–14), aggregated per Art. 15
 * (DOMAIN.md §3).
 *
 * Per dossier, from our data (a citizen's answer on the rating tablet, when the dossier has one,
 * replaces the derived points of that indicator; see {@link Tt01Config.citizenAnswers}):
 * 1. Total time vs the legal time: early 2, on time 1, late 0 (the on-time rules of DOMAIN §6.3).
 * 2. Time of each agency: our records have no per-agency steps, so it equals indicator 1.
 * 3. Contacts needed to complete the dossier: supplement requests 0 → 2, 1 → 1, more → 0.
 * 4. Agencies contacted: submitted online and never asked for a supplement → 2 (no agency contacted);
 *    otherwise 1 (only the one-stop desk). "More than one agency" is not in our data, so 0 only comes
 *    from a citizen's answer.
 * 6. Publication: the procedure is in the catalogue with all seven components → 1 for the electronic
 *    publication, +1 when the centre's notice boards are declared up to date
 *    ({@link Tt01Config.noticeBoards}, default yes); absent or incomplete → 0. No catalogue → no data.
 * 7. Staff attitude: a petition about staff conduct tied to the dossier → 0; else early → 2; else 1
 *    (a late result is already scored by 1–2; see {@link Tt01Config.lateAttitude}).
 * Per agency: 5 (desk appraisal share) only from an input; 8 (petitions) and 9 (online services) from
 * the agency's petitions and dossiers.
 */

/** Indicator numbers. */
export type Tt01Id = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
/** Indicators scored per dossier and averaged (Art. 15.2 lists 1, 2, 3, 4, 7; 6 is per dossier and agency). */
export const TT01_DOSSIER_INDICATORS: readonly Tt01Id[] = ['1', '2', '3', '4', '6', '7'];
/** All nine. */
export const TT01_IDS: readonly Tt01Id[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Names of the indicators (Art. 13). */
export const TT01_INDICATORS: readonly { id: Tt01Id; nameVi: string; nameEn: string; level: 'dossier' | 'agency' | 'both' }[] = [
  { id: '1', nameVi: 'Tổng thời gian giải quyết TTHC so với thời gian quy định', nameEn: 'Total resolution time vs the legal time', level: 'dossier' },
  { id: '2', nameVi: 'Thời gian thực hiện của từng cơ quan, đơn vị', nameEn: 'Time taken by each agency', level: 'dossier' },
  { id: '3', nameVi: 'Số lần phải liên hệ nơi tiếp nhận để hoàn thiện hồ sơ', nameEn: 'Contacts needed to complete the dossier', level: 'dossier' },
  { id: '4', nameVi: 'Số lượng cơ quan phải liên hệ để hoàn thiện hồ sơ', nameEn: 'Agencies contacted to complete the dossier', level: 'dossier' },
  { id: '5', nameVi: 'Tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa', nameEn: 'Handled at the one-stop desk', level: 'agency' },
  { id: '6', nameVi: 'Công khai thủ tục hành chính', nameEn: 'Publication of the procedure', level: 'both' },
  { id: '7', nameVi: 'Thái độ của cán bộ, công chức, viên chức', nameEn: 'Attitude of officers', level: 'dossier' },
  { id: '8', nameVi: 'Tiếp thu, giải trình phản ánh, kiến nghị', nameEn: 'Handling of petitions', level: 'agency' },
  { id: '9', nameVi: 'Tiến độ, chất lượng cung cấp dịch vụ công trực tuyến', nameEn: 'Progress and quality of online services', level: 'agency' },
];

/** Settings of the Circular 01 scoring. */
export interface Tt01Config {
  /** `prefer` (default): a citizen's tablet answer replaces the derived points of that indicator; `ignore`: derived points only. */
  citizenAnswers?: 'prefer' | 'ignore';
  /** Whether the notice boards at the desk are up to date (indicator 6 gets its second point). Default true. */
  noticeBoards?: boolean;
  /** Indicator 7 points for a late result without a complaint (default 1). */
  lateAttitude?: 0 | 1;
  /** Agency-level points set by inspection (indicator 5, or to override 8 and 9). */
  agencyInputs?: Partial<Record<Tt01Id, 0 | 1 | 2>>;
  /** Indicators summed for an officer's score (default 1, 2, 3, 4, 6, 7 as Thanh Hóa's system does). */
  officerIndicators?: readonly Tt01Id[];
}

/** What the derived per-dossier points depend on. */
export interface DossierFacts {
  timeliness: Timeliness;
  /** Supplement requests before the processing end. */
  supplements: number;
  channel: number;
  /** Catalogue publication: `complete`, `incomplete` (or missing from the catalogue), or `unknown` when there is no catalogue. */
  publication: 'complete' | 'incomplete' | 'unknown';
  staffComplaint: boolean;
}

/** "No data" in {@link packedDossierPoints}. */
export const NO_POINTS = 7;

/**
 * The derived points of the per-dossier indicators 1, 2, 3, 4, 6, 7 packed 3 bits each (in that
 * order, from bit 0), {@link NO_POINTS} for indicator 6 when the catalogue is unknown. The hot loop of
 * the engine reads this form; {@link dossierPoints} is the readable one.
 * `timeliness` 0 early, 1 on time, 2 late; `publication` 0 unknown, 1 missing or incomplete, 2 complete.
 */
export function packedDossierPoints(timeliness: 0 | 1 | 2, supplements: number, channel: number, publication: 0 | 1 | 2, staffComplaint: boolean, noticeBoards: boolean, lateAttitude: 0 | 1): number {
  const i1 = 2 - timeliness;
  const i3 = supplements === 0 ? 2 : supplements === 1 ? 1 : 0;
  const i4 = channel === 2 && supplements === 0 ? 2 : 1;
  const i6 = publication === 0 ? NO_POINTS : publication === 2 ? (noticeBoards ? 2 : 1) : 0;
  const i7 = staffComplaint ? 0 : timeliness === 0 ? 2 : timeliness === 1 ? 1 : lateAttitude;
  return i1 | (i1 << 3) | (i3 << 6) | (i4 << 9) | (i6 << 12) | (i7 << 15);
}

/** Derived points of the per-dossier indicators (see the module comment); indicator 6 absent when unknown. */
export function dossierPoints(f: DossierFacts, config?: Tt01Config): Partial<Record<Tt01Id, 0 | 1 | 2>> {
  const t = f.timeliness === 'early' ? 0 : f.timeliness === 'on_time' ? 1 : 2;
  const pub = f.publication === 'unknown' ? 0 : f.publication === 'complete' ? 2 : 1;
  const packed = packedDossierPoints(t, f.supplements, f.channel, pub, f.staffComplaint, config?.noticeBoards !== false, config?.lateAttitude ?? 1);
  const out: Partial<Record<Tt01Id, 0 | 1 | 2>> = {};
  TT01_DOSSIER_INDICATORS.forEach((id, k) => {
    const p = (packed >>> (3 * k)) & 7;
    if (p !== NO_POINTS) out[id] = p as 0 | 1 | 2;
  });
  return out;
}

/**
 * Indicator 8 for an agency: 2 with no petitions, or all handled on time and none prolonged; 1 with
 * ≥ 90 % on time and none prolonged; else 0. A petition is prolonged when it is still open after its
 * deadline.
 */
export function petitionPoints(petitions: number, onTime: number, prolonged: number): 0 | 1 | 2 {
  if (petitions === 0) return 2;
  if (prolonged > 0) return 0;
  if (onTime >= petitions) return 2;
  return onTime / petitions >= 0.9 ? 1 : 0;
}

/**
 * Indicator 9 for an agency: 2 when ≥ 20 % of its procedures are offered online, ≥ 30 % of its
 * dossiers were submitted online and no online dossier is late; 1 with some online service, an online
 * share of 15–30 % (or more) and none late; else 0.
 */
export function onlinePoints(onlineProcedureShare: number | undefined, onlineDossierShare: number | undefined, lateOnline: number): 0 | 1 | 2 {
  if (lateOnline > 0 || onlineDossierShare === undefined) return 0;
  if (onlineProcedureShare !== undefined && onlineProcedureShare >= 0.2 && onlineDossierShare >= 0.3) return 2;
  // Without a catalogue the 20 % procedure share cannot be checked (no 2 points), but online
  // submissions prove that some online service exists.
  const offered = onlineProcedureShare === undefined ? onlineDossierShare > 0 : onlineProcedureShare > 0;
  return offered && onlineDossierShare >= 0.15 ? 1 : 0;
}

/** Agency classes (Art. 15.3.b), highest first. */
export const TT01_AGENCY_CLASSES: readonly { id: 'xuat_sac' | 'tot' | 'kha' | 'trung_binh' | 'yeu'; min: number; nameVi: string; nameEn: string }[] = [
  { id: 'xuat_sac', min: 15, nameVi: 'Xuất sắc', nameEn: 'Excellent' },
  { id: 'tot', min: 12, nameVi: 'Tốt', nameEn: 'Good' },
  { id: 'kha', min: 9, nameVi: 'Khá', nameEn: 'Fair' },
  { id: 'trung_binh', min: 6, nameVi: 'Trung bình', nameEn: 'Average' },
  { id: 'yeu', min: -Infinity, nameVi: 'Yếu', nameEn: 'Poor' },
];

/** Officer classes (Art. 15.3.a), highest first. */
export const TT01_OFFICER_CLASSES: readonly { id: 'full' | 'partial' | 'below'; min: number; nameVi: string; nameEn: string }[] = [
  { id: 'full', min: 5, nameVi: 'Hoàn thành 100% nhiệm vụ', nameEn: 'Completes 100% of duties' },
  { id: 'partial', min: 3.5, nameVi: 'Hoàn thành từ 70% đến dưới 100%', nameEn: 'Completes 70% to under 100%' },
  { id: 'below', min: -Infinity, nameVi: 'Hoàn thành dưới 70%', nameEn: 'Completes under 70%' },
];

/** The agency class of a total out of 18 (≥ 15 xuất sắc, as the Circular says: not > 15). */
export function classifyAgency(total: number): (typeof TT01_AGENCY_CLASSES)[number]['id'] {
  return TT01_AGENCY_CLASSES.find((c) => total >= c.min)!.id;
}

/** The officer class of a score (≥ 5 full, 3.5 to < 5 partial, below). */
export function classifyOfficer(score: number): (typeof TT01_OFFICER_CLASSES)[number]['id'] {
  return TT01_OFFICER_CLASSES.find((c) => score >= c.min)!.id;
}

/** Accumulated figures of one entity for {@link aggregateTt01}. */
export interface Tt01Figures {
  /** Dossiers evaluated (processing ended in the period). */
  dossiers: number;
  /** Σ points and number of dossiers with points, per per-dossier indicator. */
  sums: Partial<Record<Tt01Id, number>>;
  counts: Partial<Record<Tt01Id, number>>;
  /** Agency-level points (8, 9) when computable. */
  agency: Partial<Record<Tt01Id, 0 | 1 | 2>>;
}

/** One indicator of a result. */
export interface Tt01Indicator {
  id: Tt01Id;
  /** Points (per-dossier ones averaged and rounded to 1 decimal); absent without data. */
  score?: number;
  /** Dossiers averaged, for per-dossier indicators. */
  samples?: number;
  source: 'dossiers' | 'agency' | 'input' | 'none';
}

/** A Circular 01/2018 result for an agency (or any group). */
export interface Tt01Score {
  dossiers: number;
  indicators: Tt01Indicator[];
  /** Σ indicator scores with data (Art. 15.2), 1 decimal. */
  total: number;
  /** 2 × the indicators with data (18 when all have data). */
  maxPossible: number;
  /** Indicators without data, left out (Art. 15.4.b). */
  omitted: Tt01Id[];
  /** Agency class of `total`; absent when no indicator has data. */
  agencyClass?: (typeof TT01_AGENCY_CLASSES)[number]['id'];
  /** Σ of the officer indicators; with its class. Meaningful when grouped by officer. */
  officerScore?: number;
  officerClass?: (typeof TT01_OFFICER_CLASSES)[number]['id'];
}

/**
 * Aggregates per Art. 15.2: each per-dossier indicator is Σ points ÷ dossiers, rounded to one decimal;
 * agency indicators come from inputs or from `figures.agency`; indicators without data are left out
 * (Art. 15.4.b); the total is the sum of the rest.
 */
export function aggregateTt01(figures: Tt01Figures, config?: Tt01Config): Tt01Score {
  const indicators: Tt01Indicator[] = [];
  let total = 0;
  const omitted: Tt01Id[] = [];
  for (const id of TT01_IDS) {
    const input = config?.agencyInputs?.[id];
    const n = figures.counts[id] ?? 0;
    let ind: Tt01Indicator;
    if (input !== undefined) ind = { id, score: input, source: 'input' };
    else if (TT01_DOSSIER_INDICATORS.includes(id)) {
      ind = n > 0 ? { id, score: roundHalfUp((figures.sums[id] ?? 0) / n, 1), samples: n, source: 'dossiers' } : { id, samples: 0, source: 'none' };
    } else {
      const a = figures.agency[id];
      ind = a !== undefined ? { id, score: a, source: 'agency' } : { id, source: 'none' };
    }
    if (ind.score === undefined) omitted.push(id);
    else total += ind.score;
    indicators.push(ind);
  }
  const out: Tt01Score = {
    dossiers: figures.dossiers,
    indicators,
    total: roundHalfUp(total, 1),
    maxPossible: 2 * (TT01_IDS.length - omitted.length),
    omitted,
  };
  if (omitted.length < TT01_IDS.length) out.agencyClass = classifyAgency(out.total);
  const officerIds = config?.officerIndicators ?? TT01_DOSSIER_INDICATORS;
  const officerScores = indicators.filter((x) => officerIds.includes(x.id) && x.score !== undefined);
  if (officerScores.length > 0) {
    out.officerScore = roundHalfUp(officerScores.reduce((s, x) => s + (x.score ?? 0), 0), 1);
    out.officerClass = classifyOfficer(out.officerScore);
  }
  return out;
}
