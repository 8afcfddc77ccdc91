import { css } from 'lit';

/*
 * Wall text is sized from the viewport height, so a 1080p and a 4K screen show the same layout at the
 * same physical size without browser zoom: 3.2vh is 35 px on 1080p (about 2.2 cm on a 55" screen,
 * legible from 3 m) and 69 px on 4K. Every tile's sizes are in em of this.
 */
export default css`
  :host {
    display: block;
    --hcc-font-size: var(--hcc-kpi-wall-font-size, max(16px, 3.2vh));
    /* Spacing and corners scale with the screen too, so 4K is 1080p at twice the size. */
    --hcc-space: var(--hcc-kpi-wall-space, max(8px, 0.75vh));
    --hcc-radius: var(--hcc-kpi-wall-radius, max(8px, 0.75vh));
    --_margin: var(--hcc-kpi-wall-margin, 2.5vh 2.5vw);
    block-size: var(--hcc-kpi-wall-height, 100vh);
    background: var(--_color-surface-alt);
    color: var(--_color-text);
    overflow: hidden;
  }
  :host([kiosk]) {
    cursor: none;
  }
  .wall {
    box-sizing: border-box;
    block-size: 100%;
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr) auto;
    gap: 1.2vh;
    padding: var(--_margin);
  }
  .header {
    display: flex;
    align-items: flex-end;
    justify-content: space-between;
    gap: 2vw;
    border-block-end: 0.35vh solid var(--_color-brand);
    padding-block-end: 0.6vh;
  }
  h1 {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.2;
    font-weight: 750;
  }
  .period {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: 0.85em;
  }
  .page-name {
    color: var(--_color-text);
    font-weight: 650;
  }
  .clock {
    margin: 0;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .clock .time {
    font-size: 1.6em;
    font-weight: 750;
    line-height: 1;
  }
  .clock .date {
    font-size: 0.75em;
    color: var(--_color-text-muted);
  }
  .banner {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.6em;
    padding: 0.4em 0.8em;
    border-radius: var(--_radius);
    background: var(--_color-danger-surface);
    color: var(--_color-danger);
    border: 2px solid currentColor;
    font-weight: 650;
  }
  .banner .icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.3em;
    block-size: 1.3em;
    border-radius: 50%;
    background: var(--_color-danger);
    color: var(--_color-surface);
    font-weight: 800;
  }
  .header {
    grid-row: 1;
  }
  .banner {
    grid-row: 2;
  }
  .footer {
    grid-row: 4;
  }
  .pages {
    grid-row: 3;
    position: relative;
    min-block-size: 0;
    display: grid;
  }
  .pages > *,
  ::slotted(*) {
    grid-area: 1 / 1;
    min-block-size: 0;
  }
  .page[hidden],
  ::slotted([hidden]) {
    display: none !important;
  }
  hcc-kpi-page {
    --hcc-kpi-page-gap: 1.5vh;
  }
  .footer {
    min-block-size: 0;
  }
  .indicator {
    margin: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.6em;
    font-size: 0.7em;
    color: var(--_color-text-muted);
  }
  .dots {
    display: inline-flex;
    gap: 0.4em;
  }
  .dot {
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    border: 2px solid var(--_color-text-muted);
  }
  .dot.on {
    background: var(--_color-text);
    border-color: var(--_color-text);
  }
  .controls {
    display: flex;
    align-items: center;
    justify-content: center;
    flex-wrap: wrap;
    gap: 0.5em;
    font-size: 0.6em;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  button {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.3em 0.8em;
    min-block-size: 44px;
    min-inline-size: 44px;
    cursor: pointer;
  }
  button[aria-current='page'],
  button[aria-pressed='true'] {
    background: var(--_color-brand);
    color: var(--_color-on-brand);
    border-color: var(--_color-brand);
  }
  @media (forced-colors: active) {
    .header {
      border-color: CanvasText;
    }
    .dot.on {
      background: CanvasText;
      forced-color-adjust: none;
    }
    button[aria-current='page'],
    button[aria-pressed='true'] {
      border: 3px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    :host {
      block-size: auto;
      overflow: visible;
      background: none;
    }
    .page[hidden],
    ::slotted([hidden]) {
      display: grid !important;
    }
    .pages > *,
    ::slotted(*) {
      grid-area: auto;
      break-after: page;
    }
    .footer {
      display: none;
    }
  }
`;
