import { expect } from '@open-wc/testing';
import { highlight, segments, snippet, mergeRanges } from '../../../src/core/search/highlight.js';

const marked = (text: string, q: string) => highlight(text, q).map(([a, b]) => text.slice(a, b));

describe('highlight', () => {
  it('highlight(text, q) ranges select each matched word of the original text', () => {
    expect(marked('Đăng ký kết hôn', 'dang ky ket hon')).to.deep.equal(['Đăng', 'ký', 'kết', 'hôn']);
    expect(marked('Cấp bản sao trích lục hộ tịch', 'ho tich')).to.deep.equal(['hộ', 'tịch']);
  });

  it('highlight(text, q) ranges map back to NFD text, marks included', () => {
    const text = 'Thay đổi thông tin hộ tịch'.normalize('NFD');
    const ranges = highlight(text, 'hô tich');
    expect(ranges.map(([a, b]) => text.slice(a, b).normalize('NFC'))).to.deep.equal(['hộ', 'tịch']);
    // The last range ends after the last combining mark of "tịch".
    expect(ranges[1]![1]).to.equal(text.length);
  });

  it('highlight(text, q) ranges are the same for an NFC and an NFD query', () => {
    const text = 'Đăng ký khai sinh có yếu tố nước ngoài';
    expect(highlight(text, 'nước ngoài'.normalize('NFD'))).to.deep.equal(highlight(text, 'nước ngoài'));
  });

  it('highlight(text, q) marks only the typed part of a word being completed', () => {
    expect(marked('Đăng ký khai sinh', 'khai si')).to.deep.equal(['khai', 'si']);
    expect(marked('Đăng ký khai sinh', 'đă')).to.deep.equal(['Đă']);
  });

  it('highlight(text, q) marks whole words matched with a typo or with i for y', () => {
    expect(marked('Đăng ký khai sinh', 'khia')).to.deep.equal(['khai']);
    expect(marked('Đăng ký khai sinh', 'ki')).to.deep.equal(['ký']);
  });

  it('highlight(text, q) marks the full phrase an abbreviation stands for', () => {
    expect(marked('Cấp lại thẻ Căn cước công dân', 'cap lai cccd')).to.deep.equal(['Cấp', 'lại', 'Căn cước công dân']);
  });

  it('highlight(text, q) gives no range when nothing matches or the query is empty', () => {
    expect(highlight('Đăng ký khai sinh', 'xyz')).to.deep.equal([]);
    expect(highlight('Đăng ký khai sinh', '  ')).to.deep.equal([]);
  });

  it('segments(text, ranges) cuts the text into marked and plain pieces that join back to the text', () => {
    const text = 'Đăng ký kết hôn có yếu tố nước ngoài';
    const segs = segments(text, highlight(text, 'ket hon nuoc'));
    expect(segs.map((s) => s.text).join('')).to.equal(text);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).to.deep.equal(['kết', 'hôn', 'nước']);
  });

  it('mergeRanges(ranges) sorts and joins overlapping and touching ranges', () => {
    expect(mergeRanges([[5, 8], [0, 2], [2, 3], [6, 10]])).to.deep.equal([[0, 3], [5, 10]]);
  });

  it('snippet(text, ranges, max) cuts a window at spaces around the first match and moves the ranges into it', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(10)}Giấy chứng sinh do cơ sở y tế cấp. ${'Consectetur adipiscing elit. '.repeat(10)}`;
    const s = snippet(text, highlight(text, 'chung sinh'), 80);
    expect(s.before).to.equal(true);
    expect(s.after).to.equal(true);
    expect(s.text.length).to.be.at.most(80);
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).to.deep.equal(['chứng', 'sinh']);
    expect(s.text.startsWith(' ')).to.equal(false);
  });
});
