import * as z from 'zod/mini';
import { Id, IsoDateTime, DossierCode, ProcedureCode, Text } from './common.js';

/**
 * Dossier status codes of the national sync standard (TrangThaiHoSo):
 * 1 Mới đăng ký, 2 Được tiếp nhận, 3 Không được tiếp nhận, 4 Đang xử lý, 5 Yêu cầu bổ sung,
 * 6 Yêu cầu thực hiện nghĩa vụ tài chính, 7 Công dân rút hồ sơ, 8 Dừng xử lý, 9 Đã xử lý xong, 10 Đã trả kết quả.
 */
export const CaseStatus = z.union([
  z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5),
  z.literal(6), z.literal(7), z.literal(8), z.literal(9), z.literal(10),
]);
export type CaseStatus = z.infer<typeof CaseStatus>;
/** Submission channel (KenhThucHien): 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích. */
export const CaseChannel = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type CaseChannel = z.infer<typeof CaseChannel>;
/** Online payment (DuocThanhToanTrucTuyen): 0 not paid online, 1 via Cổng DVCQG, 2 via the local gateway. */
export const OnlinePayment = z.union([z.literal(0), z.literal(1), z.literal(2)]);

export const SupplementPeriod = z.object({
  requestedAt: IsoDateTime,
  /** When the citizen completed the supplement; absent while still waiting. */
  completedAt: z.optional(z.nullable(IsoDateTime)),
});
export type SupplementPeriod = z.infer<typeof SupplementPeriod>;

export const StatusChange = z.object({ status: CaseStatus, at: IsoDateTime });
export type StatusChange = z.infer<typeof StatusChange>;

/** A dossier (hồ sơ) as kept by the one-stop system. No personal data. */
export const CaseFile = z.object({
  code: DossierCode,
  procedureCode: ProcedureCode,
  unitId: Id,
  fieldId: Id,
  channel: CaseChannel,
  status: CaseStatus,
  /** Online/postal submission time (status 1), if any. */
  submittedAt: z.optional(z.nullable(IsoDateTime)),
  /** Reception time (status 2): the start of the legal clock. For status 1 (not yet received), the submission time. */
  receivedAt: IsoDateTime,
  /** Appointment date (NgayHenTra) on the receipt. */
  dueAt: z.optional(z.nullable(IsoDateTime)),
  /** Legal time limit in working days, used when there is no appointment date. */
  legalDays: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(3650)))),
  /** New appointment after an apology (Mẫu 04); allowed once. */
  rescheduledDueAt: z.optional(z.nullable(IsoDateTime)),
  rescheduleNote: z.optional(z.nullable(Text)),
  /** Status 9 Đã xử lý xong. */
  processedAt: z.optional(z.nullable(IsoDateTime)),
  /** Status 10 Đã trả kết quả. */
  returnedAt: z.optional(z.nullable(IsoDateTime)),
  /** Status 3, 7 or 8: when the dossier was refused, withdrawn or stopped. */
  closedAt: z.optional(z.nullable(IsoDateTime)),
  supplements: z.array(SupplementPeriod).check(z.maxLength(20)),
  /** Financial-obligation request (status 6) and payment. */
  feeRequestedAt: z.optional(z.nullable(IsoDateTime)),
  feePaidAt: z.optional(z.nullable(IsoDateTime)),
  /** The procedure carries a non-zero fee for this dossier. */
  hasFee: z.boolean(),
  onlinePayment: OnlinePayment,
  /** Components were scanned/attached (số hóa thành phần hồ sơ). */
  digitised: z.boolean(),
  /** An electronic result file was issued. */
  eResult: z.boolean(),
  /** The procedure issues a paper result. */
  paperResult: z.boolean(),
  /** At least one component reused already-digitised data. */
  reusedData: z.boolean(),
  /** Components taken from, or result pushed to, the citizen's personal data store on Cổng DVCQG. */
  personalStore: z.boolean(),
  /** Uses VNeID / population database data. */
  citizenData: z.boolean(),
  /** Synced to Cổng DVCQG. */
  synced: z.boolean(),
  officerId: z.optional(z.nullable(Id)),
  /** Status history, oldest first. */
  history: z.array(StatusChange).check(z.maxLength(100)),
});
export type CaseFile = z.infer<typeof CaseFile>;

/** What a citizen may see about a dossier: no officer, no personal data. */
export const CasePublicStatus = z.object({
  code: DossierCode,
  procedureCode: ProcedureCode,
  procedureName: z.optional(z.string().check(z.maxLength(500))),
  unitId: Id,
  unitName: z.optional(z.string().check(z.maxLength(500))),
  channel: CaseChannel,
  status: CaseStatus,
  receivedAt: IsoDateTime,
  dueAt: z.optional(z.nullable(IsoDateTime)),
  rescheduledDueAt: z.optional(z.nullable(IsoDateTime)),
  rescheduleNote: z.optional(z.nullable(Text)),
  processedAt: z.optional(z.nullable(IsoDateTime)),
  returnedAt: z.optional(z.nullable(IsoDateTime)),
  closedAt: z.optional(z.nullable(IsoDateTime)),
  supplements: z.array(SupplementPeriod).check(z.maxLength(20)),
  feeRequestedAt: z.optional(z.nullable(IsoDateTime)),
  feePaidAt: z.optional(z.nullable(IsoDateTime)),
  history: z.array(StatusChange).check(z.maxLength(100)),
});
export type CasePublicStatus = z.infer<typeof CasePublicStatus>;
