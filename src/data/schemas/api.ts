import * as z from 'zod/mini';
import { Id, Count, IsoDateTime, reportDuplicates } from './common.js';
import { MAX_RATING_BATCH, Rating } from './rating.js';
import { CaseFile } from './case-file.js';
import { Petition } from './petition.js';

export { MAX_RATING_BATCH };

/** `POST /api/v1/ratings/batch` request. Each rating's `id` is its idempotency key. */
export const RatingBatchRequest = z.object({
  ratings: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_RATING_BATCH)),
});

/** Why the server refused a rating for good (the client must not resend it). */
export const RatingRejection = z.object({
  id: z.string().check(z.maxLength(200)),
  reason: z.string().check(z.maxLength(500)),
  code: z.enum(['schema', 'duplicate-ticket', 'unknown-unit', 'policy', 'other']),
});
export type RatingRejection = z.infer<typeof RatingRejection>;

/**
 * `POST /api/v1/ratings/batch` response: ids newly stored, ids already stored earlier (a repeat of a
 * known UUID counts as stored), and rejections.
 */
export const RatingBatchResponse = z.object({
  accepted: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_RATING_BATCH)),
  duplicates: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_RATING_BATCH)),
  rejected: z.array(RatingRejection).check(z.maxLength(MAX_RATING_BATCH)),
});
export type RatingBatchResponse = z.infer<typeof RatingBatchResponse>;

/**
 * A page of case records (`GET /api/v1/cases`). `next` is an opaque cursor or null at the end. A
 * dossier code appears once per page.
 */
export const CasePage = z.object({
  items: z.array(CaseFile).check(z.maxLength(10000)),
  next: z.nullable(z.string().check(z.maxLength(500))),
  total: z.optional(Count),
}).check(z.superRefine((p, ctx) => reportDuplicates(ctx, p.items, (c) => c.code, ['items'], 'code')));
export type CasePage = z.infer<typeof CasePage>;

export const RatingList = z.object({ items: z.array(Rating).check(z.maxLength(1_000_000)) });
export const PetitionList = z.object({ items: z.array(Petition).check(z.maxLength(1_000_000)) });

/** Error body of every non-2xx response. */
export const ApiError = z.object({
  error: z.object({ code: z.string().check(z.maxLength(100)), message: z.string().check(z.maxLength(2000)) }),
});

/** `GET /api/v1/health`. */
export const Health = z.object({
  ok: z.boolean(),
  version: z.string().check(z.maxLength(100)),
  time: IsoDateTime,
  unitId: z.optional(Id),
});
