import { css } from 'lit';

export default css`
  :host {
    --hcc-kpi-766-gauge-size: 14em;
    container-type: inline-size;
  }
  .body {
    display: grid;
    gap: calc(var(--_s) * 1.5);
  }
  /* Wide tiles (a wall page, a desktop) put the overview beside the groups. */
  @container (min-width: 34em) {
    .body {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
    }
    .overview {
      flex-direction: column;
      align-items: stretch;
    }
    .gauge {
      inline-size: 100%;
      max-inline-size: var(--hcc-kpi-766-gauge-size);
      align-self: center;
    }
  }
  header {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    align-items: flex-start;
  }
  .overview {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_s) * 2);
  }
  .gauge {
    inline-size: var(--hcc-kpi-766-gauge-size);
    max-inline-size: 100%;
    block-size: auto;
    flex: none;
  }
  .gauge .track {
    fill: var(--_color-surface-alt);
    stroke: var(--_color-border);
    stroke-width: 1;
  }
  .gauge .value {
    fill: var(--_color-chart-1);
  }
  .gauge .tick {
    stroke: var(--_color-text);
    stroke-width: 2;
  }
  .gauge .big {
    font-size: 34px;
    font-weight: 750;
    fill: var(--_color-text);
    font-variant-numeric: tabular-nums;
  }
  .gauge .small {
    font-size: 15px;
    fill: var(--_color-text-muted);
  }
  .facts {
    display: grid;
    gap: 0.35em;
    margin: 0;
    min-inline-size: 12em;
    flex: 1;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    align-items: baseline;
  }
  .facts dt {
    color: var(--_color-text-muted);
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .facts .total strong {
    font-size: 1.6em;
  }
  .facts .total span {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .facts .note dd {
    font-weight: 400;
    font-size: 0.85em;
    color: var(--_color-text-muted);
  }
  .groups th[scope='row'] {
    font-weight: 500;
  }
  .groups tr.worst th[scope='row'] {
    font-weight: 700;
  }
  .tag,
  .status-tag {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.45em;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 650;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .tag {
    color: var(--_color-danger);
    background: var(--_color-danger-surface);
  }
  .status-tag {
    color: var(--_color-text-muted);
    font-weight: 500;
  }
  .groups-wrap {
    container-type: inline-size;
    min-inline-size: 0;
  }
  .bar-col {
    inline-size: 30%;
    min-inline-size: 4em;
  }
  @container (max-width: 26em) {
    .bar-col {
      display: none;
    }
  }
  .bar {
    display: flex;
    block-size: 0.9em;
    background: var(--_color-surface-alt);
    border: 1px solid var(--_color-border);
    border-radius: 3px;
    overflow: hidden;
  }
  .bar .fill {
    background: var(--_color-chart-1);
  }
  /* Points lost: hatched, so the loss reads without colour. */
  .bar .lost {
    background: repeating-linear-gradient(45deg, var(--_color-chart-6) 0 3px, transparent 3px 6px);
  }
  button.disclose,
  button.link,
  button.back {
    background: none;
    border: 0;
    padding: 0.2em 0;
    min-block-size: 44px;
    text-align: start;
    font-size: 1em;
    font-weight: inherit;
    color: inherit;
  }
  button.link {
    text-decoration: underline;
    color: var(--_color-brand);
  }
  button.back {
    color: var(--_color-brand);
    font-size: 0.85em;
  }
  .chev {
    display: inline-block;
    inline-size: 1em;
  }
  tr.detail > td {
    background: var(--_color-surface-alt);
    padding: 0.5em;
  }
  .indicators {
    font-size: 0.9em;
  }
  .units h3 {
    font-size: 0.95em;
    margin: 0.75em 0 0.25em;
  }
  .units ol {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: 0.1em;
  }
  .units li .num {
    margin-inline-start: 0.5em;
    font-variant-numeric: tabular-nums;
  }
  .band-note {
    margin: 0;
    font-size: 0.75em;
    color: var(--_color-text-muted);
  }
  @media (forced-colors: active) {
    .gauge .value,
    .bar .fill {
      fill: CanvasText;
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
