/**
 * React wrappers of every hcc widget, made with `@lit/react` (`import { RatingForm } from
 * 'hcc-widgets/react'`). Importing this module registers every element. Properties are set as
 * element properties (objects and arrays included, not attributes), and each event has a typed
 * `on…` prop: `hcc-rating-stored` → `onRatingStored`, `hcc-data-error` → `onDataError`.
 *
 * `react` (18 or later) and `@lit/react` are optional peer dependencies: install them in the React
 * application that imports this entry.
 *
 * ```tsx
 * import { DataSource, RatingForm } from 'hcc-widgets/react';
 *
 * <DataSource api="https://hcc.example.vn/api/v1">
 *   <RatingForm unitId="hl-tthcc" counterId="hl-tthcc-q01" onRatingStored={(e) => console.log(e.detail)} />
 * </DataSource>
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { HccDataSource } from './data-source.js';
import { HccRatingForm, type RatingErrorDetail } from './rating.js';
import { HccCounterConsole, HccQueueBoard } from './queue.js';
import { HccKpi766, HccKpiCard, HccKpiChart, HccKpiPage, HccKpiRanking, HccKpiResults, HccKpiWall, type KpiErrorDetail } from './kpi.js';
import { HccDossierStatus, HccProcedureGuide, HccProcedureImport, HccProcedureSearch, HccQrCode, type GuideDataErrorDetail, type SearchDataErrorDetail } from './procedure.js';
import type { DataError } from './data/errors.js';

type Ev<K extends keyof GlobalEventHandlersEventMap> = EventName<GlobalEventHandlersEventMap[K]>;

/** Events every data-bound KPI element emits. */
const kpiEvents = {
  onDataError: 'hcc-data-error' as EventName<CustomEvent<KpiErrorDetail>>,
  onKpiLoad: 'hcc-kpi-load' as Ev<'hcc-kpi-load'>,
  onKpiFreshness: 'hcc-kpi-freshness' as Ev<'hcc-kpi-freshness'>,
};

/** `<hcc-data-source>`: points the widgets inside it at a back end (`api`, `proceduresSrc`). */
export const DataSource = createComponent({ react: React, tagName: 'hcc-data-source', elementClass: HccDataSource, displayName: 'HccDataSource' });

/** `<hcc-rating-form>`: the satisfaction form of the tablet at a counter. */
export const RatingForm = createComponent({
  react: React,
  tagName: 'hcc-rating-form',
  elementClass: HccRatingForm,
  displayName: 'HccRatingForm',
  events: {
    onRatingSubmit: 'hcc-rating-submit' as Ev<'hcc-rating-submit'>,
    onRatingStored: 'hcc-rating-stored' as Ev<'hcc-rating-stored'>,
    onRatingSynced: 'hcc-rating-synced' as Ev<'hcc-rating-synced'>,
    onRatingSuppressed: 'hcc-rating-suppressed' as Ev<'hcc-rating-suppressed'>,
    onRatingRejected: 'hcc-rating-rejected' as Ev<'hcc-rating-rejected'>,
    onRatingError: 'hcc-rating-error' as Ev<'hcc-rating-error'>,
    onDataError: 'hcc-data-error' as EventName<CustomEvent<RatingErrorDetail>>,
    onSyncState: 'hcc-sync-state' as Ev<'hcc-sync-state'>,
    onChange: 'change',
    onInput: 'input',
  },
});

/** `<hcc-queue-board>`: the hall screen. */
export const QueueBoard = createComponent({
  react: React,
  tagName: 'hcc-queue-board',
  elementClass: HccQueueBoard,
  displayName: 'HccQueueBoard',
  events: {
    onTicketCalled: 'hcc-ticket-called' as Ev<'hcc-ticket-called'>,
    onConnectionState: 'hcc-connection-state' as Ev<'hcc-connection-state'>,
    onAudioState: 'hcc-audio-state' as Ev<'hcc-audio-state'>,
    onDataRejected: 'hcc-data-rejected' as Ev<'hcc-data-rejected'>,
    onReload: 'hcc-reload' as Ev<'hcc-reload'>,
  },
});

/** `<hcc-counter-console>`: an officer's console for one counter. */
export const CounterConsole = createComponent({
  react: React,
  tagName: 'hcc-counter-console',
  elementClass: HccCounterConsole,
  displayName: 'HccCounterConsole',
  events: { onCommand: 'hcc-command' as Ev<'hcc-command'>, onDataRejected: 'hcc-data-rejected' as Ev<'hcc-data-rejected'> },
});

/** `<hcc-kpi-card>`: one KPI with trend, target and sparkline. */
export const KpiCard = createComponent({ react: React, tagName: 'hcc-kpi-card', elementClass: HccKpiCard, displayName: 'HccKpiCard', events: kpiEvents });

/** `<hcc-kpi-chart>`: a KPI chart that is readable without seeing it. */
export const KpiChart = createComponent({
  react: React,
  tagName: 'hcc-kpi-chart',
  elementClass: HccKpiChart,
  displayName: 'HccKpiChart',
  events: { ...kpiEvents, onKpiDrill: 'hcc-kpi-drill' as Ev<'hcc-kpi-drill'>, onKpiExport: 'hcc-kpi-export' as Ev<'hcc-kpi-export'> },
});

/** `<hcc-kpi-766>`: the Decision 766 scorecard. */
export const Kpi766 = createComponent({
  react: React,
  tagName: 'hcc-kpi-766',
  elementClass: HccKpi766,
  displayName: 'HccKpi766',
  events: { ...kpiEvents, onKpiDrill: 'hcc-kpi-drill' as Ev<'hcc-kpi-drill'> },
});

/** `<hcc-kpi-ranking>`: units ranked by a KPI. */
export const KpiRanking = createComponent({
  react: React,
  tagName: 'hcc-kpi-ranking',
  elementClass: HccKpiRanking,
  displayName: 'HccKpiRanking',
  events: { ...kpiEvents, onKpiDrill: 'hcc-kpi-drill' as Ev<'hcc-kpi-drill'> },
});

/** `<hcc-kpi-results>`: the public results block of a city website. */
export const KpiResults = createComponent({
  react: React,
  tagName: 'hcc-kpi-results',
  elementClass: HccKpiResults,
  displayName: 'HccKpiResults',
  events: { onDataError: kpiEvents.onDataError },
});

/** `<hcc-kpi-page>`: one page of a `<hcc-kpi-wall>`. */
export const KpiPage = createComponent({ react: React, tagName: 'hcc-kpi-page', elementClass: HccKpiPage, displayName: 'HccKpiPage' });

/** `<hcc-kpi-wall>`: the leadership wall. */
export const KpiWall = createComponent({
  react: React,
  tagName: 'hcc-kpi-wall',
  elementClass: HccKpiWall,
  displayName: 'HccKpiWall',
  events: { onKpiPageChange: 'hcc-kpi-page-change' as Ev<'hcc-kpi-page-change'> },
});

/** `<hcc-procedure-search>`: instant search over the procedure catalogue. */
export const ProcedureSearch = createComponent({
  react: React,
  tagName: 'hcc-procedure-search',
  elementClass: HccProcedureSearch,
  displayName: 'HccProcedureSearch',
  events: {
    onProcedureSelect: 'hcc-procedure-select' as Ev<'hcc-procedure-select'>,
    onProcedureSearch: 'hcc-procedure-search' as Ev<'hcc-procedure-search'>,
    onDataError: 'hcc-data-error' as EventName<CustomEvent<SearchDataErrorDetail>>,
  },
});

/** `<hcc-procedure-guide>`: one administrative procedure, readable by a citizen. */
export const ProcedureGuide = createComponent({
  react: React,
  tagName: 'hcc-procedure-guide',
  elementClass: HccProcedureGuide,
  displayName: 'HccProcedureGuide',
  events: {
    onProcedureLoaded: 'hcc-procedure-loaded' as Ev<'hcc-procedure-loaded'>,
    onStepToggle: 'hcc-step-toggle' as Ev<'hcc-step-toggle'>,
    onChecklistChange: 'hcc-checklist-change' as Ev<'hcc-checklist-change'>,
    onShare: 'hcc-share' as Ev<'hcc-share'>,
    onDataError: 'hcc-data-error' as EventName<CustomEvent<GuideDataErrorDetail>>,
  },
});

/** `<hcc-dossier-status>`: where a dossier is, from the code on the receipt. */
export const DossierStatus = createComponent({
  react: React,
  tagName: 'hcc-dossier-status',
  elementClass: HccDossierStatus,
  displayName: 'HccDossierStatus',
  events: {
    onDossierStatus: 'hcc-dossier-status' as Ev<'hcc-dossier-status'>,
    onDossierStatusError: 'hcc-dossier-status-error' as Ev<'hcc-dossier-status-error'>,
    onDataError: 'hcc-data-error' as EventName<CustomEvent<{ error: DataError }>>,
  },
});

/** `<hcc-procedure-import>`: the catalogue import tool. */
export const ProcedureImport = createComponent({
  react: React,
  tagName: 'hcc-procedure-import',
  elementClass: HccProcedureImport,
  displayName: 'HccProcedureImport',
  events: { onCatalogueImport: 'hcc-catalogue-import' as Ev<'hcc-catalogue-import'> },
});

/** `<hcc-qr-code>`: a QR code of a text or URL. */
export const QrCode = createComponent({
  react: React,
  tagName: 'hcc-qr-code',
  elementClass: HccQrCode,
  displayName: 'HccQrCode',
  events: { onQrReady: 'hcc-qr-ready' as Ev<'hcc-qr-ready'>, onQrError: 'hcc-qr-error' as Ev<'hcc-qr-error'> },
});
