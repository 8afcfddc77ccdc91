/**
 * Shared input of the chart bench pages: a stacked bar chart of early / on-time / late dossiers by
 * month (three series) and a year of daily on-time rates (one long line), deterministic.
 */
import type { ChartModel } from '../../src/charts/chart-model.js';

/** Months × three count series, shifted by `seed` so successive updates differ. */
export function monthlyModel(seed: number, months = 12): ChartModel {
  const categories = Array.from({ length: months }, (_, i) => ({ key: `2026-${String((i % 12) + 1).padStart(2, '0')}`, label: `${String((i % 12) + 1).padStart(2, '0')}/2026` }));
  const v = (base: number, i: number) => Math.round(base + ((i * 37 + seed * 11) % 97) * 9);
  return {
    unit: 'count',
    categoryDim: 'month',
    timeUnit: 'month',
    categories,
    series: [
      { key: 'early', label: 'Hồ sơ trước hạn', metric: 'early', values: categories.map((_, i) => v(2000, i)) },
      { key: 'onTime', label: 'Hồ sơ đúng hạn', metric: 'onTime', values: categories.map((_, i) => v(700, i + 3)) },
      { key: 'late', label: 'Hồ sơ quá hạn', metric: 'late', values: categories.map((_, i) => v(30, i + 7) % 120) },
    ],
    omitted: [],
  };
}

/** 365 daily rates (one series). */
export function dailyModel(seed: number): ChartModel {
  const categories = Array.from({ length: 365 }, (_, i) => {
    const d = new Date(Date.UTC(2026, 0, 1 + i));
    const dd = String(d.getUTCDate()).padStart(2, '0');
    const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
    return { key: `2026-${mm}-${dd}`, label: `${dd}/${mm}/2026` };
  });
  return {
    unit: 'ratio',
    categoryDim: 'day',
    timeUnit: 'day',
    categories,
    series: [{ key: 'onTimeRate', label: 'Tỷ lệ trước hạn, đúng hạn', metric: 'onTimeRate', values: categories.map((_, i) => 0.9 + (((i * 13 + seed * 7) % 100) / 1000)) }],
    omitted: [],
  };
}

/** A container of the page, `width` × `height` CSS px. */
export function box(width: number, height: number): HTMLDivElement {
  const div = document.createElement('div');
  div.style.cssText = `width:${width}px;height:${height}px;position:relative`;
  document.body.append(div);
  return div;
}

/** Resolves after two animation frames (the browser has laid out and painted). */
export function frames(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}
