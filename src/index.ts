/**
 * hcc-widgets: web components for Vietnamese public administration service centres, on a typed
 * data layer. This entry registers every element (`<hcc-data-source>` and every widget family) and
 * re-exports the pure core, the data layer and the families; each family also has its own entry
 * (`hcc-widgets/rating`, `hcc-widgets/queue`, `hcc-widgets/kpi`, `hcc-widgets/procedure`).
 */
export * from './core/index.js';
export * from './data/index.js';
export * from './data-source.js';
export * from './i18n.js';
export * from './rating.js';
export * from './queue.js';
export * from './kpi.js';
export * from './procedure.js';
