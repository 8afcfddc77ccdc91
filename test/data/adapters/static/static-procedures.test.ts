import { expect } from '@open-wc/testing';
import { StaticProcedureSource } from '../../../../src/data/adapters/static/static-procedures.js';
import { DataError } from '../../../../src/data/errors.js';

// Catalogues are JSON files next to this test, served over HTTP by the test runner's own server.
const here = (file: string) => new URL(`./${file}`, import.meta.url).href;

async function rejection(p: Promise<unknown>): Promise<DataError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a rejection');
}

describe('StaticProcedureSource', () => {
  it('serves the valid records of a catalogue with one bad record and lists the rejected ones', async () => {
    const src = new StaticProcedureSource({ url: here('catalogue-one-bad.json') });
    const list = await src.procedures();
    expect(list.map((p) => p.ma_thu_tuc)).to.deep.equal(['1.000656', '1.001193']);
    expect(list[0]!.ten_thu_tuc).to.equal('Đăng ký khai tử');
    expect(src.rejected.map((r) => [r.index, r.code])).to.deep.equal([[1, '1.000894'], [3, '1.000656']]);
    const bad = src.rejected[0]!.issues.en.map((i) => i.path);
    expect(bad).to.include.members(['url_nop_truc_tuyen', 'thanh_phan_ho_so[0].ten']);
    expect(src.rejected[0]!.issues.vi).to.have.length(src.rejected[0]!.issues.en.length);
    expect(src.rejected[1]!.issues.en[0]!.message).to.contain('duplicated');
  });

  it('finds one procedure by code and rejects a rejected or unknown code with not_found', async () => {
    const src = new StaticProcedureSource({ url: here('catalogue-one-bad.json') });
    expect((await src.procedure('1.001193')).ten_thu_tuc).to.equal('Đăng ký khai sinh');
    expect((await rejection(src.procedure('1.000894'))).kind).to.equal('not_found');
    expect((await rejection(src.procedure('9.999999'))).kind).to.equal('not_found');
  });

  it('accepts a bare array and a site-relative URL', async () => {
    const src = new StaticProcedureSource({ url: '/test/data/adapters/static/catalogue-array.json' });
    expect((await src.procedures()).map((p) => p.ma_thu_tuc)).to.deep.equal(['1.001193']);
    expect(src.rejected).to.deep.equal([]);
  });

  it('fetches the file once and shares it between calls', async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const src = new StaticProcedureSource({ url: here('catalogue-array.json'), fetch: counting });
    await Promise.all([src.procedures(), src.procedure('1.001193'), src.procedures()]);
    await src.procedures();
    expect(calls).to.equal(1);
  });

  it('rejects a catalogue in which no record is valid with schema', async () => {
    const src = new StaticProcedureSource({ url: here('catalogue-all-bad.json') });
    const e = await rejection(src.procedures());
    expect(e.kind).to.equal('schema');
    expect(src.rejected.map((r) => r.index)).to.deep.equal([0, 1]);
  });

  it('rejects a document of another shape and a truncated file with schema', async () => {
    expect((await rejection(new StaticProcedureSource({ url: here('not-a-catalogue.json') }).procedures())).kind).to.equal('schema');
    const truncated = await rejection(new StaticProcedureSource({ url: here('truncated.json') }).procedures());
    expect(truncated.kind).to.equal('schema');
    expect(truncated.message).to.contain('Invalid JSON');
  });

  it('rejects a missing file with not_found and tries again on the next call', async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const src = new StaticProcedureSource({ url: here('missing-catalogue.json'), fetch: counting });
    const e = await rejection(src.procedures());
    expect([e.kind, e.status]).to.deep.equal(['not_found', 404]);
    await rejection(src.procedures());
    expect(calls).to.equal(2);
  });
});
