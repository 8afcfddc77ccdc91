import { expect } from '@open-wc/testing';
import { composeSources } from '../../../src/data/adapters/compose.js';
import { MemorySource } from '../../../src/data/adapters/memory/memory-source.js';
import { StaticProcedureSource } from '../../../src/data/adapters/static/static-procedures.js';
import { org, procedure } from './memory/fixtures.js';

describe('composeSources', () => {
  const base = () => new MemorySource({ org, procedures: [procedure('1.000656', 'Đăng ký khai tử')] });
  const url = new URL('./static/catalogue-array.json', import.meta.url).href;

  it('composeSources(base, adapter) takes the adapter\'s ports, the rest from base, and names both kinds', async () => {
    const src = composeSources(base(), new StaticProcedureSource({ url }));
    expect(src.kind).to.equal('static+memory');
    expect((await src.procedures()).map((p) => p.ma_thu_tuc)).to.deep.equal(['1.001193']);
    expect((await src.procedure('1.001193')).ten_thu_tuc).to.equal('Đăng ký khai sinh');
    expect((await src.org()).units[1]!.id).to.equal('bai-chay');
    expect((await src.snapshot('bai-chay')).unitId).to.equal('bai-chay');
  });

  it('composeSources(base, functions) keeps each method bound to its owner and calls unnamed parts custom', async () => {
    const stat = new StaticProcedureSource({ url });
    const src = composeSources(base(), { procedures: stat.procedures.bind(stat) });
    expect(src.kind).to.equal('custom+memory');
    expect(await src.procedures()).to.have.length(1);
    // `procedure` was not given, so it still comes from the base, whose catalogue differs.
    expect((await src.procedure('1.000656')).ten_thu_tuc).to.equal('Đăng ký khai tử');
    const { procedures } = src;
    expect(await procedures()).to.have.length(1);
  });

  it('composeSources(base, {}) is the base under its own name', async () => {
    const b = base();
    const src = composeSources(b, {});
    expect(src.kind).to.equal('memory');
    expect(await src.procedures()).to.deep.equal(await b.procedures());
  });
});
