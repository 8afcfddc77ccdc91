import { expect } from '@open-wc/testing';
import { gaugePaths, linear, sparklinePaths } from '../../src/charts/d3-paths.js';
import { inkFor, luminance, patternShape, seriesFill } from '../../src/charts/patterns.js';

describe('sparklinePaths()', () => {
  it('spans the width and puts the highest value at the top, the lowest at the bottom', () => {
    const p = sparklinePaths([1, 3, 2], { width: 100, height: 20, padding: 0 });
    expect(p.line.startsWith('M0,20')).to.equal(true);
    expect(p.last).to.deep.equal({ x: 100, y: 10 });
    expect(p.domain).to.deep.equal([1, 3]);
  });

  it('leaves a gap for a missing value and ends on the last known one', () => {
    const p = sparklinePaths([1, undefined, 2, null], { width: 90, height: 10, padding: 0 });
    expect(p.line.match(/M/g)).to.have.length(2);
    expect(p.last?.x).to.equal(60);
  });

  it('stretches the domain to include a target', () => {
    expect(sparklinePaths([0.9, 0.92], { width: 10, height: 10, include: 0.95 }).domain).to.deep.equal([0.9, 0.95]);
  });

  it('draws nothing without two values', () => {
    expect(sparklinePaths([], { width: 10, height: 10 }).line).to.equal('');
    expect(sparklinePaths([5], { width: 10, height: 10 }).line).to.equal('');
  });

  it('maps a flat domain to the middle', () => {
    expect(linear([2, 2], [0, 10])(2)).to.equal(5);
  });
});

describe('gaugePaths()', () => {
  it('ends the value arc at the top for half the maximum and at the right for all of it', () => {
    expect(gaugePaths(0.5, { outerRadius: 100, innerRadius: 80 }).needle).to.deep.equal({ x: 0, y: -90 });
    expect(gaugePaths(1, { outerRadius: 100, innerRadius: 80 }).needle).to.deep.equal({ x: 90, y: 0 });
  });

  it('clamps out-of-range fractions and draws no value arc for zero', () => {
    expect(gaugePaths(2, { outerRadius: 10, innerRadius: 5 }).needle.x).to.equal(7.5);
    expect(gaugePaths(-1, { outerRadius: 10, innerRadius: 5 }).value).to.equal('');
  });

  it('draws one tick per band threshold', () => {
    expect(gaugePaths(0.7, { outerRadius: 10, innerRadius: 5, ticks: [0.5, 0.7, 0.8, 0.9] }).ticks).to.have.length(4);
  });
});

describe('patterns', () => {
  it('keeps the first series solid and gives the next seven distinct shapes', () => {
    const shapes = Array.from({ length: 8 }, (_, i) => patternShape(i));
    expect(shapes[0]).to.equal('solid');
    expect(new Set(shapes).size).to.equal(8);
    expect(seriesFill(0, '#0072b2')).to.equal('#0072b2');
    expect(seriesFill(1, '#0072b2')).to.be.instanceOf(CanvasPattern);
  });

  it('draws dark ink on the yellow of the palette and light ink on its blue', () => {
    expect(luminance('#ffffff')).to.equal(1);
    expect(inkFor('#f0e442')).to.contain('0, 0, 0');
    expect(inkFor('#0072b2')).to.contain('255, 255, 255');
  });
});
