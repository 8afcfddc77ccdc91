/**
 * Hand-made month of March 2026 at two units, shared by the engine tests. Times are Vietnam local
 * (+07:00); calendar Mon–Fri without holidays (2026-03-02 is a Monday). Every number the tests expect
 * is derived in comments next to the assertion from the rows below.
 *
 * | id  | unit | proc | ch | st | received     | due / legal       | end (priority)         | notes                                   |
 * |-----|------|------|----|----|--------------|-------------------|------------------------|-----------------------------------------|
 * | d1  | u-a  | P1   | 2  | 10 | 02/03 08:00  | 05/03 17:00       | processed 04/03 10:00  | early; staff petition p1                |
 * | d2  | u-a  | P1   | 1  | 10 | 02/03 09:00  | 05/03 17:00       | processed 05/03 16:00  | on time; dissatisfied rating r1         |
 * | d3  | u-a  | P2   | 1  | 9  | 03/03 08:00  | 04/03 17:00       | processed 06/03 10:00  | late; petition p2 (regulation)          |
 * | d4  | u-a  | P2   | 2  | 10 | 09/03 08:00  | 13/03 17:00       | processed 13/03 15:00  | 1 supplement 10/03 09:00–12/03 09:00    |
 * | d5  | u-a  | P1   | 1  | 9  | 09/03 08:00  | 20/03 17:00       | processed 12/03 10:00  | 2 supplements → late                    |
 * | d6  | u-a  | P1   | 1  | 5  | 23/03 08:00  | 27/03 17:00       | —                      | waiting for supplement asked 24/03 10:00 |
 * | d7  | u-a  | P2   | 3  | 4  | 25/03 08:00  | 31/03 17:00       | —                      | open past its deadline at period end    |
 * | d8  | u-a  | P1   | 1  | 9  | 16/03 08:00  | 18/03 17:00 → 25/03 17:00 | processed 24/03 10:00 | rescheduled (Mẫu 04)           |
 * | d9  | u-a  | P1   | 1  | 10 | Fri 20/03 14:00 | none, 3 working days → 25/03 23:59:59.999 | processed 25/03 16:00 | rating r2 with answers |
 * | d10 | u-a  | P1   | 2  | 3  | 04/03 08:00  | —                 | closed 04/03 10:00     | refused at the desk                     |
 * | d11 | u-a  | P1   | 2  | 1  | 30/03 20:00  | —                 | —                      | submitted, not yet received             |
 * | d12 | u-a  | P1   | 1  | 7  | 05/03 08:00  | 10/03 17:00       | closed 06/03 09:00     | withdrawn                               |
 * | d13 | u-b  | P2   | 1  | 10 | 02/03 08:00  | 03/03 17:00       | processed 03/03 10:00  | on time                                 |
 * | d14 | u-a  | P1   | 1  | 10 | 26/02 08:00  | 27/02 17:00       | processed 03/03 10:00  | February dossier resolved late in March |
 * | d15 | u-a  | P1   | 1  | 9  | 27/03 08:00  | 10/04 17:00       | processed 04/04 10:00  | finished after the period               |
 *
 * Flags: d1 paper+e-result, digitised, synced, population data, reused data. d2 paper, digitised,
 * synced. d3 fee paid via the local gateway (2), paper+e-result, synced. d4 fee paid via DVCQG (1),
 * paper+e-result, digitised, synced, personal store. d5, d6, d9, d12 synced. d7 fee not paid online,
 * not synced. d8 paper+e-result, synced. d13 fee, synced. d14 synced. d15 synced, population data.
 * Officers: P1 dossiers cb-1, P2 dossiers cb-2.
 */
import type { CaseFile } from '../../../src/data/schemas/case-file.js';
import type { ProcedureFact } from '../../../src/core/kpi/procedures.js';
import type { RatingRow, PetitionRow, TicketRow } from '../../../src/core/kpi/engine.js';
import type { RatingFeedback } from '../../../src/core/kpi/feedback.js';

const T = (s: string) => `2026-${s}+07:00`;
export const P1 = '1.001193';
export const P2 = '2.000815';

type Opt = Partial<CaseFile>;
function c(id: string, code: string, o: Opt): CaseFile & { id: string } {
  return {
    id,
    code,
    procedureCode: P1,
    unitId: 'u-a',
    fieldId: 'ho-tich',
    channel: 1,
    status: 4,
    receivedAt: T('03-02T08:00:00'),
    supplements: [],
    hasFee: false,
    onlinePayment: 0,
    digitised: false,
    eResult: false,
    paperResult: false,
    reusedData: false,
    personalStore: false,
    citizenData: false,
    synced: true,
    officerId: o.procedureCode === P2 ? 'cb-2' : 'cb-1',
    history: [],
    ...o,
  };
}

const A = 'H49.50.13-26';
export const CASES = [
  c('d1', `${A}0302-0001`, { channel: 2, status: 10, receivedAt: T('03-02T08:00:00'), dueAt: T('03-05T17:00:00'), processedAt: T('03-04T10:00:00'), returnedAt: T('03-05T09:00:00'), paperResult: true, eResult: true, digitised: true, citizenData: true, reusedData: true }),
  c('d2', `${A}0302-0002`, { status: 10, receivedAt: T('03-02T09:00:00'), dueAt: T('03-05T17:00:00'), processedAt: T('03-05T16:00:00'), returnedAt: T('03-06T08:00:00'), paperResult: true, digitised: true }),
  c('d3', `${A}0303-0001`, { procedureCode: P2, fieldId: 'chung-thuc', status: 9, receivedAt: T('03-03T08:00:00'), dueAt: T('03-04T17:00:00'), processedAt: T('03-06T10:00:00'), hasFee: true, onlinePayment: 2, paperResult: true, eResult: true }),
  c('d4', `${A}0309-0001`, { procedureCode: P2, fieldId: 'chung-thuc', channel: 2, status: 10, receivedAt: T('03-09T08:00:00'), dueAt: T('03-13T17:00:00'), supplements: [{ requestedAt: T('03-10T09:00:00'), completedAt: T('03-12T09:00:00') }], processedAt: T('03-13T15:00:00'), hasFee: true, onlinePayment: 1, paperResult: true, eResult: true, digitised: true, personalStore: true }),
  c('d5', `${A}0309-0002`, { status: 9, receivedAt: T('03-09T08:00:00'), dueAt: T('03-20T17:00:00'), supplements: [{ requestedAt: T('03-11T09:00:00'), completedAt: T('03-11T10:00:00') }, { requestedAt: T('03-10T09:00:00'), completedAt: T('03-10T11:00:00') }], processedAt: T('03-12T10:00:00') }),
  c('d6', `${A}0323-0001`, { status: 5, receivedAt: T('03-23T08:00:00'), dueAt: T('03-27T17:00:00'), supplements: [{ requestedAt: T('03-24T10:00:00'), completedAt: null }] }),
  c('d7', `${A}0325-0001`, { procedureCode: P2, fieldId: 'chung-thuc', channel: 3, status: 4, receivedAt: T('03-25T08:00:00'), dueAt: T('03-31T17:00:00'), hasFee: true, synced: false }),
  c('d8', `${A}0316-0001`, { status: 9, receivedAt: T('03-16T08:00:00'), dueAt: T('03-18T17:00:00'), rescheduledDueAt: T('03-25T17:00:00'), processedAt: T('03-24T10:00:00'), paperResult: true, eResult: true }),
  c('d9', `${A}0320-0001`, { status: 10, receivedAt: T('03-20T14:00:00'), dueAt: null, legalDays: 3, processedAt: T('03-25T16:00:00'), returnedAt: T('03-26T08:00:00') }),
  c('d10', `${A}0304-0001`, { channel: 2, status: 3, receivedAt: T('03-04T08:00:00'), closedAt: T('03-04T10:00:00'), synced: false }),
  c('d11', `${A}0330-0001`, { channel: 2, status: 1, receivedAt: T('03-30T20:00:00'), synced: false }),
  c('d12', `${A}0305-0001`, { status: 7, receivedAt: T('03-05T08:00:00'), dueAt: T('03-10T17:00:00'), closedAt: T('03-06T09:00:00') }),
  c('d13', 'H49.50.14-260302-0001', { unitId: 'u-b', procedureCode: P2, fieldId: 'chung-thuc', status: 10, receivedAt: T('03-02T08:00:00'), dueAt: T('03-03T17:00:00'), processedAt: T('03-03T10:00:00'), hasFee: true }),
  c('d14', `${A}0226-0001`, { status: 10, receivedAt: T('02-26T08:00:00'), dueAt: T('02-27T17:00:00'), processedAt: T('03-03T10:00:00') }),
  c('d15', `${A}0327-0001`, { status: 9, receivedAt: T('03-27T08:00:00'), dueAt: T('04-10T17:00:00'), processedAt: T('04-04T10:00:00'), citizenData: true }),
];

const code = (id: string) => CASES.find((x) => x.id === id)!.code;

/** Catalogue facts: P1 complete, online, for individuals, free; P2 incomplete, counter only, fee-bearing, for organisations. */
export const FACTS: ProcedureFact[] = [
  { code: P1, field: 'Hộ tịch', levels: ['Cấp Xã'], online: true, feeBearing: false, complete: true, forIndividuals: true },
  { code: P2, field: 'Chứng thực', levels: ['Cấp Tỉnh'], online: false, feeBearing: true, complete: false, forIndividuals: false },
];

export const RATINGS: (RatingRow & RatingFeedback)[] = [
  { unitId: 'u-a', counterId: 'q1', officerId: 'cb-1', procedureCode: P1, dossierCode: code('d2'), level: 'dissatisfied', createdAt: T('03-06T08:05:00') },
  { unitId: 'u-a', counterId: 'q1', officerId: 'cb-1', procedureCode: P1, dossierCode: code('d9'), level: 'satisfied', indicators: { '3': 0, '7': 2 }, createdAt: T('03-26T08:10:00') },
  { unitId: 'u-a', counterId: 'q2', officerId: 'cb-2', procedureCode: P2, dossierCode: null, level: 'very_satisfied', createdAt: T('03-10T10:00:00') },
  { unitId: 'u-b', counterId: null, officerId: null, procedureCode: P2, dossierCode: null, level: 'satisfied', createdAt: T('03-03T10:30:00') },
];

export const PETITIONS: (PetitionRow & { dossierCode: string | null })[] = [
  { unitId: 'u-a', dossierCode: code('d1'), topic: 'staff', status: 'handled', receivedAt: T('03-05T09:00:00'), dueAt: T('03-20T17:00:00'), handledAt: T('03-10T10:00:00'), verdict: 'like', reopened: false },
  { unitId: 'u-a', dossierCode: code('d3'), topic: 'regulation', status: 'handled', receivedAt: T('03-07T09:00:00'), dueAt: T('03-14T17:00:00'), handledAt: T('03-20T10:00:00'), verdict: null, reopened: false },
  { unitId: 'u-a', dossierCode: null, topic: 'other', status: 'open', receivedAt: T('03-25T09:00:00'), dueAt: T('04-15T17:00:00'), handledAt: null, verdict: null, reopened: false },
  { unitId: 'u-b', dossierCode: code('d13'), topic: 'staff', status: 'refused', receivedAt: T('03-04T09:00:00'), dueAt: T('03-06T17:00:00'), handledAt: T('03-05T09:00:00'), verdict: null, reopened: false },
];

export const TICKETS: TicketRow[] = [
  { unitId: 'u-a', serviceId: 'ho-tich', counterId: 'q1', status: 'served', issuedAt: T('03-02T07:30:00'), calledAt: T('03-02T07:40:00'), startedAt: T('03-02T07:41:00'), endedAt: T('03-02T07:53:00') },
  { unitId: 'u-a', serviceId: 'ho-tich', counterId: 'q1', status: 'no_show', issuedAt: T('03-02T07:35:00'), calledAt: T('03-02T07:55:00'), startedAt: null, endedAt: T('03-02T07:57:00') },
  { unitId: 'u-a', serviceId: 'chung-thuc', counterId: 'q2', status: 'served', issuedAt: T('03-02T07:32:00'), calledAt: T('03-02T07:36:00'), startedAt: T('03-02T07:37:00'), endedAt: T('03-02T07:45:00') },
  { unitId: 'u-a', serviceId: 'chung-thuc', counterId: null, status: 'waiting', issuedAt: T('03-02T07:50:00') },
  { unitId: 'u-a', serviceId: 'ho-tich', counterId: 'q1', status: 'skipped', issuedAt: T('03-02T07:52:00'), calledAt: T('03-02T08:00:00'), endedAt: T('03-02T08:01:00') },
];
