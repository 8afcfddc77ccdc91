export * from './time/index.js';
export * from './format/index.js';
export * from './cases/timeliness.js';
export * from './queue/index.js';
export * from './kpi/index.js';
export * from './search/index.js';
export * from './rating/index.js';
