import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { createRng, detExp, detLog, hashString, weightedPicker } from '../../../src/data/seed/rng.js';

const draws = (n: number, f: () => number) => Array.from({ length: n }, f);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('seed/rng', () => {
  it('createRng(seed) returns the same sequence for the same seed', () => {
    const a = createRng('hcc-halong');
    const b = createRng('hcc-halong');
    expect(draws(200, () => a.next32())).to.deep.equal(draws(200, () => b.next32()));
  });

  it('createRng(seed) returns different sequences for different seeds', () => {
    const xs = createRng('hcc-halong');
    const ys = createRng('hcc-halong2');
    const same = draws(200, () => (xs.next32() === ys.next32() ? 1 : 0)).reduce((s, x) => s + x, 0);
    expect(same).to.be.below(3);
  });

  it('hashString(s) treats NFC and NFD spellings of a seed alike', () => {
    expect(hashString('Hạ Long'.normalize('NFD'))).to.deep.equal(hashString('Hạ Long'.normalize('NFC')));
    expect(hashString('Hạ Long')).to.not.deep.equal(hashString('Ha Long'));
  });

  it('rng.float() stays in [0, 1) with a mean near 0.5', () => {
    const rng = createRng('float');
    const xs = draws(100_000, () => rng.float());
    expect(Math.min(...xs)).to.be.at.least(0);
    expect(Math.max(...xs)).to.be.below(1);
    expect(mean(xs)).to.be.closeTo(0.5, 0.005);
  });

  it('rng.int(lo, hi) covers both bounds evenly and nothing outside', () => {
    const rng = createRng('int');
    const counts = new Map<number, number>();
    for (let i = 0; i < 60_000; i++) {
      const v = rng.int(1, 6);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).to.deep.equal([1, 2, 3, 4, 5, 6]);
    for (const c of counts.values()) expect(c).to.be.closeTo(10_000, 400);
    expect(rng.int(7, 7)).to.equal(7);
  });

  it('rng.int(lo, hi) throws RangeError when hi < lo or a bound is fractional', () => {
    const rng = createRng('int');
    expect(() => rng.int(3, 2)).to.throw(RangeError);
    expect(() => rng.int(0.5, 2)).to.throw(RangeError);
  });

  it('rng.pick(items) returns a member and throws RangeError on an empty list', () => {
    const rng = createRng('pick');
    const items = ['a', 'b', 'c'];
    const seen = new Set(draws(300, () => items.indexOf(rng.pick(items))));
    expect([...seen].sort()).to.deep.equal([0, 1, 2]);
    expect(() => rng.pick([])).to.throw(RangeError);
  });

  it('rng.weighted(items, weights) draws in proportion to the weights and never a zero weight', () => {
    const rng = createRng('weighted');
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 40_000; i++) counts[rng.weighted(['a', 'b', 'c'] as const, [1, 0, 3])]++;
    expect(counts.b).to.equal(0);
    expect(counts.a / 40_000).to.be.closeTo(0.25, 0.01);
    expect(() => rng.weighted(['a'], [0])).to.throw(RangeError);
    expect(() => rng.weighted(['a', 'b'], [1])).to.throw(RangeError);
  });

  it('weightedPicker(items, weights) draws in proportion to the weights and never a zero weight', () => {
    const rng = createRng('picker');
    const picker = weightedPicker(['a', 'b', 'c', 'd'], [2, 0, 1, 1]);
    const counts = new Map<string, number>();
    for (let i = 0; i < 40_000; i++) {
      const v = picker.pick(rng);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect(counts.has('b')).to.equal(false);
    expect(counts.get('a')! / 40_000).to.be.closeTo(0.5, 0.01);
    expect(counts.get('d')! / 40_000).to.be.closeTo(0.25, 0.01);
    expect(() => weightedPicker(['a'], [0])).to.throw(RangeError);
  });

  it('rng.normal(mean, sd) has the requested mean and standard deviation', () => {
    const rng = createRng('normal');
    const xs = draws(50_000, () => rng.normal(10, 2));
    const m = mean(xs);
    const sd = Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
    expect(m).to.be.closeTo(10, 0.05);
    expect(sd).to.be.closeTo(2, 0.05);
  });

  it('rng.logNormal(mu, sigma) has median exp(mu) and rng.logNormalMedian(m, sigma) median m', () => {
    const rng = createRng('lognormal');
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
    expect(median(draws(20_001, () => rng.logNormal(1.5, 0.8)))).to.be.closeTo(Math.exp(1.5), Math.exp(1.5) * 0.04);
    expect(median(draws(20_001, () => rng.logNormalMedian(90, 1)))).to.be.closeTo(90, 90 * 0.04);
  });

  it('rng.chance(p) comes true with probability p', () => {
    const rng = createRng('chance');
    expect(mean(draws(50_000, () => (rng.chance(0.3) ? 1 : 0)))).to.be.closeTo(0.3, 0.01);
    expect(draws(1000, () => (rng.chance(0) ? 1 : 0)).includes(1)).to.equal(false);
    expect(draws(1000, () => (rng.chance(1) ? 1 : 0)).includes(0)).to.equal(false);
  });

  it('rng.uuid() has the RFC 4122 version 4 layout and does not repeat', () => {
    const rng = createRng('uuid');
    const ids = draws(10_000, () => 0).map(() => rng.uuid());
    for (const id of ids.slice(0, 500)) {
      expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(z.uuid().safeParse(id).success).to.equal(true);
    }
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('rng.fork(label) is reproducible and does not advance the parent', () => {
    const a = createRng('parent');
    const b = createRng('parent');
    const fa = a.fork('units');
    expect(fa.next32()).to.equal(b.fork('units').next32());
    expect(a.next32()).to.equal(b.next32());
    expect(a.fork('units').next32()).to.not.equal(a.fork('days').next32());
  });

  it('detLog(x) and detExp(x) agree with Math.log and Math.exp to about one part in 1e15', () => {
    const rng = createRng('detmath');
    for (let i = 0; i < 5000; i++) {
      const x = Math.pow(10, rng.float() * 40 - 20);
      expect(Math.abs(detLog(x) - Math.log(x))).to.be.at.most(Math.abs(Math.log(x)) * 2e-15 + 4e-16);
      const y = rng.float() * 80 - 40;
      expect(Math.abs(detExp(y) / Math.exp(y) - 1)).to.be.below(2e-15);
    }
  });

  it('detLog and detExp handle the edges', () => {
    expect(detLog(1)).to.equal(0);
    expect(detLog(0)).to.equal(-Infinity);
    expect(detLog(-1)).to.be.NaN;
    expect(detLog(Infinity)).to.equal(Infinity);
    expect(detExp(0)).to.equal(1);
    expect(detExp(1000)).to.equal(Infinity);
    expect(detExp(-1000)).to.equal(0);
    expect(detExp(700) / Math.exp(700)).to.be.closeTo(1, 1e-14);
  });
});
