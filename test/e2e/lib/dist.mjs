// Whether dist/ is built from the current sources, and building it when it is not: used by
// scripts/e2e.mjs and the bundle-size benchmark, which both measure what npm publishes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

/** What dist/ is built from. */
export const DIST_INPUTS = ['src', 'package.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'custom-elements-manifest.config.mjs'];
/** What a complete dist/ has; the oldest of them dates the build. */
export const DIST_OUTPUTS = ['hcc-widgets.bundle.js', 'index.js', 'custom-elements.json', 'types/src/index.d.ts', 'themes/light.css'];

/** Newest modification time under `path` (a file or a folder). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

/** `missing`, `stale` or `fresh`. */
export function distState(root = ROOT) {
  const dist = join(root, 'dist');
  const builtAt = Math.min(...DIST_OUTPUTS.map((f) => (existsSync(join(dist, f)) ? statSync(join(dist, f)).mtimeMs : 0)));
  if (builtAt === 0) return 'missing';
  const sourcesAt = Math.max(...DIST_INPUTS.map((p) => newest(join(root, p))));
  return sourcesAt > builtAt ? 'stale' : 'fresh';
}

/** Runs `npm run build` (scripts/build.mjs) when dist/ is missing or stale; exits the process if it fails. */
export function ensureDist(root = ROOT, log = (s) => console.log(s)) {
  const state = distState(root);
  if (state === 'fresh') {
    log('dist/ is up to date');
    return;
  }
  log(state === 'missing' ? 'dist/ is missing or incomplete: building it' : 'dist/ is older than its sources: building it');
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
