import type { Petition } from '../schemas/petition.js';
import { DAY, MINUTE } from '../../core/time/index.js';
import { createRng, weightedPicker, type Rng } from './rng.js';
import { simulateDays, planCases, type CaseGenOptions, type CasePlan, type RawCase, type RawDay } from './cases.js';
import { AFTERNOON_END, MORNING_START } from './calendar.js';

/** Shares used by the petition (PAKN) generator; demo assumptions. */
export const PETITION_RATES = {
  /** Petitions per 365 days. */
  perYear: 150,
  /** Working days to handle a petition (the 766 note's deadline). */
  dueWorkingDays: 15,
  /** Petitions refused (outside authority, anonymous abuse …), answered within two working days. */
  refused: 0.04,
  /** Petitions answered after the deadline. */
  late: 0.08,
  /** Petitions about a specific dossier (carrying its code). */
  aboutDossier: 0.35,
} as const;

type Topic = Petition['topic'];
const TOPICS: Topic[] = ['regulation', 'staff', 'other'];
const topicGeneral = weightedPicker(TOPICS, [0.55, 0.2, 0.25]);
const topicDossier = weightedPicker(TOPICS, [0.5, 0.3, 0.2]);
type Verdict = 'like' | 'dislike' | null;
const VERDICTS: Verdict[] = ['like', 'dislike', null];
const verdictOnTime = weightedPicker(VERDICTS, [0.72, 0.06, 0.22]);
const verdictLate = weightedPicker(VERDICTS, [0.45, 0.3, 0.25]);
const verdictRefused = weightedPicker(VERDICTS, [0.2, 0.35, 0.45]);

/** How many working days back a petition about a dossier may reach (its dossier was received then). */
const LOOKBACK_DAYS = 20;

/**
 * Petitions (phản ánh, kiến nghị) for a stream of simulated days: about 150 a year, spread over working
 * days. About a third concern a dossier received 3–20 working days earlier (its unit, procedure and
 * code); the rest go to a unit by the dossier weights. Half arrive through the portal at any hour, half
 * at the desk in office hours. Due 15 working days after receipt at 17:00; ≈88 % answered on time,
 * ≈8 % late, ≈4 % refused; some answers get a dislike and a few petitions are raised again, more often
 * after a dislike. Petitions whose answer falls after the period end are still open.
 */
export class PetitionStream {
  private readonly recent: RawCase[][] = [];
  private readonly perDay: number;
  private expected = 0;
  private placed = 0;

  constructor(private readonly plan: CasePlan) {
    const inPeriod = plan.days.filter((d) => plan.cal.dayStart(d.day) < plan.to).length;
    const total = (PETITION_RATES.perYear * (plan.to - plan.from)) / (365 * DAY);
    this.perDay = inPeriod ? total / inPeriod : 0;
  }

  /** Petitions received on `day`; days must come in order. */
  next(day: RawDay): Petition[] {
    const { plan } = this;
    const cal = plan.cal;
    const dayStart = cal.dayStart(day.day);
    if (dayStart >= plan.to) return [];
    this.expected += this.perDay;
    const count = Math.round(this.expected) - this.placed;
    this.placed += count;
    const rng = createRng(`${plan.seed}|petitions|${cal.dateKey(day.day)}`);
    const out: Petition[] = [];
    for (let i = 0; i < count; i++) {
      const p = this.petition(rng, day.day, i + 1);
      if (p) out.push(p);
    }
    this.recent.push(day.cases);
    if (this.recent.length > LOOKBACK_DAYS) this.recent.shift();
    return out.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
  }

  private petition(rng: Rng, day: number, n: number): Petition | undefined {
    const { plan } = this;
    const cal = plan.cal;
    const start = cal.dayStart(day);
    const viaPortal = rng.chance(0.5);
    const minute = viaPortal ? rng.int(6 * 60, 23 * 60) : MORNING_START + rng.int(0, AFTERNOON_END - MORNING_START - 1);
    const receivedAt = start + minute * MINUTE + rng.int(0, 59) * 1000;

    // About a dossier: one from the look-back window, at least three working days old.
    let about: RawCase | undefined;
    if (this.recent.length > 3 && rng.chance(PETITION_RATES.aboutDossier)) {
      const pool = this.recent[rng.int(0, this.recent.length - 4)]!.filter((c) => c.status !== 1);
      if (pool.length) about = rng.pick(pool);
    }
    let unitId: string;
    let procedureCode: string | null = null;
    if (about) {
      unitId = about.unitId;
      procedureCode = about.procedure.code;
    } else {
      const useHub = plan.hubs !== undefined && (plan.locals === undefined || rng.chance(0.4));
      const unit = (useHub ? plan.hubs! : plan.locals!).pick(rng);
      unitId = unit.unit.id;
      if (rng.chance(0.4)) procedureCode = unit.procedures.pick(rng).code;
    }
    const topic = (about ? topicDossier : topicGeneral).pick(rng);
    const dueAt = cal.dueAt(receivedAt, PETITION_RATES.dueWorkingDays);
    const r = rng.float();
    const kind = r < PETITION_RATES.refused ? 'refused' : r < PETITION_RATES.refused + PETITION_RATES.late ? 'late' : 'on_time';
    let handledDay: number;
    if (kind === 'refused') handledDay = cal.addWorking(day, rng.int(1, 2));
    else if (kind === 'late') handledDay = cal.addWorking(cal.dayOf(dueAt), 1 + Math.floor(rng.logNormalMedian(2, 0.8)));
    else handledDay = cal.addWorking(day, Math.min(PETITION_RATES.dueWorkingDays, Math.max(1, Math.round(rng.normal(8, 3.5)))));
    const handledAt = cal.dayStart(handledDay) + (MORNING_START + rng.int(0, AFTERNOON_END - MORNING_START - 1)) * MINUTE;
    const verdict = (kind === 'refused' ? verdictRefused : kind === 'late' ? verdictLate : verdictOnTime).pick(rng);
    const reopened = rng.chance(verdict === 'dislike' ? 0.35 : 0.02);
    if (receivedAt < plan.from || receivedAt >= plan.to) return undefined;
    const open = handledAt >= plan.to;
    return {
      id: `pakn-${cal.dateKey(day).replaceAll('-', '')}-${String(n).padStart(2, '0')}`,
      unitId,
      receivedAt: cal.iso(receivedAt),
      dueAt: cal.iso(dueAt),
      handledAt: open ? null : cal.iso(handledAt),
      status: open ? 'open' : kind === 'refused' ? 'refused' : 'handled',
      topic,
      verdict: open ? null : verdict,
      reopened: open ? false : reopened,
      procedureCode,
      dossierCode: about ? about.code : null,
    };
  }
}

/** Every petition of the period (see {@link PetitionStream}), oldest first. */
export function generatePetitions(ctx: CaseGenOptions): Petition[] {
  const plan = planCases(ctx);
  const stream = new PetitionStream(plan);
  const out: Petition[] = [];
  for (const day of simulateDays(plan)) for (const p of stream.next(day)) out.push(p);
  return out;
}
