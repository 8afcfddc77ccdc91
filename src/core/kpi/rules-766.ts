import { roundHalfUp } from './round.js';

/**
 * Decision 766/QĐ-TTg (2022): the service-quality index of the national public service portal, 100
 * points in six groups as the portal scores it today (DOMAIN.md §4). Rules are data: a consumer may
 * change a maximum, a scoring rule or the no-data treatment of any sub-indicator through
 * {@link Config766} without code.
 *
 * Where the sources disagree or are silent the defaults follow the live portal figures ("observed"),
 * then the technical note ("note"); splits that neither fixes are "configurable":
 * - CLGQ (12): the portal publishes one ratio "cung cấp DVCTT & nộp hồ sơ trực tuyến" scored ×12. We
 *   split it into the note's provision rate (3.1, cap 80 %) and online-submission rate (3.3, cap 50 %),
 *   6 points each; the note's 3.2 (online services that received dossiers) is shown at 0 points.
 * - TTTT (10): three portal observations (6.69, 7.02, 6.33) are reproduced exactly by linear
 *   sub-indicators of 6 + 2.5 + 2.5 points, each rounded, then added. Those add up to 11, so the group
 *   is capped at its maximum of 10 (every group is: points never exceed {@link GROUPS_766}' maximum).
 *   No observation reaches the cap, so the cap is our reading, not an observation.
 * - SO_HOA_GIAY_TO_GIAI_QUYET: the note says cap 80 %, three live points say linear; linear.
 * - A sub-indicator whose denominator is 0 is left out ("omit", its maximum reported as unscored)
 *   unless the portal was seen scoring it full (petitions: none → 6; e-certified copies 0/0 → 2).
 */

/** The six groups. */
export type Group766 = 'CKMB' | 'TDGQ' | 'CLGQ' | 'TTTT' | 'MDSH' | 'MDHL';

/** How a ratio becomes points: `linear` = ratio × max; `cap` = max when ratio ≥ `at`, else ratio / at × max. */
export type ScoringRule = { type: 'linear' } | { type: 'cap'; at: number };

/** What a sub-indicator scores when its denominator is 0: left out of the total, full points, or 0. */
export type NoDataRule = 'omit' | 'full' | 'zero';

/** One sub-indicator. */
export interface Rule766 {
  code: string;
  group: Group766;
  nameVi: string;
  nameEn: string;
  /** Points; 0 for informational sub-indicators that are shown but not scored. */
  max: number;
  rule: ScoringRule;
  /** Whether our data (cases, catalogue, ratings, petitions) can compute it; otherwise it needs an input. */
  computable: boolean;
  /** Where the default comes from. */
  source: 'observed' | 'note' | 'configurable';
  noData: NoDataRule;
  /** Numerator / denominator as computed here. */
  basis: string;
}

/** The groups with their maxima (Σ = 100). A group's points are capped at its maximum. */
export const GROUPS_766: readonly { code: Group766; nameVi: string; nameEn: string; max: number }[] = [
  { code: 'CKMB', nameVi: 'Công khai, minh bạch', nameEn: 'Transparency', max: 18 },
  { code: 'TDGQ', nameVi: 'Tiến độ giải quyết', nameEn: 'Timeliness of resolution', max: 20 },
  { code: 'CLGQ', nameVi: 'Dịch vụ công trực tuyến', nameEn: 'Online public services', max: 12 },
  { code: 'TTTT', nameVi: 'Thanh toán trực tuyến', nameEn: 'Online payment', max: 10 },
  { code: 'MDSH', nameVi: 'Số hóa hồ sơ', nameEn: 'Digitisation of dossiers', max: 22 },
  { code: 'MDHL', nameVi: 'Mức độ hài lòng', nameEn: 'Satisfaction', max: 18 },
];

const linear: ScoringRule = { type: 'linear' };
const cap = (at: number): ScoringRule => ({ type: 'cap', at });

/** The sub-indicators, in display order. */
export const RULES_766: readonly Rule766[] = [
  { code: 'PUBLISH_ON_TIME', group: 'CKMB', nameVi: 'Tỷ lệ TTHC công bố đúng hạn', nameEn: 'Procedures published on time', max: 6, rule: linear, computable: false, source: 'note', noData: 'omit', basis: 'procedures whose publication decision is dated ≥ 5 working days before the legal basis takes effect / procedures published in the period (needs decision dates: input)' },
  { code: 'PUBLIC_UPDATE_ON_TIME', group: 'CKMB', nameVi: 'Tỷ lệ TTHC cập nhật, công khai đúng hạn', nameEn: 'Procedures updated on the national database on time', max: 4, rule: linear, computable: false, source: 'observed', noData: 'omit', basis: 'procedures made public ≤ 5 working days after their decision / procedures to publish (needs publication dates: input)' },
  { code: 'PUBLIC_CONTENT_FULL', group: 'CKMB', nameVi: 'Tỷ lệ TTHC công khai đầy đủ nội dung', nameEn: 'Procedures published with complete content', max: 2, rule: linear, computable: true, source: 'note', noData: 'omit', basis: 'catalogue procedures with all seven components of Decree 63 Art. 8.2 / catalogue procedures in scope' },
  { code: 'DOSSIER_SYNC', group: 'CKMB', nameVi: 'Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG', nameEn: 'Dossiers synced to the national portal', max: 6, rule: linear, computable: true, source: 'note', noData: 'omit', basis: 'synced dossiers / dossiers received in the period' },
  { code: 'PROCESSING_ON_TIME', group: 'TDGQ', nameVi: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn', nameEn: 'Dossiers handled early or on time', max: 20, rule: linear, computable: true, source: 'observed', noData: 'omit', basis: 'dossiers received in the period that are early or on time at its end (finished, or still within the deadline) / dossiers received' },
  { code: 'AVG_PROCESSING_DAYS', group: 'TDGQ', nameVi: 'Thời gian giải quyết trung bình (ngày)', nameEn: 'Average resolution time (days)', max: 0, rule: linear, computable: true, source: 'note', noData: 'omit', basis: 'Σ (processing end − reception − supplement time) of dossiers received in the period and resolved with a result / their number; informational' },
  { code: 'ONLINE_SERVICE_PROVIDED', group: 'CLGQ', nameVi: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến', nameEn: 'Procedures offered online', max: 6, rule: cap(0.8), computable: true, source: 'configurable', noData: 'omit', basis: 'catalogue procedures offered online (toàn trình or một phần) / catalogue procedures in scope' },
  { code: 'ONLINE_DOSSIER_SHARE', group: 'CLGQ', nameVi: 'Tỷ lệ hồ sơ nộp trực tuyến', nameEn: 'Dossiers submitted online', max: 6, rule: cap(0.5), computable: true, source: 'configurable', noData: 'omit', basis: 'dossiers received online (with an e-result when the procedure issues a paper result) / dossiers received × sync rate' },
  { code: 'ONLINE_SERVICE_USED', group: 'CLGQ', nameVi: 'Tỷ lệ DVCTT có phát sinh hồ sơ', nameEn: 'Online services that received dossiers', max: 0, rule: linear, computable: true, source: 'configurable', noData: 'omit', basis: 'online procedures in scope with ≥ 1 online dossier in the period / online procedures in scope; informational' },
  { code: 'ONLINE_PAYMENT_DOSSIER', group: 'TTTT', nameVi: 'Tỷ lệ hồ sơ thanh toán trực tuyến', nameEn: 'Dossiers paid online', max: 6, rule: linear, computable: true, source: 'observed', noData: 'omit', basis: 'fee-bearing dossiers paid online (DVCQG or local gateway) / fee-bearing dossiers received' },
  { code: 'ONLINE_PAYMENT_FORMALITY', group: 'TTTT', nameVi: 'Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến', nameEn: 'Fee-bearing procedures with online payments', max: 2.5, rule: linear, computable: true, source: 'observed', noData: 'omit', basis: 'procedures with ≥ 1 dossier paid online / procedures with ≥ 1 fee-bearing dossier, in the period' },
  { code: 'FEE_FORMALITY_WITH_DOSSIER', group: 'TTTT', nameVi: 'Tỷ lệ TTHC có thu phí, lệ phí phát sinh hồ sơ', nameEn: 'Fee-bearing procedures that received dossiers', max: 2.5, rule: linear, computable: true, source: 'observed', noData: 'omit', basis: 'fee-bearing catalogue procedures in scope with ≥ 1 dossier in the period / fee-bearing catalogue procedures in scope' },
  { code: 'ORIGINAL_RESULT_AVAILABLE', group: 'MDSH', nameVi: 'Tỷ lệ hồ sơ có cấp kết quả giải quyết TTHC điện tử', nameEn: 'Dossiers with an electronic result', max: 6, rule: linear, computable: true, source: 'observed', noData: 'omit', basis: 'dossiers with an e-result / dossiers of procedures that issue a paper result, received in the period' },
  { code: 'SO_HOA_GIAY_TO_GIAI_QUYET', group: 'MDSH', nameVi: 'Tỷ lệ hồ sơ thực hiện số hóa hồ sơ', nameEn: 'Digitised dossiers', max: 4, rule: linear, computable: true, source: 'observed', noData: 'omit', basis: 'dossiers with attached components and (when a paper result is issued) an e-result / dossiers received' },
  { code: 'REUSED_DIGITIZED_DATA', group: 'MDSH', nameVi: 'Tỷ lệ hồ sơ khai thác, sử dụng lại dữ liệu số hóa', nameEn: 'Dossiers reusing digitised data', max: 2, rule: cap(0.8), computable: true, source: 'observed', noData: 'omit', basis: 'dossiers with a component reusing digitised data / dossiers received' },
  { code: 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE', group: 'MDSH', nameVi: 'Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ dữ liệu', nameEn: 'Dossiers linked to the personal data store', max: 4, rule: linear, computable: true, source: 'observed', noData: 'omit', basis: 'dossiers using or feeding the personal data store of Cổng DVCQG / dossiers received' },
  { code: 'CITIZEN_DATA_CONNECTED_DOSSIER', group: 'MDSH', nameVi: 'Tỷ lệ hồ sơ có sử dụng dữ liệu dân cư', nameEn: 'Dossiers using population data', max: 2, rule: linear, computable: true, source: 'observed', noData: 'omit', basis: 'dossiers using VNeID or population-database data / dossiers received' },
  { code: 'CITIZEN_DATA_CONNECTED_FORMALITY', group: 'MDSH', nameVi: 'Tỷ lệ TTHC triển khai kết nối dữ liệu dân cư', nameEn: 'Procedures connected to population data', max: 2, rule: linear, computable: true, source: 'observed', noData: 'omit', basis: 'catalogue procedures for individuals with ≥ 1 dossier using population data / catalogue procedures for individuals in scope' },
  { code: 'ELECTRONIC_CERTIFIED_COPY', group: 'MDSH', nameVi: 'Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính', nameEn: 'Electronic certified copies offered', max: 2, rule: linear, computable: false, source: 'observed', noData: 'full', basis: 'not in our data (input); the portal scores 0/0 as full points' },
  { code: 'DOSSIER_RECEIVING_SATISFACTION', group: 'MDHL', nameVi: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC', nameEn: 'Satisfaction with dossier handling', max: 6, rule: cap(0.9), computable: true, source: 'observed', noData: 'omit', basis: '1 − (late dossiers + dossiers with a petition or a dissatisfied rating, each dossier once) / dossiers received' },
  { code: 'PETITION_PROCESSING_ON_TIME', group: 'MDHL', nameVi: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', nameEn: 'Petitions handled on time', max: 6, rule: linear, computable: true, source: 'observed', noData: 'full', basis: 'petitions received in the period handled by their deadline, or open and not yet due / petitions received' },
  { code: 'PETITION_HANDLING_SATISFACTION', group: 'MDHL', nameVi: 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị', nameEn: 'Satisfaction with petition handling', max: 6, rule: linear, computable: true, source: 'observed', noData: 'full', basis: '(petitions − those disliked, late or raised again) / petitions received' },
  { code: 'PETITION_CLASSIFICATION_TTHC', group: 'MDHL', nameVi: 'Tỷ lệ PAKN về quy định, thủ tục hành chính', nameEn: 'Petitions about regulations', max: 0, rule: linear, computable: true, source: 'observed', noData: 'omit', basis: 'petitions about regulations / petitions received; informational' },
  { code: 'PETITION_CLASSIFICATION_STAFF', group: 'MDHL', nameVi: 'Tỷ lệ PAKN về hành vi cán bộ, công chức', nameEn: 'Petitions about staff conduct', max: 0, rule: linear, computable: true, source: 'observed', noData: 'omit', basis: 'petitions about staff conduct / petitions received; informational' },
];

/** A classification band of the total: score (scaled to 100) ≥ `min`. */
export interface Band766 {
  id: string;
  min: number;
  nameVi: string;
  nameEn: string;
}

/**
 * Default bands. No official bands exist for the 766 index; these are the ones of the 766-Analyze
 * dashboard (≥ 90 / 80 / 70 / 50), shown as unofficial. Highest first.
 */
export const BANDS_766: readonly Band766[] = [
  { id: 'xuat_sac', min: 90, nameVi: 'Xuất sắc', nameEn: 'Excellent' },
  { id: 'tot', min: 80, nameVi: 'Tốt', nameEn: 'Good' },
  { id: 'kha', min: 70, nameVi: 'Khá', nameEn: 'Fair' },
  { id: 'trung_binh', min: 50, nameVi: 'Trung bình', nameEn: 'Average' },
  { id: 'yeu', min: -Infinity, nameVi: 'Yếu, kém', nameEn: 'Poor' },
];

/** Overrides of the defaults. */
export interface Config766 {
  /** Per sub-indicator changes of maximum, rule or no-data treatment. */
  rules?: Partial<Record<string, Partial<Pick<Rule766, 'max' | 'rule' | 'noData'>>>>;
  /**
   * External figures, e.g. publication timeliness taken from the national database. They replace what
   * we compute (or fill what we cannot) for every group of a query.
   */
  inputs?: Partial<Record<string, Fraction | { ratio: number }>>;
  /**
   * DOSSIER_RECEIVING_SATISFACTION: count a late dossier that also has a petition or a dislike once
   * (`union`, default) or twice as the note's formula reads (`sum`). The portal's figures fit `union`:
   * 443 565 dossiers, 393 087 on time, 392 869 satisfied, so the 50 478 late ones were not counted again.
   */
  satisfactionOverlap?: 'union' | 'sum';
  /** Bands, highest first (default {@link BANDS_766}). */
  bands?: readonly Band766[];
  /**
   * What the band is read from: `scaled` (default) = total ÷ scored maximum × 100, so sub-indicators
   * we cannot compute do not drag a unit down a band; `total` = the raw total out of 100.
   */
  bandBasis?: 'scaled' | 'total';
}

/** A numerator and denominator. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/** The rules after applying `config.rules`. */
export function effectiveRules766(config?: Config766): Rule766[] {
  return RULES_766.map((r) => {
    const o = config?.rules?.[r.code];
    return o ? { ...r, ...o } : { ...r };
  });
}

/** Unrounded points of `ratio` (0–1, clamped) under `rule` with maximum `max`. */
export function scoreRule(rule: ScoringRule, ratio: number, max: number): number {
  const r = Math.min(1, Math.max(0, ratio));
  if (rule.type === 'cap') return r >= rule.at ? max : (r / rule.at) * max;
  return r * max;
}

/** Points as the portal shows them: {@link scoreRule} rounded half up to 2 decimals. */
export function points766(rule: ScoringRule, ratio: number, max: number): number {
  return roundHalfUp(scoreRule(rule, ratio, max), 2);
}

/** How a sub-indicator was scored. */
export type SubStatus = 'scored' | 'input' | 'no_data' | 'informational';

/** One sub-indicator of a result. Ratios 0–1; points rounded to 2 decimals. */
export interface SubScore766 {
  code: string;
  group: Group766;
  max: number;
  status: SubStatus;
  numerator?: number;
  denominator?: number;
  ratio?: number;
  /** Points; absent when left out ({@link NoDataRule} `omit`). */
  points?: number;
  /** max − points ("điểm bị trừ"), when scored. */
  lost?: number;
  /** Non-ratio value of informational sub-indicators (AVG_PROCESSING_DAYS: days). */
  value?: number;
  /** The no-data rule applied, when the denominator was 0 or the figure is not in our data. */
  noData?: NoDataRule;
}

/** One group of a result. */
export interface GroupScore766 {
  code: Group766;
  max: number;
  /** Σ points of its scored sub-indicators. */
  points: number;
  /** Σ max of its scored sub-indicators. */
  scoredMax: number;
  /** Σ max of sub-indicators left out for lack of data. */
  unscoredMax: number;
  /** scoredMax − points. */
  lost: number;
  indicators: SubScore766[];
}

/** A Decision 766 scorecard. */
export interface Score766 {
  /** Σ group points, out of 100. */
  total: number;
  max: number;
  scoredMax: number;
  unscoredMax: number;
  /** Points lost on scored sub-indicators. */
  lost: number;
  /** total ÷ scoredMax × 100 (2 decimals); absent when nothing was scored. */
  scaled?: number;
  /** Band id (see {@link Config766.bands}); absent when nothing was scored. */
  band?: string;
  groups: GroupScore766[];
}

/** Per-sub-indicator figures for {@link score766}: a fraction, or for informational ones a value. */
export type Inputs766 = Partial<Record<string, Fraction | { value: number }>>;

const isFraction = (x: unknown): x is Fraction => typeof x === 'object' && x !== null && 'denominator' in x;

/**
 * Scores a unit (or any group) from its sub-indicator fractions. Each sub-indicator's points are
 * rounded to 2 decimals, then summed (the portal's TTTT figures only add up that way: 5.26 + 1.06 +
 * 0.37 = 6.69). `config.inputs` replace computed fractions. A missing or zero-denominator figure
 * follows the sub-indicator's {@link NoDataRule}.
 */
export function score766(figures: Inputs766, config?: Config766): Score766 {
  const rules = effectiveRules766(config);
  const groups: GroupScore766[] = GROUPS_766.map((g) => {
    const indicators: SubScore766[] = [];
    let pts = 0;
    let scoredMax = 0;
    let unscoredMax = 0;
    let groupMax = 0;
    for (const r of rules) {
      if (r.group !== g.code) continue;
      groupMax += r.max;
      const input = config?.inputs?.[r.code];
      const fig = figures[r.code];
      const sub: SubScore766 = { code: r.code, group: r.group, max: r.max, status: r.max === 0 ? 'informational' : 'scored' };
      let ratio: number | undefined;
      if (input !== undefined) {
        sub.status = r.max === 0 ? 'informational' : 'input';
        if (isFraction(input)) {
          sub.numerator = input.numerator;
          sub.denominator = input.denominator;
          ratio = input.denominator > 0 ? input.numerator / input.denominator : undefined;
        } else if (Number.isFinite(input.ratio)) ratio = input.ratio;
      } else if (fig !== undefined && isFraction(fig)) {
        sub.numerator = fig.numerator;
        sub.denominator = fig.denominator;
        ratio = fig.denominator > 0 ? fig.numerator / fig.denominator : undefined;
      } else if (fig !== undefined && Number.isFinite(fig.value)) {
        sub.value = fig.value;
      }
      if (ratio !== undefined) sub.ratio = ratio;
      if (r.max === 0) {
        indicators.push(sub);
        continue;
      }
      if (ratio !== undefined) {
        sub.points = points766(r.rule, ratio, r.max);
      } else {
        sub.status = sub.status === 'input' ? 'input' : 'no_data';
        sub.noData = r.noData;
        if (r.noData === 'full') sub.points = r.max;
        else if (r.noData === 'zero') sub.points = 0;
      }
      if (sub.points !== undefined) {
        sub.lost = roundHalfUp(r.max - sub.points, 2);
        pts += sub.points;
        scoredMax += r.max;
      } else unscoredMax += r.max;
      indicators.push(sub);
    }
    // A group never scores above its portal maximum, even when its sub-indicators add up to more (TTTT).
    const cap = Math.min(g.max, groupMax);
    const points = Math.min(cap, roundHalfUp(pts, 2));
    const scored = Math.min(cap, scoredMax);
    const unscored = Math.min(unscoredMax, cap - scored);
    return { code: g.code, max: cap, points, scoredMax: scored, unscoredMax: unscored, lost: roundHalfUp(scored - points, 2), indicators };
  });
  const total = roundHalfUp(groups.reduce((s, g) => s + g.points, 0), 2);
  const scoredMax = roundHalfUp(groups.reduce((s, g) => s + g.scoredMax, 0), 2);
  const unscoredMax = roundHalfUp(groups.reduce((s, g) => s + g.unscoredMax, 0), 2);
  const max = roundHalfUp(groups.reduce((s, g) => s + g.max, 0), 2);
  const out: Score766 = { total, max, scoredMax, unscoredMax, lost: roundHalfUp(scoredMax - total, 2), groups };
  if (scoredMax > 0) {
    out.scaled = roundHalfUp((total / scoredMax) * 100, 2);
    const basis = config?.bandBasis === 'total' ? total : out.scaled;
    out.band = band766(basis, config?.bands);
  }
  return out;
}

/** The id of the first band (highest first) whose minimum `score` reaches. */
export function band766(score: number, bands: readonly Band766[] = BANDS_766): string | undefined {
  return bands.find((b) => score >= b.min)?.id;
}
