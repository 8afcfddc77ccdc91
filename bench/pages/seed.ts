/**
 * Bench page: the deterministic demo-data generator, as the embedded IndexedDB source and the
 * reference server run it on first start (one year of Hạ Long dossiers, ratings and petitions).
 */
import { generateCases, generateSeed } from '../../src/data/seed/index.js';

export interface Params {
  /** Dossiers per year (the default demo has 40,000). */
  casesPerYear: number;
  /** End of the generated year. */
  to?: string;
}

export type State = Params;

/** Nothing to prepare: the generator's input is its options. */
export function setup(params: Params): State {
  return params;
}

/** Order-sensitive digest of the generated codes, so the work cannot be skipped and runs can be compared. */
function digest(codes: Iterable<string>): { n: number; checksum: number } {
  let n = 0;
  let h = 0;
  for (const code of codes) {
    n++;
    for (let i = code.length - 6; i < code.length; i++) h = (Math.imul(h, 31) + code.charCodeAt(i)) | 0;
  }
  return { n, checksum: h >>> 0 };
}

/** Timed: one year of dossiers, materialised month by month as `CaseFile` objects. */
export function yearOfCases({ casesPerYear, to = '2026-03-01' }: State): { n: number; checksum: number } {
  function* codes() {
    for (const chunk of generateCases({ to, casesPerYear })) for (const c of chunk) yield c.code;
  }
  return digest(codes());
}

/** Timed: `generateSeed` itself: organisation, catalogue, and the simulation pass that yields ratings and petitions. */
export function seedWithoutCases({ casesPerYear, to = '2026-03-01' }: State): { ratings: number; petitions: number } {
  const seed = generateSeed({ to, casesPerYear });
  return { ratings: seed.ratings.length, petitions: seed.petitions.length };
}

/** Timed: everything a first start does: `generateSeed` and one iteration over its dossiers. */
export function fullSeed({ casesPerYear, to = '2026-03-01' }: State): { n: number; checksum: number; ratings: number } {
  const seed = generateSeed({ to, casesPerYear });
  function* codes() {
    for (const chunk of seed.cases) for (const c of chunk) yield c.code;
  }
  return { ...digest(codes()), ratings: seed.ratings.length };
}
