import type { CaseFile } from '../schemas/case-file.js';
import type { OrgData } from '../schemas/org.js';
import type { Petition } from '../schemas/petition.js';
import type { Procedure } from '../schemas/procedure.js';
import type { Rating } from '../schemas/rating.js';
import { casesFromPlan, planCases, simulateDays, type CaseGenOptions, type RawDay } from './cases.js';
import { demoProcedures } from './procedures.js';
import { halongOrg } from './org.js';
import { ratingsForDay } from './ratings.js';
import { PetitionStream } from './petitions.js';

export { createRng, weightedPicker, hashString, detExp, detLog, Rng, type WeightedPicker } from './rng.js';
export { resolveDate, type DateInput } from './calendar.js';
export { halongOrg, orgFromUnitList, HALONG_FIELDS, FIELD_IDS, QUANG_NINH, type OrgFromUnitListOptions, type UnitListEntry } from './org.js';
export { HALONG_UNITS, HALONG_CITY, HALONG_CENTRE } from './halong-units.js';
export {
  DEMO_PROCEDURES, demoProcedures, legalWorkingDays, PROCEDURE_FIELD_IDS, PROCEDURE_LEGAL_DAYS, PROCEDURE_PROFILES, type ProcedureProfile,
} from './procedures.js';
export { generateCases, generateAllCases, CASE_RATES, type CaseGenOptions } from './cases.js';
export { generateRatings, ratingsForDay, RATING_RATES, RATING_REASONS, type RatingReason } from './ratings.js';
export { generatePetitions, PetitionStream, PETITION_RATES } from './petitions.js';

/**
 * Version of the generated data. It changes whenever the same options would produce different data,
 * so stores seeded by an older generator know to reseed.
 */
export const SEED_VERSION = 2;

/** Options of {@link generateSeed}. */
export interface SeedOptions extends CaseGenOptions {
  /** Seed string (default `hcc-halong`). */
  seed?: string;
}

/** Everything a demo back end needs, as plain data that passes the zod schemas. */
export interface SeedData {
  org: OrgData;
  procedures: Procedure[];
  /** Dossiers in month chunks, oldest first; every iteration regenerates the same data. */
  cases: Iterable<CaseFile[]>;
  /** Tablet ratings, oldest first. */
  ratings: Rating[];
  /** Petitions (PAKN), oldest first. */
  petitions: Petition[];
  /** The period covered, as ISO date-times with the offset (`to` exclusive). */
  period: { from: string; to: string };
}

/**
 * Generates the demo data of a Hạ Long centre (or of `org`): the organisation, the procedure catalogue,
 * one period of dossiers (default: the year before `to`, ~40,000 dossiers), ratings and petitions. Pure
 * and deterministic: the same options give the same data in every JavaScript engine; nothing reads the
 * clock or `Math.random`.
 *
 * Ratings and petitions are computed eagerly (one simulation pass); dossiers are turned into `CaseFile`
 * objects lazily, one month at a time, each time `cases` is iterated (the first iteration reuses the
 * simulation pass, later ones redo it). Throws RangeError on invalid options.
 */
export function generateSeed(options: SeedOptions): SeedData {
  const org = options.org ?? halongOrg();
  const plan = planCases({ ...options, seed: options.seed ?? 'hcc-halong', org });
  const ratings: Rating[] = [];
  const petitions: Petition[] = [];
  const stream = new PetitionStream(plan);
  const days: RawDay[] = [];
  for (const day of simulateDays(plan)) {
    days.push(day);
    for (const r of ratingsForDay(plan, day)) ratings.push(r);
    for (const p of stream.next(day)) petitions.push(p);
  }
  return {
    org,
    procedures: demoProcedures(),
    // A first start iterates the cases right away: hand it this pass instead of simulating again.
    cases: casesFromPlan(plan, days),
    ratings,
    petitions,
    period: { from: plan.cal.iso(plan.from), to: plan.cal.iso(plan.to) },
  };
}
