import { expect } from '@open-wc/testing';
import { Rating } from '../../../src/data/schemas/rating.js';
import { Petition } from '../../../src/data/schemas/petition.js';
import type { CaseFile } from '../../../src/data/schemas/case-file.js';
import { generateSeed, type SeedData } from '../../../src/data/seed/index.js';
import { generateRatings, RATING_REASONS } from '../../../src/data/seed/ratings.js';
import { generatePetitions } from '../../../src/data/seed/petitions.js';
import { HOUR, MINUTE, VN_HOLIDAYS, addWorkingDays, parseIso, startOfLocalDay } from '../../../src/core/time/index.js';

const OFFSET = 420;
const calendar = { offsetMinutes: OFFSET, holidays: new Set(VN_HOLIDAYS) };
const TO = '2026-03-01';
const toMs = parseIso('2026-03-01T00:00:00+07:00')!;
const t = (s: string | null | undefined) => parseIso(s)!;

/** First few items failing `check`, as `id: message`. */
function violations<T>(list: readonly T[], id: (x: T) => string, check: (x: T) => string | undefined): string[] {
  const out: string[] = [];
  for (const x of list) {
    const why = check(x);
    if (why !== undefined && out.push(`${id(x)}: ${why}`) >= 5) break;
  }
  return out;
}

describe('seed/ratings and seed/petitions', function () {
  this.timeout(60_000);
  let seed: SeedData;
  let cases: CaseFile[];
  let byCode: Map<string, CaseFile>;

  before(() => {
    seed = generateSeed({ to: TO });
    cases = [...seed.cases].flat();
    byCode = new Map(cases.map((c) => [c.code, c]));
  });

  describe('ratings', () => {
    it('every rating passes the Rating schema and has a unique UUID', () => {
      expect(violations(seed.ratings, (r) => r.id, (r) => {
        const p = Rating.safeParse(r);
        return p.success ? undefined : JSON.stringify(p.error.issues.slice(0, 2));
      })).to.deep.equal([]);
      expect(new Set(seed.ratings.map((r) => r.id)).size).to.equal(seed.ratings.length);
    });

    it('about a third of the dossiers received at a counter are rated', () => {
      const atCounter = cases.filter((c) => c.channel === 1 && c.status !== 1 && c.status !== 3).length;
      expect(seed.ratings.length / atCounter).to.be.within(0.31, 0.355);
    });

    it('levels are about 78 % very satisfied, 19 % satisfied and 3 % dissatisfied on the three-level scale', () => {
      const n = seed.ratings.length;
      const count = (level: string) => seed.ratings.filter((r) => r.level === level).length / n;
      expect(count('very_satisfied')).to.be.within(0.76, 0.8);
      expect(count('satisfied')).to.be.within(0.17, 0.21);
      expect(count('dissatisfied')).to.be.within(0.02, 0.04);
      expect(seed.ratings.every((r) => r.scale === 3)).to.equal(true);
    });

    it('reasons come only with dissatisfied answers, from the documented chips', () => {
      expect(violations(seed.ratings, (r) => r.id, (r) => {
        if (r.reasons.some((x) => !(RATING_REASONS as readonly string[]).includes(x))) return `unknown reason in ${r.reasons.join()}`;
        if (r.level !== 'dissatisfied' && (r.reasons.length > 0 || r.comment !== null)) return 'reasons on a positive answer';
        if (r.level === 'dissatisfied' && !r.partial && r.reasons.length === 0) return 'low answer without a reason';
        return r.partial && r.reasons.length > 0 ? 'reasons on an unfinished survey' : undefined;
      })).to.deep.equal([]);
      expect(seed.ratings.some((r) => r.comment)).to.equal(true);
    });

    it('each rating points at a counter dossier of the same unit and procedure, made minutes after reception', () => {
      const counters = new Map(seed.org.counters.map((c) => [c.id, c]));
      expect(violations(seed.ratings, (r) => r.id, (r) => {
        const c = byCode.get(r.dossierCode!);
        if (!c) return 'unknown dossier';
        if (c.channel !== 1 || c.unitId !== r.unitId || c.procedureCode !== r.procedureCode) return 'dossier does not match';
        const lag = t(r.createdAt) - t(c.receivedAt);
        if (lag <= 0 || lag > 10 * MINUTE) return `rated ${lag / MINUTE} min after reception`;
        const counter = counters.get(r.counterId!);
        if (!counter || counter.unitId !== r.unitId || !counter.fieldIds.includes(c.fieldId)) return 'counter does not serve the dossier';
        if (r.officerId && !counter.officerIds!.includes(r.officerId)) return 'officer is not on that counter';
        return r.deviceId === `tablet-${r.counterId}` ? undefined : `device ${r.deviceId}`;
      })).to.deep.equal([]);
    });

    it('ticket numbers start at the field base and never repeat within a unit, field and day', () => {
      const base = new Map(seed.org.fields.map((f) => [f.id, f.ticketBase!]));
      const seen = new Set<string>();
      expect(violations(seed.ratings, (r) => r.id, (r) => {
        const c = byCode.get(r.dossierCode!)!;
        const n = Number(r.ticket);
        const b = base.get(c.fieldId)!;
        if (!(n >= b && n < b + 1000)) return `ticket ${r.ticket} outside ${b}…`;
        const key = `${r.unitId}|${c.fieldId}|${r.createdAt.slice(0, 10)}|${r.ticket}`;
        if (seen.has(key)) return 'ticket repeated';
        seen.add(key);
        return undefined;
      })).to.deep.equal([]);
    });

    it('ratings are mostly in Vietnamese, in time order, inside the period', () => {
      expect(seed.ratings.filter((r) => r.lang === 'vi').length / seed.ratings.length).to.be.above(0.95);
      expect(seed.ratings.some((r) => r.lang === 'en')).to.equal(true);
      for (let i = 1; i < seed.ratings.length; i++) expect(seed.ratings[i]!.createdAt >= seed.ratings[i - 1]!.createdAt).to.equal(true);
      expect(t(seed.ratings.at(-1)!.createdAt)).to.be.below(toMs);
    });

    it('generateRatings(opts) returns the ratings generateSeed(opts) returns', () => {
      const opts = { seed: 'ratings', from: '2025-12-01', to: '2026-01-01' };
      expect(generateRatings(opts)).to.deep.equal(generateSeed(opts).ratings);
    });
  });

  describe('petitions', () => {
    it('every petition passes the Petition schema and has a unique id', () => {
      expect(violations(seed.petitions, (p) => p.id, (p) => {
        const r = Petition.safeParse(p);
        return r.success ? undefined : JSON.stringify(r.error.issues.slice(0, 2));
      })).to.deep.equal([]);
      expect(new Set(seed.petitions.map((p) => p.id)).size).to.equal(seed.petitions.length);
    });

    it('a year holds about 150 petitions, oldest first', () => {
      expect(seed.petitions.length).to.be.within(140, 160);
      for (let i = 1; i < seed.petitions.length; i++) expect(seed.petitions[i]!.receivedAt >= seed.petitions[i - 1]!.receivedAt).to.equal(true);
    });

    it('each petition is due 15 working days after receipt, at 17:00', () => {
      expect(violations(seed.petitions, (p) => p.id, (p) => {
        const expected = startOfLocalDay(addWorkingDays(t(p.receivedAt), 15, calendar), OFFSET) + 17 * HOUR;
        return t(p.dueAt) === expected ? undefined : `due ${p.dueAt}`;
      })).to.deep.equal([]);
    });

    it('most petitions are answered on time, some late, a few refused; open ones are recent and unanswered', () => {
      const answered = seed.petitions.filter((p) => p.status !== 'open');
      const onTime = answered.filter((p) => t(p.handledAt) <= t(p.dueAt)).length;
      expect(onTime / answered.length).to.be.within(0.82, 0.97);
      expect(answered.some((p) => t(p.handledAt) > t(p.dueAt))).to.equal(true);
      expect(seed.petitions.some((p) => p.status === 'refused')).to.equal(true);
      expect(violations(seed.petitions, (p) => p.id, (p) => {
        if (p.status !== 'open') return t(p.handledAt) > t(p.receivedAt) && t(p.handledAt) < toMs ? undefined : 'answer out of range';
        if (p.handledAt !== null || p.verdict !== null || p.reopened) return 'open petition with an answer';
        return toMs - t(p.receivedAt) < 40 * 24 * HOUR ? undefined : 'open for too long';
      })).to.deep.equal([]);
    });

    it('some answers are disliked and a few petitions are raised again', () => {
      expect(seed.petitions.filter((p) => p.verdict === 'dislike').length).to.be.within(3, 30);
      expect(seed.petitions.filter((p) => p.verdict === 'like').length).to.be.above(seed.petitions.length / 2);
      expect(seed.petitions.filter((p) => p.reopened).length).to.be.within(1, 20);
      const topics = new Set(seed.petitions.map((p) => p.topic));
      expect([...topics].sort()).to.deep.equal(['other', 'regulation', 'staff']);
    });

    it('petitions about a dossier name an earlier dossier of the same unit and procedure', () => {
      const about = seed.petitions.filter((p) => p.dossierCode);
      expect(about.length / seed.petitions.length).to.be.within(0.2, 0.5);
      expect(violations(about, (p) => p.id, (p) => {
        const c = byCode.get(p.dossierCode!);
        if (!c) return 'unknown dossier';
        if (c.unitId !== p.unitId || c.procedureCode !== p.procedureCode) return 'dossier does not match';
        return t(c.receivedAt) < t(p.receivedAt) ? undefined : 'petition before its dossier';
      })).to.deep.equal([]);
    });

    it('generatePetitions(opts) returns the petitions generateSeed(opts) returns', () => {
      const opts = { seed: 'petitions', from: '2025-09-01', to: '2026-01-01' };
      expect(generatePetitions(opts)).to.deep.equal(generateSeed(opts).petitions);
    });
  });
});
