/**
 * Vietnamese search: folding (accents, `đ`, NFC/NFD), tokenising, an index with typo tolerance and
 * ranking, and highlight ranges that map back to the original text.
 */
export * from './fold.js';
export * from './tokenize.js';
export * from './distance.js';
export * from './aliases.js';
export * from './engine.js';
export * from './highlight.js';
export * from './procedures.js';
