/**
 * The KPI family: leadership screens and public results. Importing this module registers
 * `<hcc-kpi-card>`. Chart.js is loaded only when the first chart renders.
 */
export { HccKpiCard } from './components/kpi-card/kpi-card.js';
export { HccKpiChart, sortModel, type KpiDrillDetail, type KpiExportDetail } from './components/kpi-chart/kpi-chart.js';
export { HccKpi766 } from './components/kpi-766/kpi-766.js';
export { HccKpiRanking, rankingRows, type RankingRow } from './components/kpi-ranking/kpi-ranking.js';
export { HccKpiPage } from './components/kpi-page/kpi-page.js';
export { HccKpiWall, DEFAULT_WALL_PAGES, type WallPageId, type WallPageDetail } from './components/kpi-wall/kpi-wall.js';
