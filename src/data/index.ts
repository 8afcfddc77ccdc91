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
/**
 * Where widgets get their data when no attribute says: `setDefaultSource(new MemorySource(…))` in tests
 * and stories, or an `HttpSource` for a whole page; `sourceFor({ api })` is the shared source a widget
 * with that configuration uses.
 */
export { setDefaultSource, defaultSource, sourceFor, configureLocalDefault, type SourceConfig } from './registry.js';
