/**
 * KPI engine: Decision 766/QĐ-TTg, Circular 01/2018/TT-VPCP and operational KPIs over columnar case
 * records. Pure: runs in the page, in a Web Worker and in Node.
 */
export * from './round.js';
export * from './periods.js';
export * from './columns.js';
export * from './feedback.js';
export * from './procedures.js';
export * from './rules-766.js';
export * from './tt01.js';
export * from './metrics.js';
export * from './engine.js';
export * from './series.js';
