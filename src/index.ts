/**
 * hcc-widgets: web components for Vietnamese public administration service centres, on a typed
 * data layer. This entry re-exports the pure core and the data layer; widget families have their
 * own entries as well.
 */
export * from './core/index.js';
export * from './data/index.js';
export * from './kpi.js';
export * from './procedure.js';
