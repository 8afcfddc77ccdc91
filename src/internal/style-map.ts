import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';
import type { StyleInfo } from 'lit/directives/style-map.js';

/**
 * Lit's `styleMap`, made safe under a strict Content Security Policy (`style-src 'self'` without
 * `'unsafe-inline'`). Lit's own directive writes the first value as a `style="…"` attribute, which such
 * a policy blocks (the element then renders without the values); this one always sets properties
 * through the CSSOM (`element.style`), which every policy allows. Same use:
 * `<div style=${styleMap({ '--_cols': '3', inlineSize: '40%' })}>`.
 * @internal
 */
class CspSafeStyleMap extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    const attr = info as PartInfo & { name?: string; strings?: readonly string[] };
    if (info.type !== PartType.ATTRIBUTE || attr.name !== 'style' || (attr.strings?.length ?? 0) > 2) {
      throw new Error('styleMap() must be the only binding of a `style` attribute');
    }
  }

  render(_styles: Readonly<StyleInfo>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Readonly<StyleInfo>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (styles[name] == null) {
        this.previous.delete(name);
        if (name.includes('-')) style.removeProperty(name);
        else (style as unknown as Record<string, string>)[name] = '';
      }
    }
    for (const [name, raw] of Object.entries(styles)) {
      if (raw == null) continue;
      this.previous.add(name);
      const value = String(raw);
      const important = value.endsWith(' !important');
      if (name.includes('-') || important) {
        style.setProperty(name, important ? value.slice(0, -11) : value, important ? 'important' : '');
      } else {
        (style as unknown as Record<string, string>)[name] = value;
      }
    }
    return noChange;
  }
}

/**
 * Binds inline style properties through the CSSOM, never through a `style` attribute, so strict
 * Content Security Policies allow it. A drop-in for `lit/directives/style-map.js`.
 * @internal
 */
export const styleMap = directive(CspSafeStyleMap);
export type { StyleInfo };
