import * as z from 'zod/mini';
import { generateSeed, SEED_VERSION } from '../src/data/seed/index.js';
import { OrgData } from '../src/data/schemas/org.js';
import { Procedure } from '../src/data/schemas/procedure.js';
import { CaseFile } from '../src/data/schemas/case-file.js';
import { Rating } from '../src/data/schemas/rating.js';
import { Petition } from '../src/data/schemas/petition.js';
import { summariseIssues } from '../src/data/schemas/describe.js';
import { DAY, startOfLocalDay, toIso } from '../src/core/time/index.js';
import { wipe } from './db.js';
import type { Store } from './store.js';

/** The generator's own default seed, so the server and the embedded local source show the same centre. */
export const DEFAULT_SEED = 'hcc-halong';

/** How to seed an empty database. */
export interface SeedOptions {
  /** Generator seed: the same seed gives the same data (the generator's default when absent). */
  seed?: number | string | undefined;
  /** The server's current time (epoch ms). */
  now: number;
  offsetMinutes: number;
  /** Dossiers generated per year; the generator's default when absent. */
  casesPerYear?: number | undefined;
  /** A calendar year to generate instead of the year up to today. */
  year?: number | undefined;
}

/** What a seeding run produced. */
export interface SeedSummary {
  seed: string;
  from: string;
  to: string;
  units: number;
  procedures: number;
  cases: number;
  ratings: number;
  petitions: number;
  /** Generated ratings left out because another rating already covered their ticket or dossier. */
  skippedRatings: number;
  ms: number;
}

function check<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value, { reportInput: true });
  if (!r.success) throw new Error(`The seed generator produced an invalid ${what}:\n${summariseIssues(r.error.issues, 'en')}`);
  return r.data as z.infer<S>;
}

/**
 * The period to generate: the year up to `now` (local midnight a year ago until now), or a calendar
 * year, cut at `now` when it is the current one.
 */
export function seedPeriod(opts: Pick<SeedOptions, 'now' | 'offsetMinutes' | 'year'>): { from: number; to: number } {
  if (opts.year === undefined) return { from: startOfLocalDay(opts.now - 365 * DAY, opts.offsetMinutes), to: opts.now };
  const from = Date.UTC(opts.year, 0, 1) - opts.offsetMinutes * 60_000;
  const end = Date.UTC(opts.year + 1, 0, 1) - opts.offsetMinutes * 60_000;
  return { from, to: Math.min(end, Math.max(from, opts.now)) };
}

/**
 * Replaces the database content with generated data, in one transaction. Every generated record is
 * checked against its schema first, so the server never hands out data its clients would refuse.
 */
export function seedDatabase(store: Store, opts: SeedOptions): SeedSummary {
  const t0 = performance.now();
  const { from, to } = seedPeriod(opts);
  const data = generateSeed({
    ...(opts.seed !== undefined ? { seed: String(opts.seed) } : {}),
    from,
    to,
    offsetMinutes: opts.offsetMinutes,
    ...(opts.casesPerYear !== undefined ? { casesPerYear: opts.casesPerYear } : {}),
  });
  const org = check(OrgData, data.org, 'organisation');
  const procedures = data.procedures.map((p, i) => check(Procedure, p, `procedure #${i}`));
  const ratings = data.ratings.map((r, i) => check(Rating, r, `rating #${i}`));
  const petitions = data.petitions.map((p, i) => check(Petition, p, `petition #${i}`));
  const seedText = opts.seed !== undefined ? String(opts.seed) : DEFAULT_SEED;
  let cases = 0;
  let skippedRatings = 0;
  store.db.transaction(() => {
    wipe(store.db);
    store.invalidate();
    store.putOrg(org);
    store.putProcedures(procedures);
    for (const chunk of data.cases) {
      store.putCases(chunk.map((c, i) => check(CaseFile, c, `case #${cases + i}`)));
      cases += chunk.length;
    }
    const outcomes = store.storeRatings(ratings);
    skippedRatings = outcomes.filter((o) => o.result !== 'accepted').length;
    store.putPetitions(petitions);
    store.setMeta('seed', seedText);
    store.setMeta('seed_version', String(SEED_VERSION));
    store.setMeta('seeded_from', toIso(from, opts.offsetMinutes));
    store.setMeta('seeded_to', toIso(to, opts.offsetMinutes));
    if (opts.casesPerYear !== undefined) store.setMeta('cases_per_year', String(opts.casesPerYear));
  })();
  store.invalidate();
  return {
    seed: seedText,
    from: toIso(from, opts.offsetMinutes),
    to: toIso(to, opts.offsetMinutes),
    units: org.units.length,
    procedures: procedures.length,
    cases,
    ratings: ratings.length - skippedRatings,
    petitions: petitions.length,
    skippedRatings,
    ms: Math.round(performance.now() - t0),
  };
}
