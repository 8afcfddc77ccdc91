import * as z from 'zod/mini';
import { Id } from '../src/data/schemas/common.js';

/**
 * Bodies of the `/__admin/*` endpoints (reference server only). Kept free of Node imports so the
 * OpenAPI generator can describe them wherever it runs.
 */

const Probability = z.number().check(z.gte(0), z.lte(1));
const Ms = z.number().check(z.gte(0), z.lte(120_000));
const Seed = z.union([z.int(), z.string().check(z.maxLength(200))]);

/**
 * `POST /__admin/faults` body. Probabilities apply to each matching `/api/v1` request; the outcomes
 * are exclusive (one draw decides), so their sum may not exceed 1. Unknown keys are refused so a typo
 * does not silently leave a test without its fault.
 */
export const FaultConfig = z.strictObject({
  /** Destroy the socket before handling. */
  drop: z.optional(Probability),
  /** Handle the request (ratings are stored), then destroy the socket before the response. */
  dropAfter: z.optional(Probability),
  /** Answer 500 without handling. */
  fail500: z.optional(Probability),
  /** Never answer. */
  timeout: z.optional(Probability),
  /** Answer with a body that is not valid JSON (streams: one unparseable record first). */
  malformed: z.optional(Probability),
  /** Delay before handling, uniform in [min, max] ms. */
  delayMs: z.optional(z.tuple([Ms, Ms])),
  /** Regular expression tested against the request path and query; only matching requests are affected. */
  paths: z.optional(z.string().check(z.maxLength(1000))),
  /** Seed of the decisions: the same seed and requests give the same faults. */
  seed: z.optional(Seed),
});
export type FaultConfig = z.infer<typeof FaultConfig>;

/** `POST /__admin/reset` body. */
export const ResetOptions = z.strictObject({
  seed: z.optional(Seed),
  /** Generate this calendar year instead of the year up to today. */
  year: z.optional(z.int().check(z.gte(2000), z.lte(2100))),
  casesPerYear: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
});
export type ResetOptions = z.infer<typeof ResetOptions>;

/** `POST /__admin/sse/kill` body. */
export const KillOptions = z.strictObject({
  /** Only this unit's streams. */
  unitId: z.optional(Id),
  /** End the responses instead of destroying the sockets. */
  graceful: z.optional(z.boolean()),
});

/** `POST /__admin/queue/epoch` body. */
export const EpochOptions = z.strictObject({ unitId: z.optional(Id) });
