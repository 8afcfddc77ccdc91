import { css } from 'lit';

/**
 * Styles shared by the KPI elements: the tile frame, the freshness line and its badges, status lines,
 * buttons, tables. Sizes are in `em` of the element's font size, which a wall derives from the
 * viewport height, so everything scales with the screen.
 */
export default css`
  :host {
    display: block;
    --hcc-kpi-tile-padding: calc(var(--_s) * 2);
    --hcc-kpi-tile-radius: var(--_radius);
    --_pad: var(--hcc-kpi-tile-padding);
  }
  .tile {
    position: relative;
    block-size: 100%;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_s) * 0.75);
    padding: var(--_pad);
    background: var(--_color-surface);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--hcc-kpi-tile-radius);
    min-inline-size: 0;
    overflow: hidden;
  }
  :host([frameless]) .tile {
    border: 0;
    padding: 0;
    background: transparent;
  }
  h2,
  h3,
  .title {
    margin: 0;
    font-size: 1.05em;
    font-weight: 650;
    line-height: 1.3;
  }
  .context {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: 0.85em;
  }
  .freshness {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    font-size: 0.8em;
    color: var(--_color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .freshness .dot {
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--_color-success);
    flex: none;
  }
  .freshness .badge {
    padding: 0.05em 0.5em;
    border-radius: 999px;
    font-weight: 700;
    border: 1px solid currentColor;
  }
  .freshness[data-state='stale'] {
    color: var(--_color-warning);
  }
  .freshness[data-state='stale'] .dot {
    background: var(--_color-warning);
  }
  .freshness[data-state='stale'] .badge {
    background: var(--_color-warning-surface);
  }
  .freshness[data-state='offline'] {
    color: var(--_color-danger);
  }
  .freshness[data-state='offline'] .dot {
    background: var(--_color-danger);
    border-radius: 0;
    transform: rotate(45deg);
  }
  .freshness[data-state='offline'] .badge {
    background: var(--_color-danger-surface);
  }
  .status {
    margin: 0;
    font-size: 0.85em;
  }
  .status.error {
    color: var(--_color-danger);
  }
  .loading {
    color: var(--_color-text-muted);
  }
  .empty {
    color: var(--_color-text-muted);
    margin: 0;
  }
  button {
    font: inherit;
    font-size: 0.85em;
    color: var(--_color-text);
    background: var(--_color-surface-alt);
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) * 0.75);
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_color-text);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
    font-size: 0.9em;
  }
  caption {
    text-align: start;
    font-weight: 650;
    padding-block-end: 0.25em;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
  }
  td.num,
  th.num {
    text-align: end;
    white-space: nowrap;
  }
  .good {
    color: var(--_color-success);
  }
  .bad {
    color: var(--_color-danger);
  }
  .neutral {
    color: var(--_color-text-muted);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .tile {
      border-color: CanvasText;
    }
    .freshness .dot {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .freshness[data-state='offline'],
    .freshness[data-state='stale'],
    .status.error,
    .good,
    .bad {
      color: CanvasText;
    }
  }
  @media print {
    .tile {
      break-inside: avoid;
      border-color: #000;
    }
    button {
      display: none !important;
    }
  }
`;
