import { css } from 'lit';

export default css`
  :host {
    display: block;
    --hcc-rating-face-size: calc(72px * var(--_scale));
    --hcc-rating-target: 48px;
    --hcc-rating-face-ink: #1b1f24;
    --hcc-rating-very-satisfied: #3fae5a;
    --hcc-rating-satisfied: #9fd38a;
    --hcc-rating-neutral: #f2d15c;
    --hcc-rating-dissatisfied: #f29a4a;
    --hcc-rating-very-dissatisfied: #e0584f;
    --_scale: var(--hcc-scale, 1);
    --_target: var(--hcc-rating-target);
    /* The rating surface is a kiosk: no selection, no callout, no double-tap or pinch zoom. */
    -webkit-user-select: none;
    user-select: none;
    -webkit-touch-callout: none;
    -webkit-tap-highlight-color: transparent;
    touch-action: pan-x pan-y;
    container-type: inline-size;
  }
  :host([scale='kiosk']) {
    --_target: max(72px, var(--hcc-rating-target));
    /* Faces grow with the tablet's screen: about a fifth of its short side. */
    --hcc-rating-face-size: clamp(88px, 20vmin, 200px);
  }
  :host([scale='board']) {
    --_target: max(72px, var(--hcc-rating-target));
  }
  .base {
    display: flex;
    flex-direction: column;
    min-block-size: 100%;
    block-size: 100%;
    background: var(--_color-surface);
    color: var(--_color-text);
    position: relative;
  }
  .header {
    display: flex;
    align-items: center;
    gap: var(--_s);
    padding: var(--_s) calc(var(--_s) * 2);
    background: var(--_color-brand);
    color: var(--_color-on-brand);
    min-block-size: calc(var(--_target) + var(--_s) * 2);
  }
  .context {
    display: flex;
    align-items: center;
    gap: calc(var(--_s) * 1.5);
    flex: 1;
    min-inline-size: 0;
  }
  .photo {
    inline-size: calc(56px * var(--_scale));
    block-size: calc(56px * var(--_scale));
    border-radius: 50%;
    object-fit: cover;
    background: var(--_color-surface-alt);
    border: 2px solid var(--_color-on-brand);
    flex: none;
  }
  .context-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .context-text span {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .counter {
    font-weight: 700;
    font-size: 1.15em;
  }
  .muted-on-brand {
    opacity: 0.92;
    font-size: 0.9em;
  }
  .tools {
    display: flex;
    gap: var(--_s);
    flex: none;
  }
  .tool {
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    padding: 0 calc(var(--_s) * 1.5);
    border-radius: var(--_radius);
    border: 2px solid var(--_color-on-brand);
    background: transparent;
    color: var(--_color-on-brand);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_s) * 0.75);
  }
  .tool svg {
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .tool[aria-pressed='true'] {
    background: var(--_color-on-brand);
    color: var(--_color-brand);
  }
  .tool:focus-visible {
    outline-color: var(--_color-on-brand);
    outline-offset: -6px;
  }
  .admin-corner {
    position: absolute;
    inset-block-end: 0;
    inset-inline-start: 0;
    inline-size: 64px;
    block-size: 48px;
  }
  .body {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_s) * 2);
    padding: calc(var(--_s) * 3) calc(var(--_s) * 2);
    text-align: center;
  }
  h2 {
    margin: 0;
    font-size: calc(var(--_fs) * 1.6);
    line-height: 1.25;
    max-inline-size: 32em;
  }
  h2:focus {
    outline: none;
  }
  .ticket,
  .hint,
  .progress {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, calc(var(--hcc-rating-face-size) + var(--_s) * 6)), 1fr));
    gap: calc(var(--_s) * 2);
    inline-size: 100%;
    max-inline-size: 64em;
  }
  .option,
  .choice {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_s);
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    padding: calc(var(--_s) * 2) var(--_s);
    border: 3px solid var(--_color-border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_color-surface-alt);
    color: var(--_color-text);
    font: inherit;
    font-size: calc(var(--_fs) * 1.3);
    font-weight: 700;
    cursor: pointer;
    transition: transform 120ms ease, border-color 120ms ease;
  }
  .choice {
    font-size: calc(var(--_fs) * 1.15);
  }
  .option:hover,
  .choice:hover {
    border-color: var(--_color-brand);
  }
  .option:active,
  .choice:active {
    transform: scale(0.97);
  }
  .option[aria-checked='true'],
  .choice[aria-checked='true'] {
    border-color: var(--_color-brand);
    border-width: 5px;
  }
  .face {
    inline-size: var(--hcc-rating-face-size);
    block-size: var(--hcc-rating-face-size);
    --_face-ink: var(--hcc-rating-face-ink);
    stroke: var(--_face-ink);
    stroke-width: 3.2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .face .head {
    fill: var(--_face-fill, #ddd);
  }
  .face .eye,
  .face .mouth {
    fill: var(--_face-ink);
    stroke: none;
  }
  .face .tear {
    fill: #4d8fd6;
    stroke: var(--_face-ink);
    stroke-width: 1.5;
  }
  .level-very_satisfied {
    --_face-fill: var(--hcc-rating-very-satisfied);
  }
  .level-satisfied {
    --_face-fill: var(--hcc-rating-satisfied);
  }
  .level-neutral {
    --_face-fill: var(--hcc-rating-neutral);
  }
  .level-dissatisfied {
    --_face-fill: var(--hcc-rating-dissatisfied);
  }
  .level-very_dissatisfied {
    --_face-fill: var(--hcc-rating-very-dissatisfied);
  }
  .points {
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .reasons {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--_s) * 1.5);
    max-inline-size: 56em;
  }
  .chip,
  .button {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: var(--_s) calc(var(--_s) * 2.5);
    border-radius: calc(var(--_target) / 2);
    border: 2px solid var(--_color-border);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    font-size: calc(var(--_fs) * 1.1);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_s);
  }
  .chip[aria-pressed='true'] {
    background: var(--_color-brand);
    border-color: var(--_color-brand);
    color: var(--_color-on-brand);
  }
  .chip[aria-pressed='true']::before {
    content: '✓';
    font-weight: 700;
  }
  .button.primary {
    background: var(--_color-brand);
    border-color: var(--_color-brand);
    color: var(--_color-on-brand);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--_s) * 2);
  }
  .comment {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_s) * 0.5);
    inline-size: min(100%, 36em);
    text-align: start;
  }
  textarea {
    font: inherit;
    min-block-size: 4.5em;
    padding: var(--_s);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    resize: vertical;
    -webkit-user-select: text;
    user-select: text;
  }
  .count {
    align-self: flex-end;
    font-size: 0.85em;
    color: var(--_color-text-muted);
  }
  .notice {
    margin: 0;
    padding: var(--_s) calc(var(--_s) * 2);
    border-radius: var(--_radius);
    background: var(--_color-warning-surface);
    color: var(--_color-warning);
    font-weight: 600;
  }
  .notice.error {
    background: var(--_color-danger-surface);
    color: var(--_color-danger);
  }
  .big-icon {
    inline-size: calc(96px * var(--_scale));
    block-size: calc(96px * var(--_scale));
    fill: none;
    stroke: var(--_color-success);
    stroke-width: 5;
    stroke-linecap: round;
    stroke-linejoin: round;
    animation: pop 300ms ease-out;
  }
  .error .big-icon {
    stroke: var(--_color-danger);
  }
  @keyframes pop {
    from {
      transform: scale(0.6);
      opacity: 0;
    }
  }
  .status {
    display: flex;
    justify-content: flex-end;
    align-items: center;
    gap: var(--_s);
    padding: calc(var(--_s) * 0.5) calc(var(--_s) * 2);
    font-size: 0.85em;
    color: var(--_color-text-muted);
    min-block-size: 2em;
  }
  .dot {
    inline-size: 0.7em;
    block-size: 0.7em;
    border-radius: 50%;
    background: var(--_color-success);
    flex: none;
  }
  .status.pending .dot {
    background: var(--_color-warning);
  }
  .status.failing .dot {
    background: var(--_color-danger);
  }
  dialog {
    border: 3px solid var(--_color-brand);
    border-radius: calc(var(--_radius) * 2);
    padding: calc(var(--_s) * 3);
    max-inline-size: min(36em, 90vw);
    background: var(--_color-surface);
    color: var(--_color-text);
    text-align: center;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  dialog p {
    font-size: 1.15em;
  }
  @container (max-width: 480px) {
    .options {
      grid-template-columns: 1fr;
    }
    .option {
      flex-direction: row;
      justify-content: flex-start;
      gap: calc(var(--_s) * 2);
      padding: var(--_s) calc(var(--_s) * 2);
    }
    .header {
      flex-wrap: wrap;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .option,
    .choice {
      transition: none;
    }
    .option:active,
    .choice:active {
      transform: none;
    }
    .big-icon {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .header {
      border-block-end: 2px solid CanvasText;
    }
    .tool,
    .option,
    .choice,
    .chip,
    .button {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    .option[aria-checked='true'],
    .choice[aria-checked='true'],
    .chip[aria-pressed='true'],
    .tool[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .face {
      --_face-ink: ButtonText;
    }
    .face .head {
      fill: ButtonFace;
    }
    .option[aria-checked='true'] .face {
      --_face-ink: HighlightText;
    }
    .option[aria-checked='true'] .face .head {
      fill: Highlight;
    }
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
