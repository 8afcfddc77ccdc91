/**
 * The data layer: zod schemas of every payload (their inferred types are the domain types), the
 * typed `DataError`, the ports widgets depend on, and the HTTP, static, memory sources.
 */
export * from './schemas/index.js';
export * from './errors.js';
export type * from './ports.js';
export { HttpSource, type HttpSourceOptions, type QueueStreamOptions } from './adapters/http/http-source.js';
export { StaticProcedureSource, type StaticProcedureSourceOptions, type RejectedProcedure } from './adapters/static/static-procedures.js';
export { MemorySource, type MemorySourceOptions } from './adapters/memory/memory-source.js';
export { composeSources, type SourceParts } from './adapters/compose.js';
