/**
 * Catalogue import: JSON and CSV exports of the national procedure database, validated record by
 * record with a readable report (docs/catalogue-import.md).
 */
export * from './catalogue-import.js';
export * from './csv.js';
