/**
 * Seeded pseudo-random numbers for the demo-data generator.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state) seeded from a string with
 * cyrb128. Only 32-bit integer operations (`Math.imul`, shifts, `| 0`) and IEEE-754 basic arithmetic are
 * used, and the logarithm and exponential behind `normal` and `logNormal` are computed here with `+ − × ÷`
 * instead of `Math.log`/`Math.exp`, whose last bit the language leaves to each engine. The same seed
 * therefore yields the same numbers in V8 (Chromium, Node) and in JavaScriptCore (Safari tablets).
 */

/** Hashes a string to four 32-bit words (cyrb128). The string is NFC-normalised first. */
export function hashString(input: string): [number, number, number, number] {
  const s = input.normalize('NFC');
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

// fdlibm's split of ln 2: the high part has trailing zero bits, so k × LN2_HI is exact for |k| < 2^11.
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;

/**
 * Natural logarithm from basic arithmetic only, bit-identical in every engine. Relative error below
 * 1e-15 against `Math.log` for positive normal numbers. `detLog(0)` is `-Infinity`; negative or NaN
 * input gives NaN.
 */
export function detLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let m = x;
  let e = 0;
  // Halving and doubling are exact, so m = x / 2^e with no rounding.
  while (m >= Math.SQRT2) { m /= 2; e++; }
  while (m < Math.SQRT1_2) { m *= 2; e--; }
  // log m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716: 13 odd terms reach double precision.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let q = 1 / 25;
  for (let j = 11; j >= 0; j--) q = 1 / (2 * j + 1) + s2 * q;
  return e * LN2_HI + (e * LN2_LO + 2 * s * q);
}

/**
 * e^x from basic arithmetic only, bit-identical in every engine. Relative error below 1e-15 against
 * `Math.exp`. Overflows to Infinity above 709.78 and underflows to 0 below −745.
 */
export function detExp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  const k = Math.round(x / 0.6931471805599453);
  const r = x - k * LN2_HI - k * LN2_LO;
  // |r| ≤ 0.35: the Taylor series to degree 13 is below one ulp.
  let p = 1;
  for (let i = 13; i >= 1; i--) p = 1 + (r / i) * p;
  // Scale by 2^k in steps that stay in the normal range; each step is exact.
  let n = k;
  while (n > 0) { const step = Math.min(n, 1000); p *= pow2(step); n -= step; }
  while (n < 0) { const step = Math.min(-n, 1000); p /= pow2(step); n += step; }
  return p;
}

function pow2(n: number): number {
  let v = 1;
  for (let i = 0; i < n; i++) v *= 2;
  return v;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A seeded random source. Every method advances the same stream. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** @param seed any string; equal strings give equal streams. */
  constructor(readonly seed: string) {
    [this.a, this.b, this.c, this.d] = hashString(seed);
    // The first outputs of sfc32 correlate with the seed words; discard them.
    for (let i = 0; i < 15; i++) this.next32();
  }

  /** The next raw 32-bit unsigned integer. */
  next32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1) with 32 bits of resolution. */
  float(): number {
    return this.next32() / 4294967296;
  }

  /** An integer in [lo, hi], both inclusive. Throws RangeError when hi < lo or a bound is not an integer. */
  int(lo: number, hi: number): number {
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) throw new RangeError(`int(${lo}, ${hi}): bounds must be integers with lo ≤ hi`);
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** One element, uniformly. Throws RangeError on an empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick([]): nothing to pick from');
    return items[Math.floor(this.float() * items.length)]!;
  }

  /**
   * One element with probability proportional to its weight. Weights are non-negative numbers; throws
   * RangeError when the lists differ in length or no weight is positive. For repeated draws from the
   * same list, {@link weightedPicker} is faster.
   */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    if (items.length !== weights.length) throw new RangeError('weighted(): items and weights differ in length');
    let total = 0;
    for (const w of weights) if (w > 0) total += w;
    if (!(total > 0)) throw new RangeError('weighted(): no positive weight');
    let r = this.float() * total;
    let last = -1;
    for (let i = 0; i < items.length; i++) {
      const w = weights[i]!;
      if (!(w > 0)) continue;
      last = i;
      r -= w;
      if (r < 0) return items[i]!;
    }
    // Rounding can leave r at a tiny positive value after the last positive weight.
    return items[last]!;
  }

  /** A normal deviate (Marsaglia's polar method). */
  normal(mean = 0, sd = 1): number {
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.float() - 1;
      v = 2 * this.float() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    return mean + sd * u * Math.sqrt((-2 * detLog(s)) / s);
  }

  /** A log-normal deviate: `exp(normal(mu, sigma))`. Its median is `exp(mu)`. */
  logNormal(mu: number, sigma: number): number {
    return detExp(this.normal(mu, sigma));
  }

  /** A log-normal deviate with the given median (same unit as the result) and log-scale spread. */
  logNormalMedian(median: number, sigma: number): number {
    return median * detExp(this.normal(0, sigma));
  }

  /** True with probability p (p ≤ 0 never, p ≥ 1 always). */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** A random UUID in the RFC 4122 version 4 layout (version nibble 4, variant bits 10). */
  uuid(): string {
    const w0 = this.next32();
    const w1 = this.next32();
    const w2 = this.next32();
    const w3 = this.next32();
    const b6 = (((w1 >>> 8) & 0x0f) | 0x40);
    const b8 = ((w2 >>> 24) & 0x3f) | 0x80;
    return (
      HEX[w0 >>> 24]! + HEX[(w0 >>> 16) & 255]! + HEX[(w0 >>> 8) & 255]! + HEX[w0 & 255]! + '-' +
      HEX[w1 >>> 24]! + HEX[(w1 >>> 16) & 255]! + '-' +
      HEX[b6]! + HEX[w1 & 255]! + '-' +
      HEX[b8]! + HEX[(w2 >>> 16) & 255]! + '-' +
      HEX[(w2 >>> 8) & 255]! + HEX[w2 & 255]! +
      HEX[w3 >>> 24]! + HEX[(w3 >>> 16) & 255]! + HEX[(w3 >>> 8) & 255]! + HEX[w3 & 255]!
    );
  }

  /** An independent stream named after this one, e.g. `rng.fork('units')`. Does not advance this stream. */
  fork(label: string): Rng {
    return new Rng(`${this.seed}|${label}`);
  }
}

/** Creates a seeded random source. */
export function createRng(seed: string): Rng {
  return new Rng(seed);
}

/** Draws from a fixed weighted list in O(log n) per draw. */
export interface WeightedPicker<T> {
  readonly items: readonly T[];
  pick(rng: Rng): T;
}

/**
 * Precomputes cumulative weights for repeated weighted draws. Throws RangeError when the lists differ in
 * length or no weight is positive. Items with zero weight are never drawn.
 */
export function weightedPicker<T>(items: readonly T[], weights: readonly number[]): WeightedPicker<T> {
  if (items.length !== weights.length) throw new RangeError('weightedPicker(): items and weights differ in length');
  const kept: T[] = [];
  const cum: number[] = [];
  let total = 0;
  items.forEach((item, i) => {
    const w = weights[i]!;
    if (!(w > 0)) return;
    total += w;
    kept.push(item);
    cum.push(total);
  });
  if (kept.length === 0) throw new RangeError('weightedPicker(): no positive weight');
  return {
    items: kept,
    pick(rng: Rng): T {
      const r = rng.float() * total;
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cum[mid]! > r) hi = mid;
        else lo = mid + 1;
      }
      return kept[lo]!;
    },
  };
}
