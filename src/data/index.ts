/**
 * The data layer: zod schemas of every payload (their inferred types are the domain types), the
 * typed `DataError`, and the ports widgets depend on.
 */
export * from './schemas/index.js';
export * from './errors.js';
export type * from './ports.js';
