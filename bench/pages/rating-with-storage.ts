/**
 * Bench entry for size only: the rating family entry plus the storage side the form loads right
 * after its first render (outbox, Rating schema, IndexedDB), i.e. everything needed before the first
 * rating can be stored.
 */
export * from '../../src/rating.js';
export { openStore } from '../../src/components/rating-form/rating-store.js';
