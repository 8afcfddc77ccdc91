// Where the end-to-end tests find the repository and the package under test.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The package under test: a folder with `package.json` and the built `dist/`. scripts/e2e.mjs builds
 * dist when it is missing or stale and copies it (with package.json) into a private folder, so a
 * rebuild of dist by anyone else during the run cannot change what the tests load. Without the
 * script (e.g. `node --test test/e2e/x.test.mjs`), the repository itself.
 */
export const PKG = process.env.HCC_E2E_PKG ? resolve(process.env.HCC_E2E_PKG) : ROOT;

/** The built dist/ of the package under test. */
export const DIST = resolve(PKG, 'dist');
