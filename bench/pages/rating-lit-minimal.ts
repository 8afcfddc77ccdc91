/**
 * Bench page: the floor of any Lit widget, for calibration. A minimal Lit form with the same question
 * and three answer buttons, no storage, no styles beyond a few lines, nothing lazy.
 */
import { LitElement, css, html } from 'lit';
import { ANSWERS, QUESTION } from './rating-shared.js';

class MinimalRating extends LitElement {
  static override styles = css`
    button {
      min-inline-size: 72px;
      min-block-size: 72px;
      font: inherit;
    }
  `;
  override render() {
    return html`<h2 id="q">${QUESTION}</h2>
      <div role="radiogroup" aria-labelledby="q">${ANSWERS.map((a) => html`<button type="button" role="radio" aria-checked="false">${a.text}</button>`)}</div>`;
  }
}
customElements.define('bench-minimal-rating', MinimalRating);

/** Renders the form. */
export async function ready(): Promise<void> {
  const el = document.createElement('bench-minimal-rating') as MinimalRating;
  document.body.append(el);
  await el.updateComplete;
}

/** Nothing loads after the first render. */
export function settled(): number {
  return 0;
}
