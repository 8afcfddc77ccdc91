/**
 * The KPI family: leadership screens and public results. Importing this module registers
 * `<hcc-kpi-card>`. Chart.js is loaded only when the first chart renders.
 */
export { HccKpiCard } from './components/kpi-card/kpi-card.js';
export { HccKpiChart, sortModel, type KpiDrillDetail, type KpiExportDetail } from './components/kpi-chart/kpi-chart.js';
