import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json' with { type: 'json' };
import { CONTRAST, DARK, TOKENS } from '../src/styles/tokens.js';

// Argument tables and docs come from the components' JSDoc through the generated manifest
// (`npm run analyze`, run before `storybook` and `build-storybook`).
setCustomElementsManifest(manifest);

type Theme = 'light' | 'dark' | 'contrast';
type Scale = 'desktop' | 'kiosk' | 'board';

const surfaces: Record<Theme, { background: string; color: string }> = {
  light: { background: TOKENS['color-surface'], color: TOKENS['color-text'] },
  dark: { background: DARK['color-surface'] ?? TOKENS['color-surface'], color: DARK['color-text'] ?? TOKENS['color-text'] },
  contrast: { background: CONTRAST['color-surface'] ?? TOKENS['color-surface'], color: CONTRAST['color-text'] ?? TOKENS['color-text'] },
};

let watcher: MutationObserver | undefined;

/**
 * Sets the toolbar's theme and scale on every hcc-* element of the story, including ones the story
 * adds later. The defaults (light, desktop) leave a story's own attributes alone, so a story that
 * shows a specific theme keeps it.
 */
function applyGlobals(wrapper: Element | undefined, theme: Theme, scale: Scale): void {
  watcher?.disconnect();
  watcher = undefined;
  if (!wrapper) return;
  const apply = () => {
    for (const el of wrapper.querySelectorAll('*')) {
      if (!el.localName.startsWith('hcc-')) continue;
      if (theme !== 'light' && el.getAttribute('theme') !== theme) el.setAttribute('theme', theme);
      if (scale !== 'desktop' && el.getAttribute('scale') !== scale) el.setAttribute('scale', scale);
    }
  };
  // The ref fires before the story's own content is committed.
  queueMicrotask(apply);
  watcher = new MutationObserver(apply);
  watcher.observe(wrapper, { childList: true, subtree: true });
}

const withLangThemeScale: Decorator = (story, context) => {
  const lang = (context.globals['lang'] as string | undefined) ?? 'vi';
  const theme = ((context.globals['theme'] as Theme | undefined) ?? 'light');
  const scale = ((context.globals['scale'] as Scale | undefined) ?? 'desktop');
  const { background, color } = surfaces[theme] ?? surfaces.light;
  return html`<div
    class="hcc-story"
    lang=${lang}
    data-theme=${theme}
    data-scale=${scale}
    style="background:${background};color:${color};padding:1rem;min-height:100%;box-sizing:border-box"
    ${ref((el) => applyGlobals(el, theme, scale))}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLangThemeScale],
  globalTypes: {
    lang: {
      description: 'Language (lang attribute around the story)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of hcc-* elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    scale: {
      description: 'Size scale of hcc-* elements',
      toolbar: {
        title: 'Scale',
        icon: 'grow',
        items: [
          { value: 'desktop', title: 'Desktop' },
          { value: 'kiosk', title: 'Kiosk (tablet)' },
          { value: 'board', title: 'Board (wall screen)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'vi', theme: 'light', scale: 'desktop' },
  parameters: {
    controls: { matchers: { color: /(background|color)$/i } },
    a11y: { test: 'error' },
    layout: 'fullscreen',
  },
};

export default preview;
