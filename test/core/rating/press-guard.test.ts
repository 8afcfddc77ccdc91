import { expect } from '@open-wc/testing';
import { FRESH_GUARD, guardPress, visitKeys } from '../../../src/core/rating/press-guard.js';

describe('rating press guard', () => {
  it('guardPress(fresh guard) accepts the first press and remembers its time', () => {
    const r = guardPress(FRESH_GUARD, 1000, 5000);
    expect(r.accepted).to.equal(true);
    expect(r.guard).to.deep.equal({ suppressed: 0, lastAcceptedAt: 1000 });
  });

  it('guardPress() suppresses presses inside the interval, counts them and says how long to wait', () => {
    let g = guardPress(FRESH_GUARD, 1000, 5000).guard;
    const a = guardPress(g, 1001, 5000);
    expect(a.accepted).to.equal(false);
    if (a.accepted) return;
    expect(a.retryInMs).to.equal(4999);
    g = a.guard;
    const b = guardPress(g, 5999, 5000);
    expect(b.accepted).to.equal(false);
    expect(b.guard.suppressed).to.equal(2);
    expect(b.guard.lastAcceptedAt, 'suppressed presses do not restart the interval').to.equal(1000);
  });

  it('guardPress() accepts a press exactly one interval after the last accepted one', () => {
    const g = guardPress(FRESH_GUARD, 1000, 5000).guard;
    expect(guardPress(g, 6000, 5000).accepted).to.equal(true);
  });

  it('guardPress() accepts a press when the clock went backwards instead of locking the device', () => {
    const g = guardPress(FRESH_GUARD, 10_000, 5000).guard;
    const r = guardPress(g, 2000, 5000);
    expect(r.accepted).to.equal(true);
    expect(r.guard.lastAcceptedAt).to.equal(2000);
  });

  it('guardPress() with a zero, negative or NaN interval accepts every press', () => {
    const g = guardPress(FRESH_GUARD, 1000, 0).guard;
    expect(guardPress(g, 1000, 0).accepted).to.equal(true);
    expect(guardPress(g, 1001, -5).accepted).to.equal(true);
    expect(guardPress(g, 1001, Number.NaN).accepted).to.equal(true);
  });

  it('guardPress() never mutates the guard it is given', () => {
    const g = Object.freeze({ suppressed: 3, lastAcceptedAt: 1000 });
    guardPress(g, 1500, 5000);
    guardPress(g, 9000, 5000);
    expect(g).to.deep.equal({ suppressed: 3, lastAcceptedAt: 1000 });
  });

  it('visitKeys() names the ticket and the dossier within the unit, and nothing when neither is bound', () => {
    expect(visitKeys('u1', '1005', 'H49.50.05-260304-0001')).to.deep.equal(['u1|t|1005', 'u1|d|H49.50.05-260304-0001']);
    expect(visitKeys('u1', null, undefined)).to.deep.equal([]);
    expect(visitKeys('u1', '', 'X')).to.deep.equal(['u1|d|X']);
  });
});
