import { css } from 'lit';

export default css`
  :host {
    --hcc-procedure-search-mark: var(--_color-warning-surface);
    --hcc-procedure-search-max-width: 60em;
    display: block;
    /* Themes set text colours; the surface under them must follow, whatever the host page paints. */
    background: var(--_color-surface);
    color: var(--_color-text);
    container-type: inline-size;
  }
  .base {
    max-width: var(--hcc-procedure-search-max-width);
    overflow-wrap: break-word;
  }
  label.search-label {
    display: block;
    font-weight: 700;
    font-size: 1.15em;
    margin-bottom: 0.25em;
  }
  .hint {
    color: var(--_color-text-muted);
    margin: 0 0 0.5em;
  }
  .field {
    display: flex;
    gap: var(--_s);
    align-items: stretch;
  }
  input[type='search'] {
    flex: 1;
    min-width: 0;
    font: inherit;
    font-size: 1.1em;
    min-height: 48px;
    padding: 0.4em 0.75em;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  input[type='search']:focus-visible {
    border-color: var(--_color-brand);
  }
  button, select {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    border-radius: var(--_radius);
    border: 2px solid var(--_color-brand);
    background: var(--_color-surface);
    color: var(--_color-brand);
    padding: 0.4em 0.9em;
    cursor: pointer;
  }
  select {
    border-color: var(--_color-border);
    color: var(--_color-text);
    width: 100%;
  }
  fieldset.filters {
    border: 0;
    margin: calc(var(--_s) * 1.5) 0 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: var(--_s) calc(var(--_s) * 2);
  }
  fieldset.filters legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25em;
    grid-column: 1 / -1;
  }
  .filter label {
    display: block;
    font-size: 0.95em;
    margin-bottom: 0.15em;
  }
  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_s);
    margin-top: calc(var(--_s) * 2);
  }
  .results-head > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.15em;
  }
  .hits {
    list-style: none;
    margin: var(--_s) 0 0;
    padding: 0;
  }
  .hit {
    border-bottom: 1px solid var(--_color-border);
    padding: calc(var(--_s) * 1.25) 0;
  }
  .hit-link {
    display: block;
    width: 100%;
    text-align: left;
    border: 0;
    padding: 0.25em 0.25em;
    margin: -0.25em -0.25em 0;
    background: none;
    color: var(--_color-brand);
    font-weight: 600;
    font-size: 1.05em;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    min-height: 44px;
    cursor: pointer;
  }
  .hit[aria-current='true'] {
    box-shadow: inset 4px 0 0 var(--_color-brand);
    padding-left: calc(var(--_s) * 1.5);
  }
  mark {
    background: var(--hcc-procedure-search-mark);
    color: inherit;
    border-radius: 2px;
    box-shadow: 0 0 0 1px var(--hcc-procedure-search-mark);
  }
  .hit-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 1em;
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    color: var(--_color-text-muted);
    font-size: 0.95em;
  }
  .badge {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.6em;
  }
  .badge.full { color: var(--_color-success); }
  .badge.partial { color: var(--_color-info); }
  .snippet {
    margin: 0.35em 0 0;
    font-size: 0.95em;
  }
  .snippet-where { color: var(--_color-text-muted); }
  .message {
    margin-top: calc(var(--_s) * 2);
    padding: calc(var(--_s) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface-alt);
  }
  .message.error { border-color: var(--_color-danger); background: var(--_color-danger-surface); }
  .message p { margin: 0 0 0.5em; }
  .more { margin-top: calc(var(--_s) * 2); }
  @container (max-width: 30em) {
    .field { flex-wrap: wrap; }
  }
  @media (forced-colors: active) {
    mark { background: Highlight; color: HighlightText; forced-color-adjust: none; }
    .hit[aria-current='true'] { outline: 2px solid Highlight; }
  }
  @media (prefers-reduced-motion: reduce) {
    * { scroll-behavior: auto; }
  }
`;
