/**
 * The metric catalogue: every value a KPI query returns, with its unit, which direction is good and
 * its names, so cards, charts and rankings can label and format any metric they are given.
 */

/** Where a metric comes from. */
export type KpiFamily = 'cases' | 'ratings' | 'petitions' | 'queue' | '766' | 'tt01';

/** Unit of a metric value: a count, a 0–1 ratio, days, minutes or points. */
export type MetricUnit = 'count' | 'ratio' | 'days' | 'minutes' | 'points';

/** Description of one metric. */
export interface MetricInfo {
  family: KpiFamily;
  unit: MetricUnit;
  /** Which way is better; absent for neutral volumes. */
  better?: 'higher' | 'lower';
  /** Maximum, for points. */
  max?: number;
  nameVi: string;
  nameEn: string;
}

const m = (family: KpiFamily, unit: MetricUnit, nameVi: string, nameEn: string, better?: 'higher' | 'lower', max?: number): MetricInfo => ({
  family, unit, nameVi, nameEn, ...(better ? { better } : {}), ...(max !== undefined ? { max } : {}),
});

/**
 * Every metric id. Case metrics are about dossiers received in the period (measured at its end) unless
 * named `resolved…` (processing ended in the period).
 */
export const METRICS = {
  submitted: m('cases', 'count', 'Hồ sơ nộp', 'Dossiers submitted'),
  received: m('cases', 'count', 'Hồ sơ tiếp nhận', 'Dossiers received'),
  refused: m('cases', 'count', 'Hồ sơ không được tiếp nhận', 'Dossiers refused at the desk', 'lower'),
  awaitingReception: m('cases', 'count', 'Hồ sơ chờ tiếp nhận', 'Dossiers awaiting reception'),
  early: m('cases', 'count', 'Hồ sơ trước hạn', 'Dossiers early', 'higher'),
  onTime: m('cases', 'count', 'Hồ sơ đúng hạn', 'Dossiers on time'),
  late: m('cases', 'count', 'Hồ sơ quá hạn', 'Dossiers late', 'lower'),
  lateMultipleSupplements: m('cases', 'count', 'Hồ sơ quá hạn do bổ sung nhiều lần', 'Late after repeated supplement requests', 'lower'),
  finished: m('cases', 'count', 'Hồ sơ đã kết thúc xử lý', 'Dossiers finished'),
  open: m('cases', 'count', 'Hồ sơ đang giải quyết', 'Dossiers in progress'),
  openLate: m('cases', 'count', 'Hồ sơ đang giải quyết quá hạn', 'Dossiers in progress and overdue', 'lower'),
  onTimeRate: m('cases', 'ratio', 'Tỷ lệ trước hạn, đúng hạn', 'Early or on-time rate', 'higher'),
  earlyRate: m('cases', 'ratio', 'Tỷ lệ trước hạn', 'Early rate', 'higher'),
  lateRate: m('cases', 'ratio', 'Tỷ lệ quá hạn', 'Late rate', 'lower'),
  resolved: m('cases', 'count', 'Hồ sơ đã giải quyết', 'Dossiers resolved'),
  resolvedEarly: m('cases', 'count', 'Đã giải quyết trước hạn', 'Resolved early', 'higher'),
  resolvedOnTime: m('cases', 'count', 'Đã giải quyết đúng hạn', 'Resolved on time'),
  resolvedLate: m('cases', 'count', 'Đã giải quyết quá hạn', 'Resolved late', 'lower'),
  resolvedOnTimeRate: m('cases', 'ratio', 'Tỷ lệ giải quyết trước hạn, đúng hạn', 'Resolved early or on time', 'higher'),
  direct: m('cases', 'count', 'Hồ sơ nộp trực tiếp', 'Dossiers submitted in person'),
  online: m('cases', 'count', 'Hồ sơ nộp trực tuyến', 'Dossiers submitted online'),
  postal: m('cases', 'count', 'Hồ sơ nộp qua bưu chính', 'Dossiers submitted by post'),
  directShare: m('cases', 'ratio', 'Tỷ lệ nộp trực tiếp', 'In-person share'),
  onlineShare: m('cases', 'ratio', 'Tỷ lệ nộp trực tuyến', 'Online share', 'higher'),
  postalShare: m('cases', 'ratio', 'Tỷ lệ nộp qua bưu chính', 'Postal share'),
  onlinePaymentShare: m('cases', 'ratio', 'Tỷ lệ thanh toán trực tuyến', 'Online payment share', 'higher'),
  digitisedShare: m('cases', 'ratio', 'Tỷ lệ số hóa hồ sơ', 'Digitised share', 'higher'),
  eResultShare: m('cases', 'ratio', 'Tỷ lệ cấp kết quả điện tử', 'Electronic result share', 'higher'),
  reusedDataShare: m('cases', 'ratio', 'Tỷ lệ tái sử dụng dữ liệu số hóa', 'Reused digitised data share', 'higher'),
  personalStoreShare: m('cases', 'ratio', 'Tỷ lệ kết nối kho dữ liệu cá nhân', 'Personal data store share', 'higher'),
  citizenDataShare: m('cases', 'ratio', 'Tỷ lệ sử dụng dữ liệu dân cư', 'Population data share', 'higher'),
  syncRate: m('cases', 'ratio', 'Tỷ lệ đồng bộ lên Cổng DVCQG', 'Synced to the national portal', 'higher'),
  rescheduledShare: m('cases', 'ratio', 'Tỷ lệ hồ sơ hẹn lại', 'Rescheduled share', 'lower'),
  supplementShare: m('cases', 'ratio', 'Tỷ lệ hồ sơ phải bổ sung', 'Share asked for supplements', 'lower'),
  avgResolutionDays: m('cases', 'days', 'Thời gian giải quyết trung bình (ngày)', 'Average resolution time (days)', 'lower'),
  avgResolutionWorkingDays: m('cases', 'days', 'Thời gian giải quyết trung bình (ngày làm việc)', 'Average resolution time (working days)', 'lower'),
  p50ResolutionDays: m('cases', 'days', 'Trung vị thời gian giải quyết (ngày)', 'Median resolution time (days)', 'lower'),
  p90ResolutionDays: m('cases', 'days', 'Phân vị 90 thời gian giải quyết (ngày)', '90th percentile resolution time (days)', 'lower'),
  ratings: m('ratings', 'count', 'Lượt đánh giá', 'Ratings'),
  satisfied: m('ratings', 'count', 'Lượt hài lòng', 'Satisfied ratings', 'higher'),
  dissatisfied: m('ratings', 'count', 'Lượt không hài lòng', 'Dissatisfied ratings', 'lower'),
  satisfactionRate: m('ratings', 'ratio', 'Tỷ lệ hài lòng', 'Satisfaction rate', 'higher'),
  ratingsVerySatisfied: m('ratings', 'count', 'Rất hài lòng', 'Very satisfied'),
  ratingsSatisfied: m('ratings', 'count', 'Hài lòng', 'Satisfied'),
  ratingsNeutral: m('ratings', 'count', 'Bình thường', 'Neutral'),
  ratingsDissatisfied: m('ratings', 'count', 'Không hài lòng', 'Dissatisfied'),
  ratingsVeryDissatisfied: m('ratings', 'count', 'Rất không hài lòng', 'Very dissatisfied'),
  petitions: m('petitions', 'count', 'Phản ánh, kiến nghị', 'Petitions'),
  petitionsOnTime: m('petitions', 'count', 'PAKN xử lý đúng hạn', 'Petitions handled on time', 'higher'),
  petitionOnTimeRate: m('petitions', 'ratio', 'Tỷ lệ PAKN xử lý đúng hạn', 'Petitions on-time rate', 'higher'),
  petitionsOpen: m('petitions', 'count', 'PAKN đang xử lý', 'Petitions open'),
  petitionsOverdue: m('petitions', 'count', 'PAKN quá hạn chưa xử lý', 'Petitions open past their deadline', 'lower'),
  petitionSatisfactionRate: m('petitions', 'ratio', 'Tỷ lệ hài lòng xử lý PAKN', 'Satisfaction with petition handling', 'higher'),
  petitionsStaff: m('petitions', 'count', 'PAKN về cán bộ', 'Petitions about staff', 'lower'),
  petitionsRegulation: m('petitions', 'count', 'PAKN về quy định', 'Petitions about regulations'),
  tickets: m('queue', 'count', 'Số phiếu đã cấp', 'Tickets issued'),
  served: m('queue', 'count', 'Lượt đã phục vụ', 'Visitors served'),
  noShow: m('queue', 'count', 'Lượt vắng mặt', 'No-shows', 'lower'),
  skipped: m('queue', 'count', 'Lượt bỏ qua', 'Skipped', 'lower'),
  transferred: m('queue', 'count', 'Lượt chuyển quầy', 'Transferred'),
  waiting: m('queue', 'count', 'Đang chờ', 'Waiting now'),
  noShowRate: m('queue', 'ratio', 'Tỷ lệ vắng mặt', 'No-show rate', 'lower'),
  avgWaitMinutes: m('queue', 'minutes', 'Thời gian chờ trung bình', 'Average wait', 'lower'),
  p50WaitMinutes: m('queue', 'minutes', 'Trung vị thời gian chờ', 'Median wait', 'lower'),
  p90WaitMinutes: m('queue', 'minutes', 'Phân vị 90 thời gian chờ', '90th percentile wait', 'lower'),
  maxWaitMinutes: m('queue', 'minutes', 'Thời gian chờ lâu nhất', 'Longest wait', 'lower'),
  avgServiceMinutes: m('queue', 'minutes', 'Thời gian phục vụ trung bình', 'Average service time', 'lower'),
  p50ServiceMinutes: m('queue', 'minutes', 'Trung vị thời gian phục vụ', 'Median service time', 'lower'),
  p90ServiceMinutes: m('queue', 'minutes', 'Phân vị 90 thời gian phục vụ', '90th percentile service time', 'lower'),
  score766: m('766', 'points', 'Chỉ số 766', 'Decision 766 index', 'higher', 100),
  score766CKMB: m('766', 'points', 'Công khai, minh bạch', 'Transparency', 'higher', 18),
  score766TDGQ: m('766', 'points', 'Tiến độ giải quyết', 'Timeliness of resolution', 'higher', 20),
  score766CLGQ: m('766', 'points', 'Dịch vụ công trực tuyến', 'Online public services', 'higher', 12),
  score766TTTT: m('766', 'points', 'Thanh toán trực tuyến', 'Online payment', 'higher', 10),
  score766MDSH: m('766', 'points', 'Số hóa hồ sơ', 'Digitisation', 'higher', 22),
  score766MDHL: m('766', 'points', 'Mức độ hài lòng', 'Satisfaction', 'higher', 18),
  lost766: m('766', 'points', 'Điểm bị trừ', 'Points lost', 'lower'),
  tt01Total: m('tt01', 'points', 'Điểm đánh giá TT 01/2018', 'Circular 01/2018 score', 'higher', 18),
  tt01OfficerScore: m('tt01', 'points', 'Điểm đánh giá cán bộ', 'Officer score', 'higher'),
} as const satisfies Record<string, MetricInfo>;

/** A metric id. */
export type MetricId = keyof typeof METRICS;

/** Whether `s` is a metric id. */
export function isMetricId(s: string): s is MetricId {
  return Object.prototype.hasOwnProperty.call(METRICS, s);
}
