// Shared launch settings for Debian's system Chromium (WTR, e2e scripts, benchmarks).
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
/** Path of the Chromium binary, or undefined when none is installed. */
export const chromiumPath = candidates.find((p) => p && existsSync(p));
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--gaia-url=http://127.0.0.1:9',
  '--lso-url=http://127.0.0.1:9',
  '--google-apis-url=http://127.0.0.1:9',
  '--variations-server-url=http://127.0.0.1:9',
  '--component-updater=url-source=http://127.0.0.1:9',
];
export const browserInstallHint = 'sudo apt-get install -y chromium fonts-noto-core (or set CHROME_PATH)';
