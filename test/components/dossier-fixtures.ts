import type { CaseFile } from '../../src/data/schemas/case-file.js';

/**
 * Dossiers in every lifecycle state for `<hcc-dossier-status>` tests, at a fixed "now":
 * Wednesday 11 March 2026, 10:00 in Hạ Long. Units and procedures are those of the demo seed.
 */
export const NOW = Date.parse('2026-03-11T10:00:00+07:00');

const base = (code: string, over: Partial<CaseFile>): CaseFile => ({
  code,
  procedureCode: '1.001193',
  unitId: 'hl-ha-khanh',
  fieldId: 'ho-tich',
  channel: 1,
  status: 2,
  receivedAt: '2026-03-10T08:30:00+07:00',
  supplements: [],
  hasFee: false,
  onlinePayment: 0,
  digitised: true,
  eResult: false,
  paperResult: true,
  reusedData: false,
  personalStore: false,
  citizenData: false,
  synced: true,
  officerId: 'officer-secret-id',
  history: [{ status: 2, at: '2026-03-10T08:30:00+07:00' }],
  ...over,
});

/** Code → dossier, one per state the widget must explain. */
export const CASES = {
  received: base('H49.26.01-260310-0001', { status: 2, dueAt: '2026-03-13T17:00:00+07:00' }),
  submitted: base('H49.26.01-260311-0002', {
    status: 1, channel: 2, submittedAt: '2026-03-11T07:15:00+07:00', receivedAt: '2026-03-11T07:15:00+07:00', history: [{ status: 1, at: '2026-03-11T07:15:00+07:00' }],
  }),
  processingLate: base('H49.26.01-260302-0003', {
    status: 4, receivedAt: '2026-03-02T08:00:00+07:00', dueAt: '2026-03-05T17:00:00+07:00',
    history: [{ status: 2, at: '2026-03-02T08:00:00+07:00' }, { status: 4, at: '2026-03-02T09:00:00+07:00' }],
  }),
  supplement: base('H49.26.01-260309-0004', {
    status: 5, receivedAt: '2026-03-09T08:00:00+07:00', dueAt: '2026-03-16T17:00:00+07:00',
    supplements: [{ requestedAt: '2026-03-10T09:00:00+07:00', completedAt: null }],
    history: [{ status: 2, at: '2026-03-09T08:00:00+07:00' }, { status: 4, at: '2026-03-09T09:00:00+07:00' }, { status: 5, at: '2026-03-10T09:00:00+07:00' }],
  }),
  fee: base('H49.26.01-260309-0005', {
    status: 6, hasFee: true, receivedAt: '2026-03-09T08:00:00+07:00', dueAt: '2026-03-13T17:00:00+07:00', feeRequestedAt: '2026-03-10T14:00:00+07:00',
    history: [{ status: 2, at: '2026-03-09T08:00:00+07:00' }, { status: 4, at: '2026-03-09T09:00:00+07:00' }, { status: 6, at: '2026-03-10T14:00:00+07:00' }],
  }),
  processedEarly: base('H49.26.01-260305-0006', {
    status: 9, receivedAt: '2026-03-05T08:00:00+07:00', dueAt: '2026-03-12T17:00:00+07:00', processedAt: '2026-03-09T10:00:00+07:00',
    history: [{ status: 2, at: '2026-03-05T08:00:00+07:00' }, { status: 4, at: '2026-03-05T09:00:00+07:00' }, { status: 9, at: '2026-03-09T10:00:00+07:00' }],
  }),
  returnedOnTime: base('H49.26.01-260302-0007', {
    status: 10, receivedAt: '2026-03-02T08:00:00+07:00', dueAt: '2026-03-05T17:00:00+07:00', processedAt: '2026-03-05T16:00:00+07:00', returnedAt: '2026-03-06T09:00:00+07:00',
    history: [{ status: 2, at: '2026-03-02T08:00:00+07:00' }, { status: 4, at: '2026-03-02T09:00:00+07:00' }, { status: 9, at: '2026-03-05T16:00:00+07:00' }, { status: 10, at: '2026-03-06T09:00:00+07:00' }],
  }),
  returnedLate: base('H49.26.01-260302-0008', {
    status: 10, receivedAt: '2026-03-02T08:00:00+07:00', dueAt: '2026-03-04T17:00:00+07:00', processedAt: '2026-03-06T11:00:00+07:00', returnedAt: '2026-03-06T15:00:00+07:00',
    history: [{ status: 2, at: '2026-03-02T08:00:00+07:00' }, { status: 4, at: '2026-03-02T09:00:00+07:00' }, { status: 9, at: '2026-03-06T11:00:00+07:00' }, { status: 10, at: '2026-03-06T15:00:00+07:00' }],
  }),
  refused: base('H49.26.01-260310-0009', {
    status: 3, channel: 3, receivedAt: '2026-03-10T10:00:00+07:00', closedAt: '2026-03-10T15:00:00+07:00',
    history: [{ status: 1, at: '2026-03-10T10:00:00+07:00' }, { status: 3, at: '2026-03-10T15:00:00+07:00' }],
  }),
  withdrawn: base('H49.26.01-260306-0010', {
    status: 7, receivedAt: '2026-03-06T08:00:00+07:00', dueAt: '2026-03-11T17:00:00+07:00', closedAt: '2026-03-09T08:00:00+07:00',
    history: [{ status: 2, at: '2026-03-06T08:00:00+07:00' }, { status: 4, at: '2026-03-06T09:00:00+07:00' }, { status: 7, at: '2026-03-09T08:00:00+07:00' }],
  }),
  stopped: base('H49.26.01-260303-0011', {
    status: 8, receivedAt: '2026-03-03T08:00:00+07:00', dueAt: '2026-03-10T17:00:00+07:00', closedAt: '2026-03-09T16:00:00+07:00',
    history: [{ status: 2, at: '2026-03-03T08:00:00+07:00' }, { status: 4, at: '2026-03-03T09:00:00+07:00' }, { status: 8, at: '2026-03-09T16:00:00+07:00' }],
  }),
  rescheduled: base('H49.26.01-260303-0012', {
    status: 4, receivedAt: '2026-03-03T08:00:00+07:00', dueAt: '2026-03-09T17:00:00+07:00', rescheduledDueAt: '2026-03-13T17:00:00+07:00',
    rescheduleNote: 'Trung tâm xin lỗi ông/bà vì hồ sơ cần xác minh thêm với Ủy ban nhân dân phường nơi cư trú trước đây.\nKết quả sẽ được trả vào ngày 13/03/2026.',
    history: [{ status: 2, at: '2026-03-03T08:00:00+07:00' }, { status: 4, at: '2026-03-03T09:00:00+07:00' }],
  }),
} satisfies Record<string, CaseFile>;

export const ALL_CASES: CaseFile[] = Object.values(CASES);
