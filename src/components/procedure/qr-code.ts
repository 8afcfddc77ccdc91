import { css, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HccElement } from '../../internal/base-element.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import { Strings } from '../../i18n/localize.js';

/** The default failure text (a page may give its own with `error-text`). */
const strings = new Strings(
  'qr-code',
  { failed: 'Không tạo được mã QR cho nội dung này.' },
  { failed: 'A QR code could not be made for this content.' },
);

/** The encoder is loaded on first use only, so pages that never show a QR code never download it. */
let encoder: Promise<typeof import('lean-qr')> | undefined;
function loadEncoder(): Promise<typeof import('lean-qr')> {
  encoder ??= import('lean-qr').catch((e: unknown) => {
    encoder = undefined;
    throw e;
  });
  return encoder;
}

/** Modules of quiet zone around the code (the standard asks for 4). */
const QUIET = 4;

/**
 * @summary A QR code of a text or URL, drawn as SVG (dark modules on white, whatever the theme, so
 * phone cameras read it), with the `lean-qr` encoder loaded only when the element first renders a value.
 *
 * @event hcc-qr-ready - {CustomEvent<{ value: string; size: number }>} When the code for `value` is drawn (size in modules).
 * @event hcc-qr-error - {CustomEvent<{ value: string; error: unknown }>} When the code could not be made (text too long, encoder not loadable).
 *
 * @csspart base - The SVG.
 * @cssproperty --hcc-qr-size - Rendered width and height (default 12em).
 * @status experimental
 */
export class HccQrCode extends HccElement {
  static override styles = [
    tokenStyles,
    css`
      :host {
        --hcc-qr-size: 12em;
        display: inline-block;
        width: var(--hcc-qr-size);
        max-width: 100%;
        aspect-ratio: 1;
        forced-color-adjust: none;
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      svg {
        display: block;
        width: 100%;
        height: 100%;
      }
      .placeholder {
        display: grid;
        place-items: center;
        width: 100%;
        height: 100%;
        border: 1px dashed var(--_color-border);
        color: var(--_color-text-muted);
        font-size: 0.875em;
        text-align: center;
        padding: var(--_s);
      }
    `,
  ];

  /** The text to encode, usually a URL. */
  @property() value = '';
  /** Accessible name of the image (e.g. "QR code linking to …"). Defaults to the value. */
  @property() label = '';
  /** Text shown while the encoder loads. */
  @property({ attribute: 'loading-text' }) loadingText = '…';
  /** Text shown when the code cannot be made (default: a short sentence in the element's language). */
  @property({ attribute: 'error-text' }) errorText = '';

  @state() private modules: { size: number; path: string } | undefined;
  @state() private failed = false;
  private drawn = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== this.drawn) {
      this.modules = undefined;
      this.failed = false;
      if (this.value) void this.encode(this.value);
    }
  }

  private async encode(value: string): Promise<void> {
    try {
      const { generate, correction } = await loadEncoder();
      if (value !== this.value) return;
      const code = generate(value, { minCorrectionLevel: correction.M });
      let path = '';
      for (let y = 0; y < code.size; y++) {
        for (let x = 0; x < code.size; x++) if (code.get(x, y)) path += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
      }
      this.drawn = value;
      this.modules = { size: code.size, path };
      await this.updateComplete;
      this.emit('hcc-qr-ready', { value, size: code.size });
    } catch (error) {
      if (value !== this.value) return;
      this.failed = true;
      this.emit('hcc-qr-error', { value, error });
    }
  }

  override render() {
    if (!this.value) return nothing;
    const m = this.modules;
    if (!m) return html`<div class="placeholder" role="status">${this.failed ? this.errorText || this.localize.t(strings).failed : this.loadingText}</div>`;
    const side = m.size + QUIET * 2;
    return html`<svg part="base" role="img" aria-label=${this.label || this.value} viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">
      ${svg`<rect width=${side} height=${side} fill="#ffffff"></rect><path d=${m.path} fill="#000000"></path>`}
    </svg>`;
  }
}

define('hcc-qr-code', HccQrCode);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-qr-code': HccQrCode;
  }
  interface GlobalEventHandlersEventMap {
    'hcc-qr-ready': CustomEvent<{ value: string; size: number }>;
    'hcc-qr-error': CustomEvent<{ value: string; error: unknown }>;
  }
}
