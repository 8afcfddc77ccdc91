import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/procedure.js';
import { halongOrg } from '../src/data/seed/index.js';
import { syntheticCatalogue } from '../bench/pages/search-catalogue.js';
import type { Procedure } from '../src/data/schemas/procedure.js';
import { PendingSource, storySource, useSource } from './procedure-story-data.js';

interface Args {
  query: string;
  'linh-vuc': string;
  online: string;
  'page-size': number;
}

const meta: Meta<Args> = {
  title: 'Components/Procedure/Search',
  component: 'hcc-procedure-search',
  args: { query: '', 'linh-vuc': '', online: '', 'page-size': 10 },
  argTypes: {
    online: { control: 'select', options: ['', 'co', 'toan_trinh', 'mot_phan', 'khong'] },
  },
  decorators: [
    (story) => {
      useSource();
      return story();
    },
  ],
  render: (a) => html`<hcc-procedure-search query=${a.query} linh-vuc=${a['linh-vuc']} online=${a.online} page-size=${a['page-size']}></hcc-procedure-search>`,
};
export default meta;
type Story = StoryObj<Args>;

/** No query yet: the most used procedures, filters to browse. */
export const Default: Story = {};

/** Typed without diacritics: "dang ky ket hon" finds Đăng ký kết hôn first, matches highlighted. */
export const NoDiacritics: Story = { args: { query: 'dang ky ket hon' } };

/** A typo ("khia" for "khai") and an abbreviation ("cccd"). */
export const TyposAndAbbreviations: Story = { args: { query: 'khia tu' } };

/** Words found in the record's documents, not its title: the snippet says where. */
export const FoundInBody: Story = { args: { query: 'khai sinh giay chung sinh' } };

/** Filtered to one lĩnh vực and to what can be submitted online. */
export const Filtered: Story = { args: { 'linh-vuc': 'Đất đai', online: 'co' } };

/** Nothing matches: advice and a button to clear the filters. */
export const NoResults: Story = { args: { query: 'giay phep kinh doanh karaoke', 'linh-vuc': 'Hộ tịch' } };

/** While the catalogue loads. */
export const Loading: Story = {
  decorators: [
    (story) => {
      useSource(new PendingSource({ org: halongOrg() }));
      return story();
    },
  ],
};

/** The catalogue could not be loaded: message and retry. */
export const LoadError: Story = {
  decorators: [
    (story) => {
      const s = storySource();
      s.failNext('network');
      useSource(s);
      return story();
    },
  ],
};

/** 2,000 procedures (SYNTHETIC titles from the benchmark, made-up 9.xxxxxx codes). */
export const LargeCatalogue: Story = {
  args: { query: 'cap lai cccd' },
  render: (a) => {
    const procedures: Procedure[] = syntheticCatalogue(2000).map((p) => ({
      ...p,
      cap_thuc_hien: p.cap_thuc_hien as Procedure['cap_thuc_hien'],
      muc_do_dvctt: p.muc_do_dvctt as Procedure['muc_do_dvctt'],
      trinh_tu_thuc_hien: [], cach_thuc_thuc_hien: [], thanh_phan_ho_so: [], doi_tuong_thuc_hien: [], co_quan_thuc_hien: [], ket_qua_thuc_hien: [], can_cu_phap_ly: [],
    }));
    return html`<hcc-procedure-search query=${a.query} page-size=${a['page-size']} .procedures=${procedures}></hcc-procedure-search>`;
  },
};

/** English interface; titles stay as published. */
export const English: Story = { args: { query: 'tam tru' }, render: (a) => html`<hcc-procedure-search lang="en" query=${a.query}></hcc-procedure-search>` };
