/**
 * The KPI family: leadership screens and public results. Importing this module registers
 * `<hcc-kpi-card>`, `<hcc-kpi-chart>`, `<hcc-kpi-766>`, `<hcc-kpi-ranking>`, `<hcc-kpi-page>`,
 * `<hcc-kpi-wall>` and `<hcc-kpi-results>`. Chart.js is loaded only when the first chart renders.
 */
export { HccKpiCard } from './components/kpi-card/kpi-card.js';
export { HccKpiChart, sortModel, type KpiDrillDetail, type KpiExportDetail } from './components/kpi-chart/kpi-chart.js';
export { HccKpi766 } from './components/kpi-766/kpi-766.js';
export { HccKpiRanking, rankingRows, type RankingRow } from './components/kpi-ranking/kpi-ranking.js';
export { HccKpiPage } from './components/kpi-page/kpi-page.js';
export { HccKpiWall, DEFAULT_WALL_PAGES, type WallPageId, type WallPageDetail } from './components/kpi-wall/kpi-wall.js';
export { HccKpiResults } from './components/kpi-results/kpi-results.js';
export { KpiResultsDocument, resultsDocument, documentValues, PUBLIC_METRICS } from './components/kpi-results/results-document.js';
export { type KpiErrorDetail, DEFAULT_REFRESH_MS } from './components/kpi-common/kpi-element.js';
export { freshnessOf, STALE_AFTER_INTERVALS, type Freshness, type FreshnessInput } from './components/kpi-common/freshness.js';
export { parseDuration, parseGroupBy, parseMetrics, parseTarget } from './components/kpi-common/attrs.js';
export { type KpiScope } from './components/kpi-common/context.js';
export { chartModel, chartTable, summarize, toCsv, formatValue, type ChartModel, type ChartSeries, type ChartCategory, type ChartTable, type CsvOptions } from './charts/chart-model.js';
export { buildChartConfig, CHART_KINDS, type ChartKind, type ChartBuildOptions, type HccChartConfig } from './charts/chart-config.js';
export { DEFAULT_CHART_TOKENS, readChartTokens, type ChartTokens } from './charts/theme-tokens.js';
export { loadChartJs } from './charts/load-chart.js';
export { KpiDataController, type KpiDataRequest, type KpiDataOptions, type KpiDataStatus } from './controllers/kpi-data.js';
export { setKpiRunner, kpiRunner, mainThreadRunner, createWorkerRunner, type KpiRunner, type DisposableRunner, type WorkerRunnerOptions } from './controllers/kpi-data-runner.js';
export { resolvePeriod, periodLabel, RELATIVE_PERIODS, type PeriodSpec, type ResolvedPeriod, type RelativePeriod } from './controllers/kpi-data-period.js';
export { kpiDatasets, loadKpiDataset, rankedUnits, unitScope, type KpiDataset, type KpiLabels } from './controllers/kpi-data-loader.js';
