import * as z from 'zod/mini';
import { Id, IsoDateTime, DossierCode, ProcedureCode, Lang } from './common.js';

/** Largest ratings batch a client sends and a server accepts. */
export const MAX_RATING_BATCH = 500;

/**
 * Satisfaction level. The default three-level question uses `very_satisfied | satisfied | dissatisfied`
 * (Rất hài lòng / Hài lòng / Không hài lòng); the five-level variant adds `neutral` and `very_dissatisfied`.
 */
export const SatisfactionLevel = z.enum(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied']);
export type SatisfactionLevel = z.infer<typeof SatisfactionLevel>;

/** Points of one Circular 01/2018 indicator answer. */
export const IndicatorPoints = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export type IndicatorPoints = z.infer<typeof IndicatorPoints>;
/** Circular 01/2018 Art. 13 indicator numbers. */
export const IndicatorId = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
export type IndicatorId = z.infer<typeof IndicatorId>;

/** Reason chips offered after a low score. Custom reasons are allowed as ids. */
export const ReasonId = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9_-]+$/));

/** One citizen rating. `id` is a client-made UUID and the idempotency key end to end. No personal data. */
export const Rating = z.object({
  id: z.uuid(),
  createdAt: IsoDateTime,
  unitId: Id,
  counterId: z.optional(z.nullable(Id)),
  procedureCode: z.optional(z.nullable(ProcedureCode)),
  officerId: z.optional(z.nullable(Id)),
  /** Queue ticket number or id served at the counter. */
  ticket: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(64)))),
  dossierCode: z.optional(z.nullable(DossierCode)),
  /** Scale the question used: 3 levels (default) or 5. */
  scale: z.union([z.literal(3), z.literal(5)]),
  level: SatisfactionLevel,
  /** Optional Circular 01/2018 indicator answers, 0–2 points each. */
  indicators: z.optional(z.partialRecord(IndicatorId, IndicatorPoints)),
  reasons: z.array(ReasonId).check(z.maxLength(20)),
  comment: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
  lang: Lang,
  deviceId: Id,
  /** True when an idle reset submitted a survey the citizen did not finish. */
  partial: z.optional(z.boolean()),
}).check(
  z.refine((r) => r.scale === 5 || (r.level !== 'neutral' && r.level !== 'very_dissatisfied'), {
    message: 'level-not-in-scale',
    path: ['level'],
  }),
);
export type Rating = z.infer<typeof Rating>;
