import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { FaceKind } from '../../core/rating/survey.js';

/**
 * Faces drawn as inline SVG (no image files, no emoji fonts). Each differs by shape, not only by
 * colour: the eyes and the mouth change from a laugh to a cry. Strokes use the face ink
 * (`--_face-ink`), fills the tone of the answer (`--_face-fill`), both set by the form's styles.
 */
const FEATURES: Record<FaceKind, SVGTemplateResult> = {
  laugh: svg`<path d="M19 27q4-6 8 0M37 27q4-6 8 0" fill="none"/><path d="M18 36h28q-2 14-14 14T18 36z" class="mouth"/>`,
  smile: svg`<circle cx="23" cy="26" r="3.2" class="eye"/><circle cx="41" cy="26" r="3.2" class="eye"/><path d="M20 38q12 10 24 0" fill="none"/>`,
  neutral: svg`<circle cx="23" cy="26" r="3.2" class="eye"/><circle cx="41" cy="26" r="3.2" class="eye"/><path d="M21 42h22" fill="none"/>`,
  frown: svg`<circle cx="23" cy="27" r="3.2" class="eye"/><circle cx="41" cy="27" r="3.2" class="eye"/><path d="M20 46q12-10 24 0" fill="none"/>`,
  cry: svg`<path d="M17 21l9 4M47 21l-9 4" fill="none"/><circle cx="23" cy="29" r="3.2" class="eye"/><circle cx="41" cy="29" r="3.2" class="eye"/><path d="M19 49q13-13 26 0" fill="none"/><path d="M44 34q3 5 0 7q-3-2 0-7z" class="tear"/>`,
};

/** The face of `kind`, decorative (the answer's word is its accessible name). */
export function face(kind: FaceKind): TemplateResult {
  return html`<svg class="face" viewBox="0 0 64 64" aria-hidden="true" focusable="false"><circle cx="32" cy="32" r="28" class="head"/>${FEATURES[kind]}</svg>`;
}
