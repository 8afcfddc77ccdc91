// @web/test-runner: TypeScript through esbuild, Debian's system Chromium driven by playwright-core.
// The reference server (server/) is started on loopback by the `refserver` plugin for adapter and
// integration tests; test code drives it with `executeServerCommand('refserver', ...)`.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './chromium.config.mjs';

const plugins = [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })];
if (existsSync('./server/wtr-plugin.mjs')) {
  const { refServerPlugin } = await import('./server/wtr-plugin.mjs');
  plugins.push(refServerPlugin());
}
// `cdp-metrics`: heap, DOM node and listener counts of the test's page, for long-run tests.
plugins.push((await import('./test/helpers/cdp-metrics-plugin.mjs')).cdpMetricsPlugin());

const hasTests = (dir) => existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.test.ts'));
// A group without files makes WTR fail, so groups exist only once their folder has tests.
// Groups exist only for `wtr --group <name>`; a plain run takes the top-level files (everything but the
// stress suite) once, and `wtr --files x` runs just x.
const wantsGroup = process.argv.includes('--group');
const group = (name, files, extra = {}) => (wantsGroup && hasTests(join('test', name)) ? [{ name, files, ...extra }] : []);

export default {
  files: ['test/**/*.test.ts', '!test/stress/**'],
  nodeResolve: true,
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 2),
  concurrentBrowsers: 1,
  plugins,
  groups: [
    ...group('core', ['test/core/**/*.test.ts']),
    ...group('data', ['test/data/**/*.test.ts']),
    ...group('components', ['test/components/**/*.test.ts']),
    ...group('integration', ['test/integration/**/*.test.ts']),
    ...group('stress', ['test/stress/**/*.test.ts'], { testFramework: { config: { timeout: 600_000 } } }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60_000,
  browserStartTimeout: 60_000,
};
