/**
 * What both rating bench pages share: the question they ask, the wait for a rendered answer, and the
 * percentile of a sample.
 */

/** The three answers both pages offer, in this order. */
export const ANSWERS = [
  { value: 'very_satisfied', text: 'Rất hài lòng' },
  { value: 'satisfied', text: 'Hài lòng' },
  { value: 'dissatisfied', text: 'Không hài lòng' },
] as const;

/** The question both pages ask. */
export const QUESTION = 'Ông/Bà có hài lòng với sự phục vụ hôm nay không?';

/** Which statistic a tap figure returns. */
export interface TapParams {
  taps: number;
  stat: 'p50' | 'p95';
  /** Our form's back end during the taps (default `online`). */
  backEnd?: 'online' | 'offline';
}

/** The `q`-quantile (0–1) of `samples` by nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
}

/**
 * Resolves with the element `find` returns, as soon as it is in the document: checked now and after
 * every DOM mutation (no animation frames: a page in the background gets none). Rejects after 10 s.
 */
export function rendered<T>(find: () => T | null | undefined, root: Node = document.body): Promise<T> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('not rendered within 10 s'));
    }, 10_000);
    const observer = new MutationObserver(() => {
      const el = find();
      if (!el) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(el);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/** A tap as a touch screen delivers it: pointer and mouse down and up, then the click. */
export function tapOn(el: HTMLElement): void {
  const init = { bubbles: true, composed: true, cancelable: true, button: 0, isPrimary: true, pointerType: 'touch' };
  el.dispatchEvent(new PointerEvent('pointerdown', init));
  el.dispatchEvent(new MouseEvent('mousedown', init));
  el.dispatchEvent(new PointerEvent('pointerup', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.click();
}
