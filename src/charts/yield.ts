/**
 * Yields to the event loop (`scheduler.yield()` where available, else a message-channel task), so a
 * long piece of work split at these points never becomes one long task: input and rendering run
 * between the pieces.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}
