import { expect } from '@open-wc/testing';
import {
  GROUPS_766, RULES_766, band766, effectiveRules766, points766, score766, scoreRule, type Config766, type Inputs766,
} from '../../../src/core/kpi/rules-766.js';
import { roundHalfUp } from '../../../src/core/kpi/round.js';

const rule = (code: string) => RULES_766.find((r) => r.code === code)!;
/** Points of one sub-indicator at a published percentage, with its default rule and maximum. */
const at = (code: string, percent: number) => points766(rule(code).rule, percent / 100, rule(code).max);

describe('RULES_766', () => {
  it('RULES_766 groups add up to the portal maxima 18 / 20 / 12 / 10 / 22 / 18 = 100, TTTT\'s 6 + 2.5 + 2.5 capped at 10', () => {
    for (const g of GROUPS_766) {
      const sum = RULES_766.filter((r) => r.group === g.code).reduce((s, r) => s + r.max, 0);
      expect(sum, g.code).to.equal(g.code === 'TTTT' ? 11 : g.max);
    }
    expect(GROUPS_766.reduce((s, g) => s + g.max, 0)).to.equal(100);
    // All TTTT ratios at 100%: 6 + 2.5 + 2.5 = 11 → capped at the group maximum 10.
    const full = score766({
      ONLINE_PAYMENT_DOSSIER: { numerator: 1, denominator: 1 },
      ONLINE_PAYMENT_FORMALITY: { numerator: 1, denominator: 1 },
      FEE_FORMALITY_WITH_DOSSIER: { numerator: 1, denominator: 1 },
    }).groups.find((g) => g.code === 'TTTT')!;
    expect(full).to.include({ points: 10, max: 10, scoredMax: 10, lost: 0 });
  });

  it('effectiveRules766(config) changes only the overridden fields of a rule', () => {
    const rules = effectiveRules766({ rules: { SO_HOA_GIAY_TO_GIAI_QUYET: { rule: { type: 'cap', at: 0.8 } } } });
    const r = rules.find((x) => x.code === 'SO_HOA_GIAY_TO_GIAI_QUYET')!;
    expect(r.rule).to.deep.equal({ type: 'cap', at: 0.8 });
    expect(r.max).to.equal(4);
    // The table itself is untouched.
    expect(rule('SO_HOA_GIAY_TO_GIAI_QUYET').rule).to.deep.equal({ type: 'linear' });
  });
});

describe('scoring rules on the observed portal data points (DOMAIN §4.2)', () => {
  it('PROCESSING_ON_TIME is linear on 20 points: 88.62% → 17.72, 97.28% → 19.46, 98.64% → 19.73', () => {
    // 0.8862 × 20 = 17.724 → 17.72; 0.9728 × 20 = 19.456 → 19.46; 0.9864 × 20 = 19.728 → 19.73
    expect(at('PROCESSING_ON_TIME', 88.62)).to.equal(17.72);
    expect(at('PROCESSING_ON_TIME', 97.28)).to.equal(19.46);
    expect(at('PROCESSING_ON_TIME', 98.64)).to.equal(19.73);
  });

  it('REUSED_DIGITIZED_DATA is capped at 80% on 2 points: 18.63% → 0.47, 9.9% → 0.25, 99.66% → 2', () => {
    // 18.63 / 80 × 2 = 0.46575 → 0.47; 9.9 / 80 × 2 = 0.2475 → 0.25; 99.66 ≥ 80 → 2
    expect(at('REUSED_DIGITIZED_DATA', 18.63)).to.equal(0.47);
    expect(at('REUSED_DIGITIZED_DATA', 9.9)).to.equal(0.25);
    expect(at('REUSED_DIGITIZED_DATA', 99.66)).to.equal(2);
  });

  it('DOSSIER_RECEIVING_SATISFACTION is capped at 90% on 6 points: 88.57% → 5.90, 97.03% → 6', () => {
    // 88.57 / 90 × 6 = 5.9047 → 5.90
    expect(at('DOSSIER_RECEIVING_SATISFACTION', 88.57)).to.equal(5.9);
    expect(at('DOSSIER_RECEIVING_SATISFACTION', 97.03)).to.equal(6);
  });

  it('ORIGINAL_RESULT_AVAILABLE is linear on 6 points: 64.25% → 3.86, 66.82% → 4.01, 83.82% → 5.03', () => {
    // 0.6425 × 6 = 3.855 (a binary 3.8549999…) → 3.86 half up; 0.6682 × 6 = 4.0092; 0.8382 × 6 = 5.0292
    expect(at('ORIGINAL_RESULT_AVAILABLE', 64.25)).to.equal(3.86);
    expect(at('ORIGINAL_RESULT_AVAILABLE', 66.82)).to.equal(4.01);
    expect(at('ORIGINAL_RESULT_AVAILABLE', 83.82)).to.equal(5.03);
  });

  it('SO_HOA_GIAY_TO_GIAI_QUYET is linear (not the note\'s cap 80%): 21.12% → 0.84, 60.43% → 2.42, 83.48% → 3.34', () => {
    // 0.2112 × 4 = 0.8448; 0.6043 × 4 = 2.4172; 0.8348 × 4 = 3.3392. A cap at 80% would give 1.06 for 21.12%.
    expect(at('SO_HOA_GIAY_TO_GIAI_QUYET', 21.12)).to.equal(0.84);
    expect(at('SO_HOA_GIAY_TO_GIAI_QUYET', 60.43)).to.equal(2.42);
    expect(at('SO_HOA_GIAY_TO_GIAI_QUYET', 83.48)).to.equal(3.34);
    expect(points766({ type: 'cap', at: 0.8 }, 0.2112, 4)).to.equal(1.06);
  });

  it('PUBLIC_UPDATE_ON_TIME is linear on 4 points: 96.34% → 3.85', () => {
    // 0.9634 × 4 = 3.8536
    expect(at('PUBLIC_UPDATE_ON_TIME', 96.34)).to.equal(3.85);
  });

  it('SYNCED_WITH_DVCQG_PERSONAL_STORAGE, CITIZEN_DATA_CONNECTED_DOSSIER and _FORMALITY are linear', () => {
    // 0.0214 × 4 = 0.0856 → 0.09; 0.099 × 4 = 0.396 → 0.40
    expect(at('SYNCED_WITH_DVCQG_PERSONAL_STORAGE', 2.14)).to.equal(0.09);
    expect(at('SYNCED_WITH_DVCQG_PERSONAL_STORAGE', 9.9)).to.equal(0.4);
    // 0.6298 × 2 = 1.2596 → 1.26; 0.2453 × 2 = 0.4906 → 0.49
    expect(at('CITIZEN_DATA_CONNECTED_DOSSIER', 62.98)).to.equal(1.26);
    expect(at('CITIZEN_DATA_CONNECTED_DOSSIER', 24.53)).to.equal(0.49);
    // 0.2823 × 2 = 0.5646 → 0.56; 0.0952 × 2 = 0.1904 → 0.19
    expect(at('CITIZEN_DATA_CONNECTED_FORMALITY', 28.23)).to.equal(0.56);
    expect(at('CITIZEN_DATA_CONNECTED_FORMALITY', 9.52)).to.equal(0.19);
  });

  it('petition sub-indicators are linear on 6 points: 49.69% → 2.98, 38.35% → 2.30', () => {
    // 0.4969 × 6 = 2.9814; 0.3835 × 6 = 2.301
    expect(at('PETITION_PROCESSING_ON_TIME', 49.69)).to.equal(2.98);
    expect(at('PETITION_HANDLING_SATISFACTION', 38.35)).to.equal(2.3);
  });

  it('score766(figures) scores PETITION_* full (6) when there are no petitions and ELECTRONIC_CERTIFIED_COPY full (2) at 0/0', () => {
    const s = score766({
      PETITION_PROCESSING_ON_TIME: { numerator: 0, denominator: 0 },
      PETITION_HANDLING_SATISFACTION: { numerator: 0, denominator: 0 },
    });
    const sub = (code: string) => s.groups.flatMap((g) => g.indicators).find((x) => x.code === code)!;
    expect(sub('PETITION_PROCESSING_ON_TIME')).to.include({ points: 6, status: 'no_data', noData: 'full', lost: 0 });
    expect(sub('PETITION_HANDLING_SATISFACTION').points).to.equal(6);
    expect(sub('ELECTRONIC_CERTIFIED_COPY')).to.include({ points: 2, status: 'no_data' });
  });

  it('the CLGQ observed rule "ratio × 12" (58% → 6.96) is one rules override away, and the default split reproduces it', () => {
    // Observed: the portal publishes one ratio and scores it × 12: 0.58 × 12 = 6.96.
    const single: Config766 = {
      rules: { ONLINE_SERVICE_PROVIDED: { max: 12, rule: { type: 'linear' } }, ONLINE_DOSSIER_SHARE: { max: 0 } },
      inputs: { ONLINE_SERVICE_PROVIDED: { ratio: 0.58 } },
    };
    expect(score766({}, single).groups.find((g) => g.code === 'CLGQ')!.points).to.equal(6.96);
    // Default split: 6 × min(r₁/0.8, 1) + 6 × min(r₃/0.5, 1). With r₁ = 46.4% and r₃ = 29% both
    // normalised ratios are 0.58: 6 × 0.58 = 3.48 twice = 6.96 = 0.58 × 12.
    const split = score766({
      ONLINE_SERVICE_PROVIDED: { numerator: 464, denominator: 1000 },
      ONLINE_DOSSIER_SHARE: { numerator: 29, denominator: 100 },
    });
    const clgq = split.groups.find((g) => g.code === 'CLGQ')!;
    expect(clgq.indicators.map((i) => i.points)).to.deep.equal([3.48, 3.48, undefined]);
    expect(clgq.points).to.equal(6.96);
  });

  it('TTTT sub-indicators 6 + 2.5 + 2.5 reproduce the three portal observations 6.69, 7.02 and 6.33', () => {
    // Sub-scores rounded first, then added (summing unrounded would give 6.695 → 6.70 for the first):
    // a) 0.8765 × 6 = 5.259 → 5.26; 0.4255 × 2.5 = 1.06375 → 1.06; 0.1489 × 2.5 = 0.37225 → 0.37 → 6.69
    // b) 0.754 × 6 = 4.524 → 4.52; 0.6471 × 2.5 = 1.61775 → 1.62; 0.3529 × 2.5 = 0.88225 → 0.88 → 7.02
    // c) 0.8973 × 6 = 5.3838 → 5.38; 0.2857 × 2.5 = 0.71425 → 0.71; 0.0952 × 2.5 = 0.238 → 0.24 → 6.33
    const tttt = (a: number, b: number, c: number) =>
      score766({
        ONLINE_PAYMENT_DOSSIER: { numerator: a, denominator: 10000 },
        ONLINE_PAYMENT_FORMALITY: { numerator: b, denominator: 10000 },
        FEE_FORMALITY_WITH_DOSSIER: { numerator: c, denominator: 10000 },
      }).groups.find((g) => g.code === 'TTTT')!.points;
    expect(tttt(8765, 4255, 1489)).to.equal(6.69);
    expect(tttt(7540, 6471, 3529)).to.equal(7.02);
    expect(tttt(8973, 2857, 952)).to.equal(6.33);
  });
});

describe('score766', () => {
  it('score766(figures) reproduces the Đắk Lắk scorecard of 10/10/2026: 65.49 = 11.85 + 17.72 + 8.97 + 6.69 + 9.08 + 11.18', () => {
    // Numerators and denominators as published by the portal for UBND tỉnh Đắk Lắk (DOMAIN [S5b]).
    const figures: Inputs766 = {
      PUBLISH_ON_TIME: { numerator: 0, denominator: 82 }, // 0
      PUBLIC_UPDATE_ON_TIME: { numerator: 79, denominator: 82 }, // 0.96341 × 4 = 3.8537 → 3.85
      PUBLIC_CONTENT_FULL: { numerator: 79, denominator: 79 }, // 2
      DOSSIER_SYNC: { numerator: 370_610, denominator: 370_610 }, // 6 → CKMB 11.85
      PROCESSING_ON_TIME: { numerator: 393_087, denominator: 443_565 }, // 0.886199 × 20 = 17.724 → 17.72
      ONLINE_PAYMENT_DOSSIER: { numerator: 179_460, denominator: 204_757 }, // 0.876454 × 6 = 5.2587 → 5.26
      ONLINE_PAYMENT_FORMALITY: { numerator: 160, denominator: 376 }, // 0.425532 × 2.5 = 1.0638 → 1.06
      FEE_FORMALITY_WITH_DOSSIER: { numerator: 56, denominator: 376 }, // 0.148936 × 2.5 = 0.3723 → 0.37 → TTTT 6.69
      ORIGINAL_RESULT_AVAILABLE: { numerator: 284_995, denominator: 443_565 }, // 0.642510 × 6 = 3.8551 → 3.86
      SO_HOA_GIAY_TO_GIAI_QUYET: { numerator: 93_664, denominator: 443_565 }, // 0.211162 × 4 = 0.8446 → 0.84
      REUSED_DIGITIZED_DATA: { numerator: 82_645, denominator: 443_565 }, // 0.186320 / 0.8 × 2 = 0.4658 → 0.47
      SYNCED_WITH_DVCQG_PERSONAL_STORAGE: { numerator: 9_499, denominator: 443_565 }, // 0.021415 × 4 = 0.0857 → 0.09
      CITIZEN_DATA_CONNECTED_DOSSIER: { numerator: 279_339, denominator: 443_565 }, // 0.629759 × 2 = 1.2595 → 1.26
      CITIZEN_DATA_CONNECTED_FORMALITY: { numerator: 380, denominator: 1_346 }, // 0.282318 × 2 = 0.5646 → 0.56
      // ELECTRONIC_CERTIFIED_COPY 0/0 → 2 → MDSH 3.86 + 0.84 + 0.47 + 0.09 + 1.26 + 0.56 + 2 = 9.08
      DOSSIER_RECEIVING_SATISFACTION: { numerator: 392_869, denominator: 443_565 }, // 0.885707 / 0.9 × 6 = 5.9047 → 5.90
      PETITION_PROCESSING_ON_TIME: { numerator: 241, denominator: 485 }, // 0.496907 × 6 = 2.9814 → 2.98
      PETITION_HANDLING_SATISFACTION: { numerator: 186, denominator: 485 }, // 0.383505 × 6 = 2.3010 → 2.30 → MDHL 11.18
      PETITION_CLASSIFICATION_TTHC: { numerator: 378, denominator: 485 },
      PETITION_CLASSIFICATION_STAFF: { numerator: 77, denominator: 485 },
    };
    // CLGQ: the portal's single ratio 74.75% × 12 = 8.97, entered through the override of the observed rule.
    const config: Config766 = {
      rules: { ONLINE_SERVICE_PROVIDED: { max: 12, rule: { type: 'linear' } }, ONLINE_DOSSIER_SHARE: { max: 0 } },
      inputs: { ONLINE_SERVICE_PROVIDED: { ratio: 0.7475 } },
    };
    const s = score766(figures, config);
    const pts = Object.fromEntries(s.groups.map((g) => [g.code, g.points]));
    expect(pts).to.deep.equal({ CKMB: 11.85, TDGQ: 17.72, CLGQ: 8.97, TTTT: 6.69, MDSH: 9.08, MDHL: 11.18 });
    expect(s.total).to.equal(65.49);
    // Everything scored: the AVG_PROCESSING_DAYS line has no figure but is informational.
    expect(s.scoredMax).to.equal(100);
    expect(s.unscoredMax).to.equal(0);
    expect(s.lost).to.equal(34.51);
    // Unofficial default bands: 65.49 is "trung bình" (≥ 50, < 70), as 766-Analyze labelled it.
    expect(s.band).to.equal('trung_binh');
  });

  it('score766(figures) reproduces Sở Xây dựng Đắk Lắk: 74.13 = 11.85 + 19.46 + 6.96 + 6.33 + 11.53 + 18', () => {
    const s = score766(
      {
        PUBLISH_ON_TIME: { numerator: 0, denominator: 82 },
        PUBLIC_UPDATE_ON_TIME: { numerator: 79, denominator: 82 },
        PUBLIC_CONTENT_FULL: { numerator: 79, denominator: 79 },
        DOSSIER_SYNC: { numerator: 3635, denominator: 3635 }, // CKMB 0 + 3.85 + 2 + 6 = 11.85
        PROCESSING_ON_TIME: { numerator: 3762, denominator: 3867 }, // 0.972847 × 20 = 19.457 → 19.46
        ONLINE_PAYMENT_DOSSIER: { numerator: 568, denominator: 633 }, // 0.897314 × 6 = 5.3839 → 5.38
        ONLINE_PAYMENT_FORMALITY: { numerator: 6, denominator: 21 }, // 0.285714 × 2.5 = 0.7143 → 0.71
        FEE_FORMALITY_WITH_DOSSIER: { numerator: 2, denominator: 21 }, // 0.095238 × 2.5 = 0.2381 → 0.24 → 6.33
        ORIGINAL_RESULT_AVAILABLE: { numerator: 2584, denominator: 3867 }, // 0.668218 × 6 = 4.0093 → 4.01
        SO_HOA_GIAY_TO_GIAI_QUYET: { numerator: 2337, denominator: 3867 }, // 0.604345 × 4 = 2.4174 → 2.42
        REUSED_DIGITIZED_DATA: { numerator: 383, denominator: 3867 }, // 0.099043 / 0.8 × 2 = 0.2476 → 0.25
        SYNCED_WITH_DVCQG_PERSONAL_STORAGE: { numerator: 383, denominator: 3867 }, // 0.099043 × 4 = 0.3962 → 0.40
        CITIZEN_DATA_CONNECTED_DOSSIER: { numerator: 3867, denominator: 3867 }, // 2
        CITIZEN_DATA_CONNECTED_FORMALITY: { numerator: 29, denominator: 130 }, // 0.223077 × 2 = 0.4462 → 0.45
        // + e-certified copy 2 → MDSH 4.01 + 2.42 + 0.25 + 0.40 + 2 + 0.45 + 2 = 11.53
        DOSSIER_RECEIVING_SATISFACTION: { numerator: 3752, denominator: 3867 }, // 0.970261 ≥ 0.9 → 6
        PETITION_PROCESSING_ON_TIME: { numerator: 0, denominator: 0 }, // none → 6
        PETITION_HANDLING_SATISFACTION: { numerator: 0, denominator: 0 }, // none → 6 → MDHL 18
      },
      {
        rules: { ONLINE_SERVICE_PROVIDED: { max: 12, rule: { type: 'linear' } }, ONLINE_DOSSIER_SHARE: { max: 0 } },
        inputs: { ONLINE_SERVICE_PROVIDED: { ratio: 0.58 } }, // 0.58 × 12 = 6.96
      },
    );
    expect(Object.fromEntries(s.groups.map((g) => [g.code, g.points]))).to.deep.equal({ CKMB: 11.85, TDGQ: 19.46, CLGQ: 6.96, TTTT: 6.33, MDSH: 11.53, MDHL: 18 });
    expect(s.total).to.equal(74.13);
  });

  it('score766(figures) leaves out sub-indicators without data and reports their maximum as unscored', () => {
    // Only TDGQ has data: 90 of 100 on time → 0.9 × 20 = 18.
    const s = score766({ PROCESSING_ON_TIME: { numerator: 90, denominator: 100 } });
    const ckmb = s.groups.find((g) => g.code === 'CKMB')!;
    expect(ckmb.points).to.equal(0);
    expect(ckmb.scoredMax).to.equal(0);
    expect(ckmb.unscoredMax).to.equal(18);
    expect(ckmb.indicators.every((i) => i.points === undefined && i.status === 'no_data')).to.equal(true);
    // Scored: TDGQ 20 + petition 6 + 6 (none → full) + e-certified copy 2 = 34; points 18 + 6 + 6 + 2 = 32.
    expect(s.scoredMax).to.equal(34);
    expect(s.total).to.equal(32);
    expect(s.unscoredMax).to.equal(66);
    expect(s.lost).to.equal(2);
    // Scaled: 32 / 34 × 100 = 94.1176… → 94.12 → "xuất sắc"; on the raw total (32) "yếu, kém".
    expect(s.scaled).to.equal(94.12);
    expect(s.band).to.equal('xuat_sac');
    expect(score766({ PROCESSING_ON_TIME: { numerator: 90, denominator: 100 } }, { bandBasis: 'total' }).band).to.equal('yeu');
  });

  it('score766(figures, {rules}) applies a no-data rule of "zero" and an informational value', () => {
    const s = score766(
      { DOSSIER_SYNC: { numerator: 0, denominator: 0 }, AVG_PROCESSING_DAYS: { value: 3.84 } },
      { rules: { DOSSIER_SYNC: { noData: 'zero' } } },
    );
    const subs = s.groups.flatMap((g) => g.indicators);
    expect(subs.find((x) => x.code === 'DOSSIER_SYNC')).to.include({ points: 0, lost: 6, noData: 'zero' });
    expect(subs.find((x) => x.code === 'AVG_PROCESSING_DAYS')).to.include({ value: 3.84, status: 'informational' });
  });

  it('score766(figures, {inputs}) lets an input replace a computed figure', () => {
    const s = score766({ DOSSIER_SYNC: { numerator: 1, denominator: 2 } }, { inputs: { DOSSIER_SYNC: { numerator: 3, denominator: 4 } } });
    // 3 / 4 × 6 = 4.5
    expect(s.groups[0]!.indicators.find((x) => x.code === 'DOSSIER_SYNC')).to.include({ points: 4.5, status: 'input', numerator: 3 });
  });

  it('score766() with no figures at all scores only the sub-indicators that are full when empty', () => {
    const s = score766({});
    // Petitions none → 6 + 6, e-certified copy → 2: 14 of 14 scored.
    expect(s.total).to.equal(14);
    expect(s.scoredMax).to.equal(14);
    expect(s.scaled).to.equal(100);
  });
});

describe('scoreRule and band766', () => {
  it('scoreRule(rule, ratio, max) clamps ratios to 0–1 and never returns NaN', () => {
    expect(scoreRule({ type: 'linear' }, 1.2, 6)).to.equal(6);
    expect(scoreRule({ type: 'linear' }, -0.1, 6)).to.equal(0);
    expect(scoreRule({ type: 'cap', at: 0.5 }, 0.25, 6)).to.equal(3);
    expect(scoreRule({ type: 'cap', at: 0.5 }, 0.5, 6)).to.equal(6);
  });

  it('band766(score, bands) uses configurable bands, the first reached from the top', () => {
    // An An Giang-style gauge: ≥ 85 / 70 / 50.
    const bands = [
      { id: 'green', min: 85, nameVi: 'Tốt', nameEn: 'Good' },
      { id: 'amber', min: 70, nameVi: 'Khá', nameEn: 'Fair' },
      { id: 'orange', min: 50, nameVi: 'Trung bình', nameEn: 'Average' },
      { id: 'red', min: -Infinity, nameVi: 'Kém', nameEn: 'Poor' },
    ];
    expect(band766(85, bands)).to.equal('green');
    expect(band766(84.99, bands)).to.equal('amber');
    expect(band766(10, bands)).to.equal('red');
    // Default bands: 90 is the first "xuất sắc".
    expect(band766(90)).to.equal('xuat_sac');
    expect(band766(89.99)).to.equal('tot');
  });

  it('roundHalfUp(x, d) rounds decimal halves up despite binary representation', () => {
    expect(roundHalfUp(0.6425 * 6, 2)).to.equal(3.86);
    expect(roundHalfUp(1.005, 2)).to.equal(1.01);
    expect(roundHalfUp(2.345, 1)).to.equal(2.3);
    expect(roundHalfUp(2.35, 1)).to.equal(2.4);
    expect(Object.is(roundHalfUp(-0.0001, 2), 0)).to.equal(true);
  });
});
