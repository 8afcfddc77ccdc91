import { css } from 'lit';

export default css`
  :host {
    --hcc-kpi-chart-height: 18em;
  }
  header {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }
  .canvas-box {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 8em;
    block-size: var(--hcc-kpi-chart-height);
    inline-size: 100%;
    border-radius: calc(var(--_radius) * 0.5);
  }
  /* On a wall the chart takes whatever height its tile has left. */
  .board .canvas-box {
    block-size: auto;
    flex: 1 1 0;
    min-block-size: 4em;
  }
  .canvas-box.empty {
    display: none;
  }
  /* Our ResizeObserver sizes the chart to this box; the canvas never sizes the box. */
  canvas {
    position: absolute;
    inset: 0;
    display: block;
  }
  .summary {
    margin: 0;
    font-size: 0.85em;
    color: var(--_color-text-muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_s) * 0.75);
  }
  .table-wrap:not(.visually-hidden) {
    max-block-size: 24em;
    overflow: auto;
  }
  @media print {
    :host {
      display: block !important;
      inline-size: auto !important;
    }
    .tile {
      overflow: visible;
      block-size: auto;
    }
    /* Chart.js fixes the canvas size in pixels; print scales its bitmap to the page width instead. */
    .canvas-box {
      block-size: auto !important;
      min-block-size: 0;
    }
    canvas {
      position: static !important;
      inline-size: 100% !important;
      block-size: auto !important;
      max-inline-size: 100% !important;
    }
    .summary {
      color: #000;
    }
  }
`;
