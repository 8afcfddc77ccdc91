import { expect } from '@open-wc/testing';
import { parseInlines, parseRichText, parseStep, plainText } from '../../src/components/procedure/rich-text.js';

describe('parseRichText', () => {
  it('parseRichText(text) makes one paragraph per line and lists of consecutive marked lines', () => {
    const blocks = parseRichText('Hồ sơ gồm:\n- Tờ khai;\n+ Giấy chứng sinh.\n\nNộp tại:\na) Trung tâm;\nb) Cổng Dịch vụ công.');
    expect(blocks.map((b) => b.type)).to.deep.equal(['p', 'list', 'p', 'list']);
    expect(blocks[1]).to.deep.include({ ordered: false });
    expect(blocks[3]).to.deep.include({ ordered: true });
    expect(plainText(blocks)).to.equal('Hồ sơ gồm:\n- Tờ khai;\n+ Giấy chứng sinh.\nNộp tại:\na) Trung tâm;\nb) Cổng Dịch vụ công.');
  });

  it('parseRichText(text) keeps markup as text, never as structure', () => {
    const blocks = parseRichText('<b>in đậm</b> <script>alert(1)</script>');
    expect(blocks).to.deep.equal([{ type: 'p', inlines: [{ type: 'text', text: '<b>in đậm</b> <script>alert(1)</script>' }] }]);
  });

  it('parseRichText(text) gives nothing for empty or blank text', () => {
    expect(parseRichText('')).to.deep.equal([]);
    expect(parseRichText(' \n\r\n ')).to.deep.equal([]);
    expect(parseRichText(undefined)).to.deep.equal([]);
  });

  it('parseInlines(line) links http(s) addresses only, leaving brackets and final punctuation outside', () => {
    expect(parseInlines('tại Cổng (https://dichvucong.gov.vn).')).to.deep.equal([
      { type: 'text', text: 'tại Cổng (' },
      { type: 'link', text: 'https://dichvucong.gov.vn', href: 'https://dichvucong.gov.vn' },
      { type: 'text', text: ').' },
    ]);
    expect(parseInlines('javascript:alert(1) ftp://x.example')).to.deep.equal([{ type: 'text', text: 'javascript:alert(1) ftp://x.example' }]);
  });
});

describe('parseStep', () => {
  it('parseStep(text) drops the "Bước n:" prefix and splits the first sentence off as the title', () => {
    const s = parseStep('Bước 2: Cán bộ kiểm tra hồ sơ. Hồ sơ đầy đủ thì tiếp nhận.');
    expect(s.title).to.equal('Cán bộ kiểm tra hồ sơ');
    expect(s.truncated).to.equal(false);
    expect(plainText(s.body)).to.equal('Hồ sơ đầy đủ thì tiếp nhận.');
  });

  it('parseStep(text) has no body for a one-sentence step', () => {
    expect(parseStep('Bước 5: Nhận kết quả.').body).to.deep.equal([]);
  });

  it('parseStep(text) cuts a long first sentence at a word and keeps the whole text as body', () => {
    const long = `Bước 1: ${'Người yêu cầu nộp hồ sơ trực tiếp hoặc trực tuyến '.repeat(5)}.`;
    const s = parseStep(long);
    expect(s.truncated).to.equal(true);
    expect(s.title.length).to.be.at.most(112);
    expect(s.title.endsWith('…')).to.equal(true);
    expect(plainText(s.body)).to.equal(long.replace('Bước 1: ', '').trim());
  });
});
