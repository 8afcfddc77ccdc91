import { css } from 'lit';

/*
 * Full-screen layouts size everything from the board's own box (container query units: calc(1 * var(--u)) is 1 %
 * of the board's height), so the same design holds at 1920×1080 and 3840×2160. Nothing is drawn in
 * the outer 5 % (TV overscan); ticket digits are at least 12 % of the height in landscape.
 */
export default css`
  :host {
    display: block;
    position: relative;
    --_accent: var(--hcc-queue-board-accent, var(--_color-brand));
    --_digits: var(--hcc-queue-board-digits, var(--_color-text));
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  :host(:not([layout='compact'])) {
    height: var(--hcc-queue-board-height, 100vh);
    container-type: size;
    overflow: hidden;
  }

  .board {
    position: relative;
    box-sizing: border-box;
  }
  .board:not(.compact) {
    /* One unit of type: 1 % of the board's height, or of its width when that is smaller (portrait). */
    --u: min(1cqh, 1cqw);
    height: 100%;
    padding: 5cqh 5cqw; /* safe area */
    display: flex;
    flex-direction: column;
    gap: calc(1.4 * var(--u));
    font-size: calc(3.6 * var(--u));
    line-height: 1.2;
  }
  .digits {
    font-variant-numeric: tabular-nums lining-nums;
    font-feature-settings: 'tnum' 1, 'lnum' 1;
    letter-spacing: 0.01em;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
    vertical-align: -0.12em;
  }
  .muted {
    color: var(--_color-text-muted);
    margin: 0;
  }
  .section-title {
    font-weight: 700;
    color: var(--_color-text-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.8em;
    margin: 0 0 0.4em;
  }

  /* ── Header ─────────────────────────────────────────────── */
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 2cqw;
    flex: none;
    border-bottom: max(2px, calc(0.3 * var(--u))) solid var(--_accent);
    padding-bottom: calc(0.8 * var(--u));
  }
  .board:not(.compact) .header {
    height: calc(9 * var(--u));
  }
  .centre {
    flex: 1 1 0;
    min-width: 0;
    font-weight: 800;
    font-size: calc(3.3 * var(--u));
    line-height: 1.15;
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
  }
  .clock {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    flex: none;
  }
  .time {
    font-weight: 800;
    font-size: calc(5 * var(--u));
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .date {
    font-size: calc(2.4 * var(--u));
    color: var(--_color-text-muted);
  }

  /* ── Stale banner ───────────────────────────────────────── */
  .banner {
    display: flex;
    align-items: center;
    gap: 0.6em;
    flex: none;
    white-space: nowrap;
    background: var(--_color-warning-surface);
    color: var(--_color-warning);
    border: max(2px, calc(0.35 * var(--u))) solid currentColor;
    border-radius: var(--_radius);
    padding: 0.35em 0.7em;
    font-size: calc(3 * var(--u));
    line-height: 1.15;
  }
  .board:not(.compact) .banner .hint {
    display: none;
  }
  .banner .icon {
    width: 1.4em;
    height: 1.4em;
  }
  .banner .hint {
    font-size: 0.75em;
    font-weight: 400;
  }

  /* ── Body grid ──────────────────────────────────────────── */
  .body {
    flex: 1;
    min-height: 0;
    display: grid;
    gap: calc(1.6 * var(--u)) 2.4cqw;
  }
  .landscape .body {
    grid-template-columns: minmax(0, 46fr) minmax(0, 54fr);
    grid-template-rows: auto auto minmax(0, 1fr);
    grid-template-areas: 'now services' 'recent services' 'counters services';
  }
  .portrait .body {
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto auto auto minmax(0, 1fr);
    grid-template-areas: 'now' 'recent' 'services' 'counters';
    gap: calc(1.2 * var(--u));
  }
  .now {
    grid-area: now;
  }
  .recent {
    grid-area: recent;
    min-height: 0;
  }
  .services {
    grid-area: services;
    min-height: 0;
    overflow: hidden;
  }
  .counters {
    grid-area: counters;
    min-height: 0;
    overflow: hidden;
  }

  /* ── Now calling ────────────────────────────────────────── */
  .now {
    background: var(--_color-surface-alt);
    border: max(3px, calc(0.5 * var(--u))) solid var(--_accent);
    border-radius: calc(var(--_radius) * 2);
    padding: calc(0.8 * var(--u)) 2cqw calc(1 * var(--u));
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-width: 0;
  }
  .now.no-voice {
    border-style: double;
    border-width: max(6px, calc(1 * var(--u)));
  }
  .now-title {
    font-size: calc(3 * var(--u));
    color: var(--_color-text);
    margin: 0;
  }
  .now-call {
    display: flex;
    align-items: flex-end;
    gap: 0 calc(3 * var(--u));
  }
  .now-number {
    font-size: calc(18 * var(--u));
    font-weight: 800;
    line-height: 1;
    color: var(--_digits);
  }
  .portrait .now-number {
    font-size: calc(26 * var(--u));
  }
  .now-number.long {
    font-size: calc(16 * var(--u));
  }
  .portrait .now-number.long {
    font-size: calc(22 * var(--u));
  }
  .now-to {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    font-size: calc(3.4 * var(--u));
    font-weight: 700;
    white-space: nowrap;
    padding-bottom: calc(1.2 * var(--u));
  }
  .portrait .now-counter {
    font-size: calc(16 * var(--u));
  }
  .now-counter {
    font-size: calc(12 * var(--u));
    font-weight: 800;
    line-height: 1;
    color: var(--_accent);
  }
  .now-marks {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.8em;
    font-size: calc(2.8 * var(--u));
    min-height: 1.3em;
  }
  .now-service {
    color: var(--_color-text-muted);
  }
  .now-empty {
    font-size: calc(4 * var(--u));
    margin: 1em 0;
    color: var(--_color-text-muted);
  }
  .name {
    font-weight: 600;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    border: max(2px, calc(0.28 * var(--u))) solid currentColor;
    border-radius: 999px;
    padding: 0.05em 0.55em 0.05em 0.35em;
    font-weight: 700;
    white-space: nowrap;
  }
  .badge-priority {
    border-style: double;
    border-width: max(3px, calc(0.45 * var(--u)));
  }
  .badge-recall {
    border-style: dashed;
  }
  .badge.small {
    padding: 0.05em 0.2em;
    border-width: max(1px, calc(0.2 * var(--u)));
    font-size: 0.8em;
  }
  .badge .kind {
    font-weight: 400;
  }

  /* ── Recent calls ───────────────────────────────────────── */
  .recent-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13em, 1fr));
    gap: calc(0.5 * var(--u)) 1.6cqw;
  }
  .landscape .recent-list {
    grid-template-columns: repeat(2, minmax(0, 1fr));
    font-size: calc(3.2 * var(--u));
  }
  .portrait .recent-list {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  .portrait .service-table {
    font-size: clamp(calc(2.2 * var(--u)), calc(24 * var(--u) / var(--_service-rows, 4)), calc(2.6 * var(--u)));
  }
  .portrait .service-table .col-name {
    width: 52%;
  }
  .portrait .service-table .col-n {
    width: 13%;
  }
  .recent-item {
    display: flex;
    align-items: center;
    gap: 0.35em;
    border-bottom: max(1px, calc(0.15 * var(--u))) solid var(--_color-border);
    padding: 0.05em 0;
    line-height: 1.15;
    min-width: 0;
    white-space: nowrap;
  }
  .recent-item .num {
    font-weight: 800;
    font-size: 1.2em;
    color: var(--_digits);
  }
  .recent-item .arrow {
    color: var(--_color-text-muted);
  }
  .recent-item .to {
    font-weight: 700;
    color: var(--_accent);
  }
  .recent-item .name {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  /* ── Services ───────────────────────────────────────────── */
  .service-table {
    width: 100%;
    border-collapse: collapse;
    font-size: clamp(calc(2.4 * var(--u)), calc(27 * var(--u) / var(--_service-rows, 4)), calc(3.1 * var(--u)));
    table-layout: fixed;
  }
  .service-table .col-name {
    width: 46%;
  }
  .service-table .col-n {
    width: 14%;
  }
  .compact .service-table {
    font-size: 1em;
  }
  .service-table th,
  .service-table td {
    text-align: start;
    padding: 0.28em 0.4em;
    border-bottom: max(1px, calc(0.15 * var(--u))) solid var(--_color-border);
    vertical-align: middle;
  }
  .service-table thead th {
    font-size: 0.62em;
    color: var(--_color-text-muted);
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .service-table .n {
    text-align: end;
    white-space: nowrap;
  }
  .service-name {
    font-weight: 600;
    line-height: 1.1;
  }
  .waiting {
    font-weight: 800;
    font-size: 1.15em;
  }
  .priority-count {
    display: block;
    font-size: 0.62em;
    font-weight: 600;
    white-space: nowrap;
  }
  .priority-count .icon {
    margin-inline-end: 0.2em;
  }
  .wait {
    white-space: nowrap;
    font-weight: 600;
  }
  .wait .note {
    display: block;
    font-size: 0.62em;
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .wait-no-data .wait,
  .wait-no-counter .wait {
    color: var(--_color-text-muted);
    font-weight: 400;
    white-space: normal;
  }
  .empty-hall {
    margin-top: 0.6em;
  }

  /* ── Counters ───────────────────────────────────────────── */
  .counter-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(var(--_counter-cols, 6), minmax(0, 1fr));
    gap: calc(0.8 * var(--u)) 0.8cqw;
  }
  .landscape .counter-list {
    grid-template-columns: repeat(min(3, var(--_counter-cols, 6)), minmax(0, 1fr));
    font-size: clamp(calc(2.2 * var(--u)), calc(11 * var(--u) / var(--_counter-rows, 1)), calc(2.7 * var(--u)));
  }
  .portrait .counter-list {
    font-size: calc(2.6 * var(--u));
  }
  .portrait .status {
    font-size: calc(2 * var(--u));
  }
  .counter {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.4em;
    border: max(1px, calc(0.2 * var(--u))) solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.15em 0.4em 0.15em 0.2em;
    min-width: 0;
    white-space: nowrap;
    line-height: 1.1;
  }
  .counter-no {
    font-weight: 800;
    min-width: 1.9em;
    text-align: center;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_color-text);
    color: var(--_color-surface);
    padding: 0 0.2em;
    font-variant-numeric: tabular-nums;
  }
  .state-closed .counter-no {
    background: var(--_color-text-muted);
  }
  .counter-state {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .counter-ticket {
    font-weight: 800;
    font-size: 1.12em;
    line-height: 1.05;
    color: var(--_digits);
  }
  .state-calling {
    border-color: var(--_accent);
    border-width: max(2px, calc(0.35 * var(--u)));
  }
  .state-paused .counter-state,
  .state-closed .counter-state {
    font-size: 0.9em;
    gap: 0.15em;
  }
  .state-paused {
    border-style: dashed;
    color: var(--_color-warning);
    background: var(--_color-warning-surface);
  }
  .state-closed {
    border-style: dotted;
    color: var(--_color-text-muted);
  }
  .state-idle .counter-state {
    color: var(--_color-success);
    font-weight: 600;
  }

  /* ── Status line ────────────────────────────────────────── */
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.2em;
    align-items: center;
    flex: none;
    font-size: calc(2.2 * var(--u));
    color: var(--_color-text-muted);
    border-top: max(1px, calc(0.15 * var(--u))) solid var(--_color-border);
    padding-top: calc(0.5 * var(--u));
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .dot {
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    border: 2px solid currentColor;
  }
  .conn-live .dot {
    background: var(--_color-success);
    border-color: var(--_color-success);
  }
  .conn-reconnecting,
  .conn-offline,
  .audio-blocked,
  .status .no-voice,
  .rejected {
    color: var(--_color-warning);
    font-weight: 600;
  }

  .loading {
    flex: 1;
    display: grid;
    place-items: center;
    font-size: calc(4 * var(--u));
    color: var(--_color-text-muted);
  }
  .compact .loading {
    font-size: 1em;
    padding: 1em 0;
  }

  /* ── Sound unlock overlay ───────────────────────────────── */
  .unlock-layer {
    position: absolute;
    inset: auto 5cqw 5cqh 5cqw; /* safe area */
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.6em;
    pointer-events: none;
    z-index: 2;
  }
  .unlock {
    pointer-events: auto;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font: inherit;
    font-size: calc(4.6 * var(--u));
    font-weight: 800;
    padding: 0.45em 1.2em;
    min-height: 48px;
    border-radius: 999px;
    border: max(3px, calc(0.5 * var(--u))) solid var(--_color-on-brand);
    background: var(--_color-brand);
    color: var(--_color-on-brand);
    box-shadow: 0 calc(0.6 * var(--u)) calc(3 * var(--u)) rgb(0 0 0 / 0.45);
    cursor: pointer;
  }
  .unlock .icon {
    width: 1.2em;
    height: 1.2em;
  }
  .unlock-hint {
    margin: 0;
    font-size: calc(2.8 * var(--u));
    background: var(--_color-surface);
    color: var(--_color-text);
    padding: 0.2em 0.8em;
    border-radius: var(--_radius);
  }

  /* ── Compact (embedded in a web page) ───────────────────── */
  .board.compact {
    /* Borders and gaps in em: the compact board follows the page's type size. */
    --u: 0.25em;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: 1em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    font-size: var(--_fs);
    line-height: 1.4;
  }
  .compact .header {
    border-bottom-width: 2px;
    padding-bottom: 0.4em;
    flex-wrap: wrap;
  }
  .compact .centre {
    font-size: 1.15em;
  }
  .compact .time {
    font-size: 1.4em;
  }
  .compact .date,
  .compact .status {
    font-size: 0.85em;
  }
  .compact .banner {
    font-size: 1em;
    border-width: 2px;
  }
  .compact .body {
    display: flex;
    flex-direction: column;
    gap: 1em;
  }
  .compact .now {
    border-width: 2px;
    padding: 0.6em 0.9em;
  }
  .compact .now-title {
    font-size: 0.9em;
  }
  .compact .now-number {
    font-size: 3em;
  }
  .compact .now-call {
    gap: 0 1em;
  }
  .compact .now-to {
    font-size: 1.1em;
  }
  .compact .now-counter {
    font-size: 2em;
  }
  .compact .now-marks {
    font-size: 0.9em;
  }
  .compact .now-empty {
    font-size: 1em;
    margin: 0.4em 0;
  }
  .compact .counter-list {
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
    gap: 0.4em;
  }
  .compact .unlock {
    font-size: 1.25em;
  }
  .compact .unlock-layer {
    position: static;
  }
  .compact .unlock-hint {
    font-size: 0.9em;
  }
  .compact .section-title {
    font-size: 0.85em;
  }

  @media (prefers-reduced-motion: reduce) {
    .now {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .now,
    .counter,
    .badge,
    .banner,
    .unlock {
      border-color: CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .now-counter,
    .recent-item .to {
      color: LinkText;
    }
    .conn-live .dot {
      background: CanvasText;
    }
  }
`;
