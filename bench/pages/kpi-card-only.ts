/**
 * Bench page: a page with KPI cards only (no chart): what it ships when `<hcc-kpi-card>` is all it uses.
 * Chart.js must not be part of it.
 */
import '../../src/components/kpi-card/kpi-card.js';

/** Renders a property-fed card. */
export function ready(): void {
  const el = document.createElement('hcc-kpi-card');
  el.metric = 'onTimeRate';
  el.value = 0.97;
  document.body.append(el);
}
