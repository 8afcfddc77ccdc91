import type { Chart, ChartType, Plugin } from 'chart.js';

/**
 * Our Chart.js plugins, in Chart.js's own plugin shape. They hold no state of their own (everything is
 * in the chart's options), so one object serves every chart.
 */

/** Options of the `hccTarget` plugin: a dashed target line across the value axis, with its label. */
export interface TargetLineOptions {
  /** Target in the metric's raw unit (a 0–1 ratio for rates); no line when absent. */
  value?: number;
  label?: string;
  color?: string;
  font?: { family?: string; size?: number };
}

/** Options of the `hccBackground` plugin: fills the canvas before drawing (exports are not transparent). */
export interface BackgroundOptions {
  color?: string;
}

declare module 'chart.js' {
  // The type parameter must match Chart.js's declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    /** Target line (hcc-widgets). */
    hccTarget?: TargetLineOptions;
    /** Canvas background (hcc-widgets). */
    hccBackground?: BackgroundOptions;
  }
}

/** Draws the target line after the datasets, on the value axis (`y`, or `x` for horizontal bars). */
export const targetLinePlugin: Plugin = {
  id: 'hccTarget',
  afterDatasetsDraw(chart: Chart, _args, options: TargetLineOptions) {
    const value = options?.value;
    if (value === undefined || !Number.isFinite(value)) return;
    const horizontal = chart.options.indexAxis === 'y';
    const scale = chart.scales[horizontal ? 'x' : 'y'];
    if (!scale) return;
    const area = chart.chartArea;
    const at = scale.getPixelForValue(value);
    const ctx = chart.ctx;
    const color = options.color ?? '#000';
    ctx.save();
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    if (horizontal) {
      if (at < area.left || at > area.right) return void ctx.restore();
      ctx.moveTo(at, area.top);
      ctx.lineTo(at, area.bottom);
    } else {
      if (at < area.top || at > area.bottom) return void ctx.restore();
      ctx.moveTo(area.left, at);
      ctx.lineTo(area.right, at);
    }
    ctx.stroke();
    if (options.label) {
      const size = options.font?.size ?? 12;
      ctx.setLineDash([]);
      ctx.font = `600 ${size}px ${options.font?.family ?? 'sans-serif'}`;
      ctx.fillStyle = color;
      ctx.textBaseline = 'bottom';
      if (horizontal) {
        ctx.textAlign = 'left';
        ctx.fillText(options.label, Math.min(at + 4, area.right - ctx.measureText(options.label).width), area.top + size + 2);
      } else {
        ctx.textAlign = 'right';
        ctx.fillText(options.label, area.right, at - 3);
      }
    }
    ctx.restore();
  },
};

/** Fills the whole canvas with the surface colour before anything else is drawn. */
export const backgroundPlugin: Plugin = {
  id: 'hccBackground',
  beforeDraw(chart: Chart, _args, options: BackgroundOptions) {
    if (!options?.color) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = options.color;
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};
