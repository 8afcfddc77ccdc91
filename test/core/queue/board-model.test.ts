import { expect } from '@open-wc/testing';
import { buildBoardModel, defaultBoardUnit, indexOrg } from '../../../src/core/queue/board-model.js';
import { applyCommand, emptySnapshot, type QueueContext } from '../../../src/core/queue/engine.js';
import { parseIso } from '../../../src/core/time/index.js';
import type { OrgData } from '../../../src/data/schemas/org.js';
import type { QueueCommand, QueueSnapshot } from '../../../src/data/schemas/queue.js';

const org: OrgData = {
  version: 1,
  units: [
    { id: 'qn', name: 'Tỉnh Quảng Ninh', kind: 'province' },
    { id: 'w1', name: 'Phường Bãi Cháy', kind: 'ward', parentId: 'qn' },
    { id: 'c1', name: 'Trung tâm Phục vụ hành chính công', kind: 'centre', parentId: 'qn' },
  ],
  fields: [{ id: 'ho-tich', name: 'Hộ tịch', ticketBase: 1001 }, { id: 'dat-dai', name: 'Đất đai', ticketBase: 4001 }, { id: 'cu-tru', name: 'Cư trú', ticketBase: 3001 }],
  counters: [
    { id: 'w1-q1', unitId: 'w1', number: 1, name: 'Quầy 1', fieldIds: ['ho-tich'] },
    { id: 'q2', unitId: 'c1', number: 2, name: 'Quầy 2 – Đất đai', fieldIds: ['dat-dai'] },
    { id: 'q1', unitId: 'c1', number: 1, name: 'Quầy 1 – Hộ tịch', fieldIds: ['ho-tich'] },
    { id: 'q3', unitId: 'c1', number: 3, name: 'Quầy 3 – Cư trú', fieldIds: ['cu-tru'] },
  ],
  officers: [],
};
const T0 = parseIso('2026-03-02T08:00:00+07:00')!;

function hall(cmds: QueueCommand[]): { s: QueueSnapshot; t: number } {
  let t = T0;
  const ctx = (): QueueContext => ({ now: t, offsetMinutes: 420, org });
  let s = emptySnapshot('c1', 'e1', ctx());
  for (const cmd of cmds) {
    t += 60_000;
    const r = applyCommand(s, cmd, ctx());
    if (!r.ok) throw new Error(r.message);
    s = r.snapshot;
  }
  return { s, t };
}
const issue = (serviceId: string, priority: 'none' | 'elderly' = 'none'): QueueCommand => ({ type: 'issue', unitId: 'c1', serviceId, priority });

describe('board model', () => {
  it('defaultBoardUnit(org) is the first centre with counters, not the first unit with counters', () => {
    expect(defaultBoardUnit(org)).to.equal('c1');
    expect(defaultBoardUnit({ ...org, units: org.units.filter((u) => u.kind !== 'centre'), counters: org.counters.filter((c) => c.unitId === 'w1') })).to.equal('w1');
    expect(defaultBoardUnit({ ...org, counters: [] })).to.equal(undefined);
  });

  it('buildBoardModel(s) puts the newest call first, with its counter number and service name, and lists earlier calls once per ticket', () => {
    const { s, t } = hall([
      issue('ho-tich'), issue('dat-dai'), issue('ho-tich', 'elderly'),
      { type: 'call-next', counterId: 'q1' }, { type: 'call-next', counterId: 'q2' }, { type: 'recall', counterId: 'q1' },
    ]);
    const m = buildBoardModel(s, indexOrg(org), { now: t });
    expect(m.current).to.deep.include({ number: 1002, counterNumber: 1, serviceName: 'Hộ tịch', recall: true, recalls: 1, priority: 'elderly' });
    expect(m.recent.map((c) => c.number)).to.deep.equal([4001]);
    expect(m.waiting).to.equal(1);
  });

  it('buildBoardModel(s) lists counters by number with what each is doing', () => {
    const { s, t } = hall([
      issue('ho-tich'), issue('dat-dai'), { type: 'call-next', counterId: 'q1' }, { type: 'call-next', counterId: 'q2' }, { type: 'start', counterId: 'q2' },
      { type: 'pause', counterId: 'q3', reason: 'Họp giao ban' },
    ]);
    const m = buildBoardModel(s, indexOrg(org), { now: t });
    expect(m.counters.map((c) => [c.number, c.state, c.ticketNumber ?? null, c.pauseReason ?? null])).to.deep.equal([
      [1, 'calling', 1001, null], [2, 'serving', 4001, null], [3, 'paused', null, 'Họp giao ban'],
    ]);
  });

  it('buildBoardModel(s, {serviceIds}) shows only the chosen services: their calls, counters and waiting counts', () => {
    const { s, t } = hall([issue('ho-tich'), issue('dat-dai'), issue('dat-dai'), { type: 'call-next', counterId: 'q1' }, { type: 'call-next', counterId: 'q2' }]);
    const m = buildBoardModel(s, indexOrg(org), { now: t, serviceIds: ['ho-tich'] });
    expect(m.current?.number).to.equal(1001);
    expect(m.recent).to.deep.equal([]);
    expect(m.counters.map((c) => c.counterId)).to.deep.equal(['q1']);
    expect(m.services.map((x) => [x.serviceId, x.waiting])).to.deep.equal([['ho-tich', 0]]);
    expect(m.waiting).to.equal(0);
  });

  it('buildBoardModel(s) gives every service its waiting count, priority count and wait estimate, in the organisation\'s order', () => {
    const { s, t } = hall([issue('cu-tru'), issue('cu-tru', 'elderly'), issue('dat-dai'), { type: 'close', counterId: 'q2' }]);
    const m = buildBoardModel(s, indexOrg(org), { now: t });
    expect(m.services.map((x) => [x.serviceId, x.waiting, x.priorityWaiting, x.estimate.kind])).to.deep.equal([
      ['ho-tich', 0, 0, 'no-wait'], ['dat-dai', 1, 0, 'no-counter'], ['cu-tru', 2, 1, 'no-data'],
    ]);
  });

  it('buildBoardModel(s) shows names only when enabled', () => {
    const { s, t } = hall([issue('ho-tich'), { type: 'call-next', counterId: 'q1' }]);
    const named: QueueSnapshot = { ...s, tickets: s.tickets.map((x) => ({ ...x, displayName: 'Nguyễn Văn A' })) };
    expect(buildBoardModel(named, indexOrg(org), { now: t }).current).to.not.have.property('name');
    expect(buildBoardModel(named, indexOrg(org), { now: t, showNames: true }).current?.name).to.equal('Nguyễn Văn A');
  });

  it('buildBoardModel(s, {recentCount}) keeps at most that many earlier calls', () => {
    const cmds: QueueCommand[] = [];
    for (let i = 0; i < 8; i++) cmds.push(issue('ho-tich'), { type: 'call-next', counterId: 'q1' });
    const { s, t } = hall(cmds);
    const m = buildBoardModel(s, indexOrg(org), { now: t, recentCount: 3 });
    expect(m.current?.number).to.equal(1008);
    expect(m.recent.map((c) => c.number)).to.deep.equal([1007, 1006, 1005]);
  });
});
