import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { HccElement } from '../../internal/base-element.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';

/**
 * @summary One page of a `<hcc-kpi-wall>`: a titled grid of KPI tiles.
 *
 * @description Lays its children out in a grid of `columns` × `rows` that fills the page; a child
 * may span several cells with `data-span="2"` (columns) or `data-rows="2"`. The wall shows one page at
 * a time and names the current one by its `label`.
 *
 * @slot - The tiles (`<hcc-kpi-card>`, `<hcc-kpi-chart>`, `<hcc-kpi-766>`, `<hcc-kpi-ranking>` or any element).
 * @cssproperty --hcc-kpi-page-gap - Space between tiles (default 1.5vh on a wall).
 * @status experimental
 */
export class HccKpiPage extends HccElement {
  static override styles = [
    tokenStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: repeat(var(--_cols), minmax(0, 1fr));
        grid-template-rows: repeat(var(--_rows), minmax(0, 1fr));
        gap: var(--hcc-kpi-page-gap, calc(var(--_s) * 2));
        min-block-size: 0;
        block-size: 100%;
        --_cols: 3;
        --_rows: 2;
      }
      ::slotted(*) {
        min-inline-size: 0;
        min-block-size: 0;
      }
      ::slotted([data-span='2']) {
        grid-column: span 2;
      }
      ::slotted([data-span='3']) {
        grid-column: span 3;
      }
      ::slotted([data-rows='2']) {
        grid-row: span 2;
      }
      @media print {
        :host {
          display: block;
          block-size: auto;
        }
      }
    `,
  ];

  /** Name of the page, shown by the wall (e.g. `Tổng quan`). */
  @property() label = '';
  /** Columns of the grid (default 3). */
  @property({ type: Number }) columns = 3;
  /** Rows of the grid (default 2). */
  @property({ type: Number }) rows = 2;

  protected override updated(): void {
    this.style.setProperty('--_cols', String(Math.max(1, this.columns)));
    this.style.setProperty('--_rows', String(Math.max(1, this.rows)));
  }

  override render() {
    return html`<slot></slot>`;
  }
}

define('hcc-kpi-page', HccKpiPage);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-kpi-page': HccKpiPage;
  }
}
