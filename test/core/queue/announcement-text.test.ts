import { expect } from '@open-wc/testing';
import {
  announcementText, vietnameseDigits, vietnameseNumber,
  DEFAULT_CALL_TEMPLATE_VI, DEFAULT_CALL_TEMPLATE_EN, DEFAULT_RECALL_TEMPLATE_VI,
} from '../../../src/core/queue/announcement-text.js';

describe('announcement text', () => {
  describe('vietnameseNumber', () => {
    it('vietnameseNumber(n) reads the ticket numbers of a Vietnamese hall the way announcers say them', () => {
      const cases: [number, string][] = [
        [0, 'không'], [1, 'một'], [4, 'bốn'], [5, 'năm'], [10, 'mười'], [11, 'mười một'], [14, 'mười bốn'], [15, 'mười lăm'],
        [20, 'hai mươi'], [21, 'hai mươi mốt'], [24, 'hai mươi tư'], [25, 'hai mươi lăm'], [55, 'năm mươi lăm'], [99, 'chín mươi chín'],
        [100, 'một trăm'], [101, 'một trăm linh một'], [105, 'một trăm linh năm'], [110, 'một trăm mười'], [115, 'một trăm mười lăm'], [121, 'một trăm hai mươi mốt'],
        [1000, 'một nghìn'], [1001, 'một nghìn không trăm linh một'], [1010, 'một nghìn không trăm mười'], [1023, 'một nghìn không trăm hai mươi ba'],
        [1100, 'một nghìn một trăm'], [1234, 'một nghìn hai trăm ba mươi tư'], [2005, 'hai nghìn không trăm linh năm'],
        [4015, 'bốn nghìn không trăm mười lăm'], [10000, 'mười nghìn'], [15005, 'mười lăm nghìn không trăm linh năm'],
        [99999, 'chín mươi chín nghìn chín trăm chín mươi chín'],
        [1_000_000, 'một triệu'], [2_500_000, 'hai triệu năm trăm nghìn'], [1_000_000_000, 'một tỷ'],
      ];
      for (const [n, words] of cases) expect(vietnameseNumber(n), String(n)).to.equal(words);
    });

    it('vietnameseNumber(n, options) offers the Southern words: ngàn, lẻ and bốn after mươi', () => {
      expect(vietnameseNumber(2024, { thousand: 'ngàn', zeroTens: 'lẻ', fourAfterTens: 'bốn' })).to.equal('hai ngàn không trăm hai mươi bốn');
      expect(vietnameseNumber(1005, { zeroTens: 'lẻ', thousand: 'ngàn' })).to.equal('một ngàn không trăm lẻ năm');
    });

    it('vietnameseNumber(n) returns undefined for negative, fractional, non-finite and too large values', () => {
      for (const n of [-1, 1.5, NaN, Infinity, 1e12]) expect(vietnameseNumber(n), String(n)).to.equal(undefined);
    });
  });

  describe('vietnameseDigits', () => {
    it('vietnameseDigits(n) reads digit by digit, zeros included', () => {
      expect(vietnameseDigits(1023)).to.equal('một không hai ba');
      expect(vietnameseDigits(4005)).to.equal('bốn không không năm');
      expect(vietnameseDigits(0)).to.equal('không');
      expect(vietnameseDigits(-3)).to.equal(undefined);
    });
  });

  describe('announcementText', () => {
    it('announcementText(default template) builds the Vietnamese call with the number and the counter in words', () => {
      expect(announcementText(DEFAULT_CALL_TEMPLATE_VI, { number: 1023, counter: 5 }, { lang: 'vi' })).to.equal(
        'Mời công dân có số một nghìn không trăm hai mươi ba đến quầy số năm',
      );
    });

    it('announcementText(template, call, {numberStyle: digits}) reads the ticket digit by digit and the counter as a number', () => {
      expect(announcementText(DEFAULT_CALL_TEMPLATE_VI, { number: 1023, counter: 12 }, { lang: 'vi', numberStyle: 'digits' })).to.equal(
        'Mời công dân có số một không hai ba đến quầy số mười hai',
      );
    });

    it('announcementText(recall template) says it is a call again', () => {
      expect(announcementText(DEFAULT_RECALL_TEMPLATE_VI, { number: 2001, counter: 3 }, { lang: 'vi-VN' })).to.equal(
        'Xin mời lại công dân có số hai nghìn không trăm linh một đến quầy số ba',
      );
    });

    it('announcementText(template) fills English placeholders and counter and service names, and drops unknown ones', () => {
      const t = 'Số {number} – {counterName} ({service}) {unknown}, quầy {counter}.';
      expect(announcementText(t, { number: 7, counter: 2, counterName: 'Quầy Hộ tịch', service: 'Hộ tịch' }, { lang: 'vi' })).to.equal(
        'Số bảy – Quầy Hộ tịch (Hộ tịch), quầy hai.',
      );
    });

    it('announcementText(English template) keeps numerals for an English voice, or spaced digits in digit style', () => {
      expect(announcementText(DEFAULT_CALL_TEMPLATE_EN, { number: 1023, counter: 5 }, { lang: 'en' })).to.equal('Ticket number 1023, please go to counter 5');
      expect(announcementText(DEFAULT_CALL_TEMPLATE_EN, { number: 1023, counter: 5 }, { lang: 'en', numberStyle: 'digits' })).to.equal(
        'Ticket number 1 0 2 3, please go to counter 5',
      );
    });

    it('announcementText(template) normalises a template typed in decomposed Unicode (NFD) so its placeholders still match', () => {
      expect(announcementText('Số {số} tới quầy {quầy}'.normalize('NFD'), { number: 3, counter: 1 }, { lang: 'vi' })).to.equal('Số ba tới quầy một'.normalize('NFC'));
    });
  });
});
