import { expect } from '@open-wc/testing';
import { boundedDistance, typoBudget } from '../../../src/core/search/distance.js';

describe('boundedDistance', () => {
  it('boundedDistance(a, b, max) counts insertions, deletions and substitutions', () => {
    expect(boundedDistance('dang', 'dang', 2)).to.equal(0);
    expect(boundedDistance('dag', 'dang', 2)).to.equal(1);
    expect(boundedDistance('dangg', 'dang', 2)).to.equal(1);
    expect(boundedDistance('dung', 'dang', 2)).to.equal(1);
  });

  it('boundedDistance(a, b, max) counts a swap of two neighbouring letters as one edit', () => {
    expect(boundedDistance('khia', 'khai', 1)).to.equal(1);
    expect(boundedDistance('snih', 'sinh', 1)).to.equal(1);
  });

  it('boundedDistance(a, b, max) returns max + 1 when the words are further apart', () => {
    expect(boundedDistance('ket', 'hon', 1)).to.equal(2);
    expect(boundedDistance('a', 'abcd', 2)).to.equal(3);
    expect(boundedDistance('', 'ab', 1)).to.equal(2);
    expect(boundedDistance('', 'a', 1)).to.equal(1);
  });

  it('typoBudget(n) allows no typo below 4 letters, one up to 7 and two from 8', () => {
    expect([1, 3, 4, 7, 8, 12].map(typoBudget)).to.deep.equal([0, 0, 1, 1, 2, 2]);
  });
});
