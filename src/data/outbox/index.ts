/** The rating outbox: IndexedDB first, then exactly-once batched delivery to a rating sink. */
export {
  RatingOutbox,
  isRetryable,
  OUTBOX_CHANNEL,
  DEFAULT_OUTBOX_DB,
  type RatingOutboxOptions,
  type OutboxBackoff,
  type OutboxState,
  type DeadLetter,
  type DeadLetterCode,
  type OutboxListener,
  type RatingOutboxEventMap,
  type OutboxStoredDetail,
  type OutboxSyncedDetail,
  type OutboxRejectedDetail,
  type OutboxQuarantinedDetail,
} from './outbox.js';
export { OUTBOX_PREFIX, DEAD_PREFIX, QUARANTINE_PREFIX, outboxKey, deadKey, quarantineKey } from './store.js';
export { acquireOutbox, sharedOutbox, type OutboxLease } from './shared.js';
