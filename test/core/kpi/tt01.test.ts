import { expect } from '@open-wc/testing';
import {
  aggregateTt01, classifyAgency, classifyOfficer, dossierPoints, onlinePoints, packedDossierPoints, petitionPoints, TT01_IDS,
} from '../../../src/core/kpi/tt01.js';

describe('Circular 01/2018 classification (Art. 15.3)', () => {
  it('classifyAgency(total) puts exactly 15 in "xuất sắc" (≥ 15, not > 15 as one provincial system wrote)', () => {
    expect(classifyAgency(15)).to.equal('xuat_sac');
    expect(classifyAgency(14.9)).to.equal('tot');
    expect(classifyAgency(12)).to.equal('tot');
    expect(classifyAgency(11.9)).to.equal('kha');
    expect(classifyAgency(9)).to.equal('kha');
    expect(classifyAgency(8.9)).to.equal('trung_binh');
    expect(classifyAgency(6)).to.equal('trung_binh');
    expect(classifyAgency(5.9)).to.equal('yeu');
    expect(classifyAgency(0)).to.equal('yeu');
  });

  it('classifyOfficer(score) uses the thresholds 5 and 3.5', () => {
    expect(classifyOfficer(5)).to.equal('full');
    expect(classifyOfficer(4.9)).to.equal('partial');
    expect(classifyOfficer(3.5)).to.equal('partial');
    expect(classifyOfficer(3.4)).to.equal('below');
  });
});

describe('Circular 01/2018 indicator points', () => {
  it('dossierPoints(facts) derives indicators 1–4, 6, 7 of one dossier', () => {
    expect(dossierPoints({ timeliness: 'early', supplements: 0, channel: 2, publication: 'complete', staffComplaint: false }))
      .to.deep.equal({ 1: 2, 2: 2, 3: 2, 4: 2, 6: 2, 7: 2 });
    expect(dossierPoints({ timeliness: 'on_time', supplements: 1, channel: 2, publication: 'incomplete', staffComplaint: false }))
      .to.deep.equal({ 1: 1, 2: 1, 3: 1, 4: 1, 6: 0, 7: 1 });
    // Late, two supplements, counter, a substantiated staff complaint, no catalogue (6 has no data).
    expect(dossierPoints({ timeliness: 'late', supplements: 2, channel: 1, publication: 'unknown', staffComplaint: true }))
      .to.deep.equal({ 1: 0, 2: 0, 3: 0, 4: 1, 7: 0 });
  });

  it('dossierPoints(facts, config) follows the notice-board and late-attitude settings', () => {
    const f = { timeliness: 'late', supplements: 0, channel: 1, publication: 'complete', staffComplaint: false } as const;
    expect(dossierPoints(f)).to.include({ 6: 2, 7: 1 });
    expect(dossierPoints(f, { noticeBoards: false, lateAttitude: 0 })).to.include({ 6: 1, 7: 0 });
  });

  it('packedDossierPoints(...) packs 3 bits per indicator in the order 1, 2, 3, 4, 6, 7', () => {
    // early (2,2), 1 supplement (3: 1), online with a supplement (4: 1), complete (6: 2), early (7: 2).
    const p = packedDossierPoints(0, 1, 2, 2, false, true, 1);
    expect([0, 1, 2, 3, 4, 5].map((k) => (p >>> (3 * k)) & 7)).to.deep.equal([2, 2, 1, 1, 2, 2]);
  });

  it('petitionPoints(n, onTime, prolonged) gives 2 / 1 / 0 by the 100% and 90% rules', () => {
    expect(petitionPoints(0, 0, 0)).to.equal(2);
    expect(petitionPoints(10, 10, 0)).to.equal(2);
    expect(petitionPoints(10, 9, 0)).to.equal(1); // 90%
    expect(petitionPoints(10, 8, 0)).to.equal(0); // 80%
    expect(petitionPoints(10, 10, 1)).to.equal(0); // one prolonged
  });

  it('onlinePoints(procShare, dossierShare, lateOnline) gives 2 / 1 / 0 by the 20%/30% and 15% rules', () => {
    expect(onlinePoints(0.2, 0.3, 0)).to.equal(2);
    expect(onlinePoints(0.19, 0.5, 0)).to.equal(1);
    expect(onlinePoints(0.5, 0.29, 0)).to.equal(1);
    expect(onlinePoints(0.5, 0.15, 0)).to.equal(1);
    expect(onlinePoints(0.5, 0.149, 0)).to.equal(0);
    expect(onlinePoints(0, 0.5, 0)).to.equal(0);
    expect(onlinePoints(0.5, 0.5, 1)).to.equal(0);
    // No catalogue: at most 1, when online submissions show a service exists.
    expect(onlinePoints(undefined, 0.5, 0)).to.equal(1);
    expect(onlinePoints(undefined, 0.1, 0)).to.equal(0);
    expect(onlinePoints(0.5, undefined, 0)).to.equal(0);
  });
});

describe('aggregateTt01', () => {
  it('aggregateTt01(figures) averages per-dossier indicators to one decimal and sums with agency points (Art. 15.2)', () => {
    // 4 dossiers. Σ points: 1 → 7 (1.75 → 1.8), 2 → 7, 3 → 5 (1.25 → 1.3), 4 → 4 (1.0), 6 → 8 (2.0), 7 → 6 (1.5).
    const sums = { 1: 7, 2: 7, 3: 5, 4: 4, 6: 8, 7: 6 };
    const counts = { 1: 4, 2: 4, 3: 4, 4: 4, 6: 4, 7: 4 };
    const t = aggregateTt01({ dossiers: 4, sums, counts, agency: { 8: 2, 9: 1 } }, { agencyInputs: { 5: 2 } });
    expect(t.indicators.map((i) => i.score)).to.deep.equal([1.8, 1.8, 1.3, 1, 2, 2, 1.5, 2, 1]);
    // 1.8 + 1.8 + 1.3 + 1 + 2 + 2 + 1.5 + 2 + 1 = 14.4 of 18 → "tốt".
    expect(t).to.include({ total: 14.4, maxPossible: 18, agencyClass: 'tot' });
    expect(t.omitted).to.deep.equal([]);
    // Officer: 1.8 + 1.8 + 1.3 + 1 + 2 + 1.5 = 9.4.
    expect(t).to.include({ officerScore: 9.4, officerClass: 'full' });
  });

  it('aggregateTt01(figures) leaves out indicators without data and classifies nothing when none has data (Art. 15.4.b)', () => {
    const none = aggregateTt01({ dossiers: 0, sums: {}, counts: {}, agency: {} });
    expect(none.omitted).to.deep.equal(TT01_IDS);
    expect(none).to.include({ total: 0, maxPossible: 0 });
    expect(none.agencyClass).to.equal(undefined);
    expect(none.officerScore).to.equal(undefined);
  });

  it('aggregateTt01(figures, {officerIndicators}) sums the chosen officer indicators', () => {
    const t = aggregateTt01({ dossiers: 2, sums: { 1: 4, 3: 2, 7: 1 }, counts: { 1: 2, 3: 2, 7: 2 }, agency: {} }, { officerIndicators: ['1', '7'] });
    // 1: 2.0, 7: 0.5 → 2.5 → below 3.5.
    expect(t).to.include({ officerScore: 2.5, officerClass: 'below' });
  });
});
