import { css } from 'lit';

export default css`
  :host {
    --hcc-kpi-card-value-size: 2.6em;
    container-type: inline-size;
  }
  .figure {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }
  .value {
    margin: 0;
    /* Scales with the card's width too: a single card on a wall page is at least 10vh tall. */
    font-size: max(var(--hcc-kpi-card-value-size), 12cqi);
    font-weight: 750;
    line-height: 1.05;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
    white-space: nowrap;
  }
  .trend {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.4em;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .trend .arrow {
    font-size: 0.8em;
  }
  .trend .vs {
    font-weight: 400;
    font-size: 0.8em;
    color: var(--_color-text-muted);
  }
  .target {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    font-size: 0.9em;
  }
  .target .verdict {
    font-weight: 650;
  }
  .spark {
    margin: 0;
    margin-block-start: auto;
  }
  .spark svg {
    display: block;
    inline-size: 100%;
    block-size: var(--hcc-kpi-card-sparkline-height, 3em);
    overflow: visible;
  }
  /* Strokes in em: as thick relative to the text on a 4K wall as on a laptop. */
  .spark .line {
    fill: none;
    stroke: var(--_color-chart-1);
    stroke-width: max(2px, 0.12em);
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .spark .line.partial {
    stroke-dasharray: 0.25em 0.25em;
  }
  .partial-key::before {
    content: '';
    display: inline-block;
    inline-size: 1.5em;
    vertical-align: middle;
    border-block-start: 2px dashed currentColor;
    margin-inline-end: 0.3em;
  }
  .spark .area {
    fill: var(--_color-chart-1);
    fill-opacity: 0.12;
    stroke: none;
  }
  .spark .target-line {
    stroke: var(--_color-text);
    stroke-width: max(1.5px, 0.08em);
    stroke-dasharray: 0.35em 0.25em;
    vector-effect: non-scaling-stroke;
  }
  .spark .last {
    stroke: var(--_color-chart-1);
    stroke-width: max(8px, 0.4em);
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  figcaption {
    font-size: 0.75em;
    color: var(--_color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  a {
    color: inherit;
  }
  .board .target {
    font-size: 0.8em;
  }
  .board .trend .vs {
    font-size: 0.75em;
  }
  .board .spark svg {
    block-size: var(--hcc-kpi-card-sparkline-height, 1.7em);
  }
  .board {
    gap: 0.3em;
  }
  @container (max-width: 14em) {
    .value {
      font-size: calc(var(--hcc-kpi-card-value-size) * 0.8);
    }
  }
  @media (forced-colors: active) {
    .spark .line,
    .spark .last,
    .spark .target-line {
      stroke: CanvasText;
    }
    .spark .line.partial {
    stroke-dasharray: 0.25em 0.25em;
  }
  .partial-key::before {
    content: '';
    display: inline-block;
    inline-size: 1.5em;
    vertical-align: middle;
    border-block-start: 2px dashed currentColor;
    margin-inline-end: 0.3em;
  }
  .spark .area {
      fill: none;
    }
  }
`;
