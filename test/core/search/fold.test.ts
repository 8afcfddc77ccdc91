import { expect } from '@open-wc/testing';
import { foldVietnamese, foldWithOffsets, markSignature, hasMarks } from '../../../src/core/search/fold.js';
import { tokenize, tokenizeQuery, words } from '../../../src/core/search/tokenize.js';

// Every Vietnamese vowel with every tone, both cases, plus đ/Đ.
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const ALL = [...VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).join('') + 'đ';
const ALL_TEXT = `${ALL} ${ALL.toUpperCase()} Đăng ký Hộ tịch Nghị định 63/2010/NĐ-CP, thuỷ, Ưu tiên`;

describe('foldVietnamese', () => {
  it("foldVietnamese('Đăng ký Hộ tịch') is 'dang ky ho tich'", () => {
    expect(foldVietnamese('Đăng ký Hộ tịch')).to.equal('dang ky ho tich');
  });

  it('foldVietnamese(x) maps đ and Đ to d, which NFD alone leaves unchanged', () => {
    expect('đ'.normalize('NFD')).to.equal('đ');
    expect(foldVietnamese('Đơn đề nghị')).to.equal('don de nghi');
  });

  it('foldVietnamese(x) strips every tone and vowel mark of every Vietnamese vowel, in both cases', () => {
    const folded = foldVietnamese(ALL + ALL.toUpperCase());
    expect(folded).to.match(/^[a-z]+$/);
    const bases = [...'aaaeeiooouuy'].map((v) => v.repeat(TONES.length)).join('') + 'd';
    expect(folded).to.equal(bases + bases);
  });

  it('foldVietnamese(x) gives the same result for NFC and NFD input', () => {
    expect(foldVietnamese(ALL_TEXT.normalize('NFD'))).to.equal(foldVietnamese(ALL_TEXT.normalize('NFC')));
  });

  it('foldVietnamese(foldVietnamese(x)) equals foldVietnamese(x)', () => {
    const once = foldVietnamese(ALL_TEXT);
    expect(foldVietnamese(once)).to.equal(once);
  });

  it("foldVietnamese(x) is as long as x.normalize('NFC') for Vietnamese and Latin text, whatever the input form", () => {
    for (const form of ['NFC', 'NFD'] as const) {
      const x = ALL_TEXT.normalize(form);
      expect(foldVietnamese(x).length).to.equal(x.normalize('NFC').length);
    }
  });

  it('foldVietnamese(x) keeps digits and punctuation and lower-cases Latin letters', () => {
    expect(foldVietnamese('Thông tư 01/2018/TT-VPCP')).to.equal('thong tu 01/2018/tt-vpcp');
  });
});

describe('foldWithOffsets', () => {
  it('foldWithOffsets(x).starts maps each folded character to its cluster in NFD input', () => {
    const x = 'Hộ tịch'.normalize('NFD');
    const { folded, starts } = foldWithOffsets(x);
    expect(folded).to.equal('ho tich');
    // "Hộ" in NFD is H, o, U+0323, U+0302: "o" starts at 1 and the next cluster (space) at 4.
    expect(starts[1]).to.equal(1);
    expect(starts[2]).to.equal(4);
    expect(starts[folded.length]).to.equal(x.length);
    expect(x.slice(starts[3]!, starts[7]!).normalize('NFC')).to.equal('tịch');
  });

  it('foldWithOffsets(x) drops a combining mark that has no base letter', () => {
    const { folded, starts } = foldWithOffsets('\u0301a');
    expect(folded).to.equal('a');
    expect(starts[0]).to.equal(1);
  });
});

describe('markSignature', () => {
  it('markSignature(w) is the same for old- and new-style tone placement (hoà, hòa)', () => {
    expect(markSignature('hoà')).to.equal(markSignature('hòa'));
    expect(markSignature('thuỷ')).to.equal(markSignature('thủy'));
  });

  it('markSignature(w) tells hộ from họ and đ from d', () => {
    expect(markSignature('hộ')).not.to.equal(markSignature('họ'));
    expect(markSignature('đa')).not.to.equal(markSignature('da'));
    expect(hasMarks('dang ky')).to.equal(false);
    expect(hasMarks('đang')).to.equal(true);
  });
});

describe('tokenize', () => {
  it('tokenize(x) splits on spaces and punctuation and keeps procedure codes whole', () => {
    expect(tokenize('Mã 1.001193: Đăng ký, khai-sinh').map((t) => t.folded)).to.deep.equal(['ma', '1.001193', 'dang', 'ky', 'khai', 'sinh']);
  });

  it('tokenize(x) gives offsets into the original NFD text and NFC lower-case surfaces', () => {
    const x = 'Đăng Ký'.normalize('NFD');
    const [a, b] = tokenize(x);
    expect(x.slice(a!.start, a!.end)).to.equal('Đăng'.normalize('NFD'));
    expect(b!.surface).to.equal('ký');
    expect(b!.end).to.equal(x.length);
  });

  it('words(x) finds the same words as tokenize(x)', () => {
    const text = `${ALL_TEXT} 1.000.000 đồng; a1.5 (CCCD) ${'Hộ tịch'.normalize('NFD')} \u0301x`;
    expect(words(text).map((w) => [w.folded, w.surface])).to.deep.equal(tokenize(text).map((t) => [t.folded, t.surface]));
  });
});

describe('tokenizeQuery', () => {
  it('tokenizeQuery(q) marks the last word partial only when no space follows it', () => {
    expect(tokenizeQuery('khai s').map((t) => t.partial)).to.deep.equal([false, true]);
    expect(tokenizeQuery('khai s ').map((t) => t.partial)).to.deep.equal([false, false]);
  });

  it('tokenizeQuery(q) makes filler words optional unless the query has nothing else', () => {
    expect(tokenizeQuery('thủ tục khai sinh').map((t) => t.optional)).to.deep.equal([true, true, false, false]);
    expect(tokenizeQuery('thủ tục').map((t) => t.optional)).to.deep.equal([false, false]);
  });

  it('tokenizeQuery(q) records whether each word was typed with marks', () => {
    expect(tokenizeQuery('hộ tich').map((t) => t.marked)).to.deep.equal([true, false]);
  });
});
