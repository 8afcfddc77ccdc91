export { MemorySource, type MemorySourceOptions } from './memory-source.js';
