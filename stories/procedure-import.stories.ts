import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/procedure.js';
import type { HccProcedureImport } from '../src/components/procedure/procedure-import.js';

const meta: Meta = { title: 'Components/Procedure/Catalogue import', component: 'hcc-procedure-import' };
export default meta;

/** Choose a JSON or CSV export; the report lists rejected rows. */
export const Default: StoryObj = { render: () => html`<hcc-procedure-import preview></hcc-procedure-import>` };

const SAMPLE = [
  'Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Mức độ;Trình tự thực hiện;Thành phần hồ sơ',
  '1.001193;Đăng ký khai sinh;Hộ tịch;Cấp Xã;Toàn trình;"Bước 1: Nộp hồ sơ.\nBước 2: Nhận kết quả.";"Tờ khai | 1 | 0 | bắt buộc\nGiấy chứng sinh | 1 | 0 | bắt buộc"',
  '1.00089;Đăng ký kết hôn;Hộ tịch;Cấp Xã;Một phần;Bước 1;',
  '1.000656;;Hộ tịch;Cấp Làng;;Bước 1;',
].join('\n');

/** A CSV with two malformed rows, already read. */
export const WithRejectedRows: StoryObj = {
  render: () => html`<hcc-procedure-import preview ${ref((el) => el && (el as HccProcedureImport).importText(SAMPLE, 'danh-muc.csv'))}></hcc-procedure-import>`,
};
