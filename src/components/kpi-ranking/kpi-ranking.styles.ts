import { css } from 'lit';

export default css`
  :host {
    --hcc-kpi-ranking-bar-color: var(--_color-chart-1);
  }
  header {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(var(--_cols, 1), minmax(0, 1fr));
    gap: 0 calc(var(--_s) * 3);
    align-items: start;
  }
  .col {
    container-type: inline-size;
    min-inline-size: 0;
  }
  th[scope='row'] {
    font-weight: 500;
  }
  /* Narrow columns drop the bars; the rank and the value carry the comparison. */
  @container (max-width: 24em) {
    .bar-col {
      display: none;
    }
  }
  .board th[scope='row'] {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    max-inline-size: 0;
    inline-size: 100%;
  }
  .board table {
    font-size: 0.85em;
  }
  .board.cols-3 table {
    font-size: 0.82em;
  }
  td,
  th {
    padding-block: 0.2em;
  }
  .rank {
    inline-size: 2.5em;
    color: var(--_color-text-muted);
  }
  .bar-col {
    inline-size: 28%;
  }
  .bar {
    display: block;
    block-size: 0.8em;
    background: var(--_color-surface-alt);
    border-radius: 2px;
    overflow: hidden;
  }
  .bar .fill {
    display: block;
    block-size: 100%;
    background: var(--hcc-kpi-ranking-bar-color);
  }
  tr.miss .bar .fill {
    background: repeating-linear-gradient(45deg, var(--_color-chart-6) 0 3px, transparent 3px 6px);
    border: 1px solid var(--_color-chart-6);
  }
  .value {
    font-weight: 650;
  }
  th .unit {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .miss-mark {
    color: var(--_color-danger);
  }
  button.link {
    background: none;
    border: 0;
    padding: 0;
    min-block-size: 24px;
    min-inline-size: 0;
    font-size: 1em;
    text-align: start;
    color: var(--_color-brand);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    .bar .fill {
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
