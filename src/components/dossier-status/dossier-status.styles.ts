import { css } from 'lit';

export default css`
  :host {
    --hcc-dossier-status-accent: var(--_color-brand);
    --hcc-dossier-status-max-width: 48em;
    display: block;
    /* Themes set text colours; the surface under them must follow, whatever the host page paints. */
    background: var(--_color-surface);
    color: var(--_color-text);
    container-type: inline-size;
  }
  .base {
    max-width: var(--hcc-dossier-status-max-width);
    overflow-wrap: break-word;
  }
  h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.25em 0 0.5em; }
  .title { margin-top: 0; font-size: 1.3em; }
  p { margin: 0.5em 0; }
  label { display: block; font-weight: 700; }
  .hint { color: var(--_color-text-muted); margin: 0.15em 0 0.5em; }
  .row { display: flex; flex-wrap: wrap; gap: var(--_s); }
  input {
    flex: 1 1 16em;
    min-width: 0;
    font: inherit;
    font-size: 1.1em;
    letter-spacing: 0.02em;
    min-height: 48px;
    padding: 0.4em 0.75em;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  input[aria-invalid='true'] { border-color: var(--_color-danger); border-width: 3px; }
  button {
    font: inherit;
    min-height: 48px;
    min-width: 44px;
    padding: 0.4em 1.2em;
    border-radius: var(--_radius);
    border: 2px solid var(--_color-brand);
    background: var(--_color-brand);
    color: var(--_color-on-brand);
    cursor: pointer;
  }
  button.secondary { background: var(--_color-surface); color: var(--_color-brand); }
  .field-error {
    color: var(--_color-danger);
    font-weight: 600;
    margin: 0.4em 0 0;
  }
  .message {
    margin-top: calc(var(--_s) * 2);
    padding: calc(var(--_s) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface-alt);
  }
  .message.error { border-color: var(--_color-danger); background: var(--_color-danger-surface); }
  .result { margin-top: calc(var(--_s) * 2); }
  .result:focus { outline: none; }
  .headline {
    display: flex;
    align-items: center;
    gap: 0.6em;
    font-size: 1.25em;
    font-weight: 700;
    margin: 0.25em 0 0.5em;
  }
  .dot { width: 0.9em; height: 0.9em; border-radius: 50%; flex: none; background: var(--hcc-dossier-status-accent); }
  .tone-good .dot { background: var(--_color-success); }
  .tone-action .dot { background: var(--_color-warning); }
  .tone-bad .dot { background: var(--_color-danger); }
  dl.facts { display: grid; grid-template-columns: minmax(8em, max-content) 1fr; gap: 0.35em 1.25em; margin: 0; }
  dl.facts dt { font-weight: 600; }
  dl.facts dd { margin: 0; }
  @container (max-width: 30em) {
    dl.facts { grid-template-columns: 1fr; }
    dl.facts dd { margin-bottom: 0.4em; }
  }
  .callout {
    border-left: 4px solid var(--hcc-dossier-status-accent);
    padding: 0.5em 0.9em;
    margin: calc(var(--_s) * 2) 0;
    background: var(--_color-surface-alt);
  }
  .callout.action { border-left-color: var(--_color-warning); background: var(--_color-warning-surface); }
  .callout.late { border-left-color: var(--_color-danger); background: var(--_color-danger-surface); }
  .callout.good { border-left-color: var(--_color-success); }
  .callout > :first-child { margin-top: 0; }
  .callout > :last-child { margin-bottom: 0; }
  .apology { white-space: normal; }
  ol.timeline { list-style: none; margin: 0; padding: 0; }
  .timeline li {
    position: relative;
    padding: 0 0 1em 2.4em;
    min-height: 2.4em;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    left: 0.7em;
    top: 1.6em;
    bottom: 0;
    border-left: 2px solid var(--_color-border);
  }
  .timeline li:last-child::before { display: none; }
  .timeline li.done::before { border-left-color: var(--hcc-dossier-status-accent); }
  .marker {
    position: absolute;
    left: 0;
    top: 0.1em;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    border: 2px solid var(--_color-border);
    background: var(--_color-surface);
    display: grid;
    place-items: center;
  }
  .done .marker { background: var(--hcc-dossier-status-accent); border-color: var(--hcc-dossier-status-accent); color: var(--_color-on-brand); }
  .current .marker { border-color: var(--hcc-dossier-status-accent); border-width: 4px; }
  .current.final-bad .marker { border-color: var(--_color-danger); }
  .stage-label { font-weight: 600; }
  .current .stage-label { font-size: 1.05em; }
  .upcoming .stage-label { color: var(--_color-text-muted); font-weight: 400; }
  .stage-when, .stage-note { display: block; color: var(--_color-text-muted); font-size: 0.95em; }
  .privacy { color: var(--_color-text-muted); font-size: 0.9em; }
  @media (forced-colors: active) {
    .marker, .dot { forced-color-adjust: none; border-color: CanvasText; }
    .done .marker { background: CanvasText; color: Canvas; }
    .dot { background: CanvasText; }
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; }
  }
`;
