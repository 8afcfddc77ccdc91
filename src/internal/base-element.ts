import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize.js';

/**
 * Base of every hcc element: language resolution, theme and scale attributes, typed events.
 * @internal
 */
export class HccElement extends LitElement {
  /** Colour theme: `light` (default), `dark`, `contrast` or `auto` (follows the OS). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'contrast' | 'auto' | '' = '';
  /** Size scale: `desktop` (default), `kiosk` (tablet touch targets) or `board` (hall/wall screens). */
  @property({ reflect: true }) scale: 'desktop' | 'kiosk' | 'board' | '' = '';

  /** @internal */
  protected readonly localize = new LocalizeController(this);

  /**
   * Dispatches a bubbling, composed CustomEvent. Returns false when a listener called
   * `preventDefault()` on a cancelable event.
   * @internal
   */
  protected emit<T>(name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }
}
