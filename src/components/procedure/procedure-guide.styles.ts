import { css, unsafeCSS } from 'lit';

/**
 * Print rules, applied under `@media print` and to `:host([view='print'])` (the on-screen print
 * preview): every step and every case expanded, controls hidden, link addresses shown, ticks kept.
 */
function printRules(host: string): string {
  return `
    ${host} .screen-only { display: none !important; }
    ${host} .print-only { display: block !important; }
    ${host} .panel, ${host} .panel[hidden] { display: block !important; content-visibility: visible !important; }
    ${host} .case-docs[hidden] { display: block !important; }
    ${host} .steps > li { break-inside: avoid-page; }
    ${host} .step-button { border: 0; padding: 0; }
    ${host} .step-chevron, ${host} .step-anchor { display: none !important; }
    ${host} a[href^='http']:not(.url)::after, ${host} a[href^='/']:not(.url)::after { content: ' (' attr(href) ')'; font-size: 0.85em; overflow-wrap: anywhere; }
    ${host} .actions, ${host} .toolbar, ${host} .case-choice, ${host} .status-line { display: none !important; }
    ${host} .qr-print { display: flex !important; }
    ${host} .card, ${host} .doc { break-inside: avoid; }
    ${host} .base { max-width: none; }
    ${host} input[type='checkbox'] { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  `;
}

export default css`
  :host {
    --hcc-procedure-guide-max-width: 60em;
    --hcc-procedure-guide-accent: var(--_color-brand);
    display: block;
    /* Themes set text colours; the surface under them must follow, whatever the host page paints. */
    background: var(--_color-surface);
    color: var(--_color-text);
    container-type: inline-size;
  }
  .base {
    max-width: var(--hcc-procedure-guide-max-width);
    overflow-wrap: break-word;
  }
  h1, h2, h3, h4, h5, h6 {
    line-height: 1.25;
    margin: 1.5em 0 0.5em;
  }
  .title {
    font-size: 1.6em;
    margin-top: 0;
  }
  section > :is(h1, h2, h3, h4, h5, h6):first-child {
    font-size: 1.3em;
    border-bottom: 2px solid var(--hcc-procedure-guide-accent);
    padding-bottom: 0.25em;
  }
  p { margin: 0.5em 0; }
  a { color: var(--_color-brand); text-underline-offset: 0.15em; }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    color: var(--_color-text-muted);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0.1em 0.7em;
    font-size: 0.9em;
  }
  .badge.full { color: var(--_color-success); }
  .badge.partial { color: var(--_color-info); }
  .badge.none { color: var(--_color-text-muted); }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.4em 1.25em;
    margin: 0;
  }
  dl.facts dt { font-weight: 600; }
  dl.facts dd { margin: 0; }
  dl.facts ul { margin: 0; padding-left: 1.2em; }
  @container (max-width: 34em) {
    dl.facts { grid-template-columns: 1fr; }
    dl.facts dd { margin-bottom: 0.5em; }
  }

  /* Actions */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s);
    margin: calc(var(--_s) * 2) 0 var(--_s);
    padding: 0;
    list-style: none;
  }
  .button, button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_color-brand);
    background: var(--_color-surface);
    color: var(--_color-brand);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .button.primary {
    background: var(--_color-brand);
    color: var(--_color-on-brand);
  }
  button:hover, .button:hover { text-decoration: underline; }
  .qr-panel, .qr-print {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_s) * 2);
    padding: calc(var(--_s) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    margin-bottom: calc(var(--_s) * 2);
  }
  .qr-panel p, .qr-print p { flex: 1 1 12em; margin: 0; }
  .url { overflow-wrap: anywhere; font-size: 0.9em; }
  .status-line { margin: 0 0 var(--_s); color: var(--_color-text-muted); }
  .status-line:empty { margin: 0; }

  /* Channels side by side */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: calc(var(--_s) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    border: 1px solid var(--_color-border);
    border-top: 4px solid var(--hcc-procedure-guide-accent);
    border-radius: var(--_radius);
    padding: calc(var(--_s) * 1.5) calc(var(--_s) * 2);
    background: var(--_color-surface);
  }
  .card > :is(h1, h2, h3, h4, h5, h6) { margin-top: 0; font-size: 1.1em; }
  .card dl { margin: 0; }
  .card dt { font-weight: 600; margin-top: 0.6em; }
  .card dd { margin: 0; }
  .amount { font-weight: 600; }
  .fees { margin: 0; padding: 0; list-style: none; }
  .fees > li + li { margin-top: 0.5em; }
  .exemption {
    border-left: 4px solid var(--_color-success);
    padding-left: 0.6em;
    margin-top: 0.3em;
  }
  .exemption-label { font-weight: 600; color: var(--_color-success); }

  /* Steps */
  .toolbar { display: flex; justify-content: flex-end; margin-bottom: var(--_s); }
  .steps { list-style: none; margin: 0; padding: 0; counter-reset: none; }
  .steps > li {
    position: relative;
    padding-left: 3em;
    padding-bottom: calc(var(--_s) * 1.5);
  }
  .steps > li::before {
    content: '';
    position: absolute;
    left: 1.2em;
    top: 2.6em;
    bottom: 0;
    border-left: 2px solid var(--_color-border);
  }
  .steps > li:last-child::before { display: none; }
  .steps > li[aria-current='step'] .num { background: var(--hcc-procedure-guide-accent); color: var(--_color-on-brand); }
  .step-heading { margin: 0; font-size: 1em; }
  .step-head { display: flex; align-items: flex-start; gap: 0.25em; }
  .step-button {
    flex: 1;
    width: 100%;
    text-align: left;
    border: 0;
    border-radius: var(--_radius);
    padding: 0.45em 0.5em;
    min-height: 44px;
    background: transparent;
    color: var(--_color-text);
    font-weight: 600;
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  button.step-button:hover { background: var(--_color-surface-alt); }
  .step-static { cursor: default; }
  .steps > li:focus { outline: none; }
  .steps > li:focus-visible .step-heading { outline: var(--_focus-width) solid var(--_color-focus); }
  .num {
    position: absolute;
    left: 0;
    top: 0.1em;
    width: 2.4em;
    height: 2.4em;
    border-radius: 50%;
    border: 2px solid var(--hcc-procedure-guide-accent);
    background: var(--_color-surface);
    color: var(--hcc-procedure-guide-accent);
    display: grid;
    place-items: center;
    font-weight: 700;
  }
  .step-chevron { margin-left: auto; flex: none; transition: transform 0.15s; }
  .step-button[aria-expanded='true'] .step-chevron { transform: rotate(180deg); }
  .step-anchor {
    flex: none;
    align-self: center;
    color: var(--_color-text-muted);
    text-decoration: none;
    padding: 0.6em 0.5em;
    min-width: 44px;
    min-height: 44px;
    text-align: center;
  }
  .panel { padding: 0.25em 0.5em 0.5em; }
  .rt-p:first-child, .rt-list:first-child { margin-top: 0; }
  .rt-p:last-child, .rt-list:last-child { margin-bottom: 0; }
  .rt-list { margin: 0.4em 0; padding-left: 1.4em; }
  .rt-enum { list-style: none; padding-left: 0.4em; }
  .rt-marker { font-weight: 600; }

  /* Documents checklist */
  fieldset.case-choice {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_s) calc(var(--_s) * 2);
    margin: 0 0 calc(var(--_s) * 2);
  }
  fieldset.case-choice legend { font-weight: 600; padding: 0 0.3em; }
  .radio { display: flex; align-items: flex-start; gap: 0.5em; padding: 0.35em 0; min-height: 44px; }
  .radio input, .doc input { width: 1.5em; height: 1.5em; margin: 0.1em 0 0; flex: none; accent-color: var(--_color-brand); }
  .checklist { list-style: none; margin: 0; padding: 0; }
  .doc {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2em 0.75em;
    padding: 0.75em 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .doc label { font-weight: 600; cursor: pointer; min-height: 1.5em; }
  .doc .doc-details { grid-column: 2; color: var(--_color-text); }
  .doc-meta { display: flex; flex-wrap: wrap; gap: 0.2em 0.8em; margin: 0.2em 0; padding: 0; list-style: none; color: var(--_color-text-muted); }
  .tag-required { color: var(--_color-danger); font-weight: 600; }
  .progress { font-weight: 600; }
  .note { color: var(--_color-text-muted); }
  .legal { padding-left: 1.2em; }
  .legal li + li { margin-top: 0.4em; }

  /* States */
  .message {
    padding: calc(var(--_s) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface-alt);
  }
  .message.error { border-color: var(--_color-danger); background: var(--_color-danger-surface); }
  .print-only { display: none; }
  .qr-print { display: none; }

  @media print {
    :host { color: #000 !important; font-size: 11pt !important; }
    ${unsafeCSS(printRules(':host'))}
  }
  ${unsafeCSS(printRules(":host([view='print'])"))}

  @media (prefers-reduced-motion: reduce) {
    .step-chevron { transition: none; }
  }
  @media (forced-colors: active) {
    .num, .card, .badge { border-color: CanvasText; }
    .steps > li[aria-current='step'] .num { background: Highlight; color: HighlightText; }
    .button.primary { border-color: ButtonText; }
  }
`;
