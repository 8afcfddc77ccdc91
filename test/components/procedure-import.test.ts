import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { HccProcedureImport } from '../../src/components/procedure/procedure-import.js';
import { demoProcedures } from '../../src/data/seed/index.js';
import '../../src/procedure.js';
import { loadXss } from './procedure-helpers.js';

const CSV = [
  'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Trình tự thực hiện',
  '1.001193,Đăng ký khai sinh,Hộ tịch,Cấp Xã,Bước 1',
  '1.00089,Đăng ký kết hôn,Hộ tịch,Cấp Xã,Bước 1',
  '1.000656,,Hộ tịch,Cấp Làng,Bước 1',
].join('\n');

async function tool(attrs: Record<string, string> = {}): Promise<HccProcedureImport> {
  const el = document.createElement('hcc-procedure-import');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await el.updateComplete;
  return el;
}

/** Chooses a file in the tool's file field, as a person would. */
async function choose(el: HccProcedureImport, name: string, text: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const dt = new DataTransfer();
  dt.items.add(new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' }));
  input.files = dt.files;
  const done = oneEvent(el, 'hcc-catalogue-import');
  input.dispatchEvent(new Event('change'));
  await done;
  await el.updateComplete;
}

/** Rejected rows as [line, code, problems joined by " | "]. */
const rows = (el: HccProcedureImport) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => {
    const [line, code, problems] = [...tr.querySelectorAll('td')];
    return [line!.textContent!.trim(), code!.textContent!.trim(), [...problems!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()).join(' | ')];
  });

describe('<hcc-procedure-import>', () => {
  describe('accessibility', () => {
    it('has no axe violations empty, with a report of rejected rows, and with an unreadable file', async () => {
      const el = await tool();
      await expect(el).to.be.accessible();
      await choose(el, 'catalogue.csv', CSV);
      await expect(el).to.be.accessible();
      await choose(el, 'catalogue.json', '{ not json');
      await expect(el).to.be.accessible();
    });
  });

  it('names the preview\'s search landmark, so a page with its own search can tell the two apart', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><hcc-procedure-search .procedures=${demoProcedures()}></hcc-procedure-search></div>`);
    const el = document.createElement('hcc-procedure-import');
    el.setAttribute('preview', '');
    wrap.append(el);
    await el.updateComplete;
    await choose(el, 'catalogue.json', JSON.stringify({ procedures: demoProcedures().slice(0, 3) }));
    const preview = el.shadowRoot!.querySelector('hcc-procedure-search')!;
    await preview.updateComplete;
    expect(preview.shadowRoot!.querySelector('form[role="search"]')!.getAttribute('aria-label')).to.equal('Xem trước các thủ tục hợp lệ của tệp');
    await expect(wrap).to.be.accessible();
  });

  describe('importing', () => {
    it('rejects malformed rows with their line, code and messages, and keeps the valid ones', async () => {
      const el = await tool();
      await choose(el, 'catalogue.csv', CSV);
      expect(el.shadowRoot!.querySelector('.summary')!.textContent!.trim()).to.equal('Nhận 1 thủ tục hợp lệ, loại 2 bản ghi.');
      expect(rows(el)).to.deep.equal([
        ['3', '1.00089', 'ma_thu_tuc: cần mã thủ tục dạng 1.001193 (một chữ số, dấu chấm, sáu chữ số); nhận được "1.00089"'],
        ['4', '1.000656', 'ten_thu_tuc: thiếu trường bắt buộc (cần chuỗi ký tự) | cap_thuc_hien[0]: cần một trong: "Cấp Bộ", "Cấp Tỉnh", "Cấp Huyện", "Cấp Xã", "Cơ quan khác"; nhận được "Cấp Làng"'],
      ]);
      expect(el.shadowRoot!.querySelectorAll('thead th[scope="col"]').length).to.equal(3);
    });

    it('offers the checked catalogue for download, with only the valid procedures', async () => {
      const el = await tool();
      await choose(el, 'danh-muc.csv', CSV);
      const a = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.download')!;
      expect(a.getAttribute('download')).to.equal('danh-muc.checked.json');
      const doc = (await (await fetch(a.href)).json()) as { procedures: { ma_thu_tuc: string }[] };
      expect(doc.procedures.map((p) => p.ma_thu_tuc)).to.deep.equal(['1.001193']);
    });

    it('fires hcc-catalogue-import with the procedures and the report', async () => {
      const el = await tool();
      const ev = oneEvent(el, 'hcc-catalogue-import');
      el.importText(JSON.stringify({ procedures: demoProcedures() }), 'x.json');
      const d = (await ev).detail;
      expect(d.procedures.length).to.equal(demoProcedures().length);
      expect(d.report.rejected).to.deep.equal([]);
    });

    it('says when the file is unreadable or has no valid procedure', async () => {
      const el = await tool();
      await choose(el, 'x.json', '{ not json');
      expect(el.shadowRoot!.querySelector('.fatal')!.textContent).to.match(/^Không đọc được tệp: Tệp không phải JSON hợp lệ/);
      await choose(el, 'x.json', JSON.stringify([{ ma_thu_tuc: 'x' }]));
      expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('Tệp không có thủ tục hợp lệ nào.');
      expect(el.shadowRoot!.querySelector('a.download')).to.equal(null);
    });

    it('previews the search over the valid procedures with preview', async () => {
      const el = await tool({ preview: '' });
      await choose(el, 'x.json', JSON.stringify({ procedures: demoProcedures() }));
      const search = el.shadowRoot!.querySelector('hcc-procedure-search')!;
      await waitUntil(() => search.shadowRoot!.querySelector('.hit'));
      expect(search.shadowRoot!.querySelectorAll('.hit').length).to.be.greaterThan(5);
    });

    it('shows hostile cell values in the report as text, executing nothing', async () => {
      const xss = await loadXss();
      xss.reset();
      const hostile = xss.text.slice(0, 8).map((t, i) => `"9.${String(900000 + i)}",x,"${t.replaceAll('"', '""')}",${JSON.stringify(t).replaceAll(',', ' ')}`);
      const el = await tool();
      await choose(el, 'x.csv', ['ma_thu_tuc,ten_thu_tuc,linh_vuc,muc_do_dvctt', ...hostile].join('\n'));
      expect(rows(el).length).to.equal(8);
      expect(el.shadowRoot!.querySelectorAll('table script, table img, table svg, table iframe').length).to.equal(0);
      expect(xss.executed()).to.equal(false);
    });
  });

  describe('i18n', () => {
    it('reports in English with lang="en"', async () => {
      const el = await tool({ lang: 'en' });
      await choose(el, 'catalogue.csv', CSV);
      expect(el.shadowRoot!.querySelector('.summary')!.textContent!.trim()).to.equal('1 valid procedure accepted, 2 records rejected.');
      expect(rows(el)[1]![2]).to.contain('ten_thu_tuc: required field is missing (expected a string)');
    });
  });

  describe('cleanup', () => {
    it('revokes the download address when removed', async () => {
      const el = await tool();
      await choose(el, 'catalogue.csv', CSV);
      const href = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.download')!.href;
      el.remove();
      let failed = false;
      try {
        await fetch(href);
      } catch {
        failed = true;
      }
      expect(failed).to.equal(true);
    });
  });
});
