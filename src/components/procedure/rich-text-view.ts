import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Inline } from './rich-text.js';

/**
 * Renders parsed procedure text with Lit text bindings only (never as HTML). Links open in a new
 * window with `rel="noopener noreferrer"` and say so to screen readers.
 * @internal
 */
export function renderInlines(inlines: readonly Inline[], newWindow: string): (TemplateResult | string)[] {
  return inlines.map((x) =>
    x.type === 'text'
      ? x.text
      : html`<a class=${x.text === x.href ? 'url' : ''} href=${x.href} target="_blank" rel="noopener noreferrer">${x.text}<span class="visually-hidden"> ${newWindow}</span></a>`,
  );
}

/** @internal */
export function renderBlocks(blocks: readonly Block[], newWindow: string): TemplateResult | typeof nothing {
  if (blocks.length === 0) return nothing;
  return html`${blocks.map((b) =>
    b.type === 'p'
      ? html`<p class="rt-p">${renderInlines(b.inlines, newWindow)}</p>`
      : html`<ul class="rt-list ${b.ordered ? 'rt-enum' : 'rt-bullets'}">
          ${b.items.map((i) => html`<li>${b.ordered ? html`<span class="rt-marker" aria-hidden="true">${i.marker}</span> ` : nothing}${renderInlines(i.inlines, newWindow)}</li>`)}
        </ul>`,
  )}`;
}
