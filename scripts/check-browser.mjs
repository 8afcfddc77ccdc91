import { chromiumPath, browserInstallHint } from '../chromium.config.mjs';

if (!chromiumPath) {
  console.error(`No Chromium found for the tests. Install it: ${browserInstallHint}`);
  process.exit(1);
}
