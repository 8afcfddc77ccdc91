import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-width: 40em;
  }
  .console {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_s) * 1.5);
    padding: calc(var(--_s) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .digits {
    font-variant-numeric: tabular-nums;
  }
  .muted {
    color: var(--_color-text-muted);
    margin: 0;
  }
  .chooser,
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    font-weight: 600;
  }
  select {
    font: inherit;
    min-height: 44px;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em 1em;
  }
  .title {
    font-size: 1.5em;
    font-weight: 800;
  }
  .title .name {
    font-size: 0.6em;
    font-weight: 600;
    color: var(--_color-text-muted);
  }
  .state {
    font-weight: 700;
    border: 2px solid currentColor;
    border-radius: 999px;
    padding: 0 0.6em;
  }
  .state-open {
    color: var(--_color-success);
  }
  .state-paused {
    color: var(--_color-warning);
    border-style: dashed;
  }
  .state-closed {
    color: var(--_color-text-muted);
    border-style: dotted;
  }
  .conn {
    margin-inline-start: auto;
    font-size: 0.9em;
  }
  .conn.lost {
    color: var(--_color-warning);
    font-weight: 700;
  }
  .current {
    border: 2px solid var(--_color-brand);
    border-radius: var(--_radius);
    padding: var(--_s) calc(var(--_s) * 1.5);
    background: var(--_color-surface-alt);
  }
  .label {
    font-weight: 700;
    text-transform: uppercase;
    font-size: 0.8em;
    letter-spacing: 0.04em;
    color: var(--_color-text-muted);
  }
  .none {
    margin: 0.4em 0;
  }
  .ticket {
    display: flex;
    align-items: center;
    gap: 1em;
  }
  .number {
    font-size: 3em;
    font-weight: 800;
    line-height: 1.1;
  }
  .details {
    display: flex;
    flex-direction: column;
  }
  .svc,
  .tstate {
    font-weight: 600;
  }
  .badge {
    align-self: flex-start;
    border: 3px double currentColor;
    border-radius: 999px;
    padding: 0 0.5em;
    font-weight: 700;
  }
  .waiting {
    margin: 0;
  }
  .prio {
    font-weight: 600;
  }
  .actions,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_s);
  }
  .hint {
    flex-basis: 100%;
    order: 1;
    font-size: 0.85em;
    color: var(--_color-text-muted);
  }
  .actions .primary {
    flex-basis: 100%;
  }
  button {
    font: inherit;
    font-weight: 700;
    min-height: 44px;
    min-width: 44px;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_color-brand);
    background: var(--_color-surface);
    color: var(--_color-brand);
    cursor: pointer;
  }
  button.primary {
    background: var(--_color-brand);
    color: var(--_color-on-brand);
    font-size: 1.2em;
  }
  button.danger {
    border-color: var(--_color-danger);
    color: var(--_color-danger);
    margin-inline-start: auto;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.45;
  }
  .message {
    margin: 0;
    min-height: 1.45em;
    font-weight: 600;
    color: var(--_color-success);
  }
  .message.error {
    color: var(--_color-danger);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .current,
    .state,
    .badge {
      border-color: ButtonText;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
  }
`;
