import type { StorybookConfig } from '@storybook/web-components-vite';

// Builds must work offline and send nothing anywhere; the npm scripts set this too.
process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  docs: { defaultName: 'Docs' },
  // Storybook's own Vite server, not the demo server of vite.config.ts (which roots at demo/).
  viteFinal: async (config) => ({ ...config, build: { ...config.build, target: 'es2021', chunkSizeWarningLimit: 2048 } }),
};

export default config;
