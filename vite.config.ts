/// <reference types="node" />
// Vite config for three jobs:
// - `vite build` (mode `production`): the library, ES modules only, one entry per family plus
//   `index`, `core` and `data`, every runtime dependency external, modules preserved so consumers'
//   bundlers can drop what they do not import.
// - `vite build --mode bundle`: dist/hcc-widgets.bundle.js, one minified file with every dependency
//   and every dynamic import inlined, loadable with a single `<script type="module">`.
// - `vite` (dev server): the demo pages in demo/, with `/src/...` importable from them.
// Decorators are Lit's legacy ones (`experimentalDecorators` in tsconfig.json); Vite's Oxc transform
// reads that setting, and scripts/build.mjs fails the build if any `@decorator` survives in dist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
const src = resolve(root, 'src');

/**
 * Library entries, found on disk so a new widget family needs no config change:
 * `src/<name>.ts` → `dist/<name>.js` for every top-level module of src/ (`index`, `rating`, `queue`,
 * `kpi`, `procedure` …), and `src/<dir>/index.ts` → `dist/<dir>.js` for the `core` and `data` layers.
 */
export function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of readdirSync(src).sort()) {
    if (/^[a-z][\w-]*\.ts$/.test(file) && !file.endsWith('.d.ts') && !file.endsWith('.test.ts')) {
      entries[file.slice(0, -3)] = resolve(src, file);
    }
  }
  for (const dir of ['core', 'data']) {
    const index = resolve(src, dir, 'index.ts');
    if (existsSync(index)) entries[dir] = index;
  }
  return entries;
}

const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const runtimeDeps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

/** Whether an import is a runtime dependency (or a subpath of one), left to the consumer's bundler. */
export function isRuntimeDependency(id: string): boolean {
  return runtimeDeps.some((dep) => id === dep || id.startsWith(`${dep}/`));
}

const BUNDLE_ID = '\0hcc-widgets-bundle';

/**
 * The bundle's entry: everything `src/index.ts` exports, plus every family entry imported for its
 * side effects (element registration), so the single file defines every widget.
 */
function bundleEntry(): Plugin {
  return {
    name: 'hcc-bundle-entry',
    resolveId: (id) => (id === BUNDLE_ID ? id : null),
    load(id) {
      if (id !== BUNDLE_ID) return null;
      // `react` holds the React wrappers: React is the application's, never part of the bundle.
      const families = Object.entries(libraryEntries()).filter(([name]) => !['index', 'core', 'data', 'react'].includes(name));
      const path = (p: string) => JSON.stringify(p.replaceAll('\\', '/'));
      return [`export * from ${path(resolve(src, 'index.ts'))};`, ...families.map(([, file]) => `import ${path(file)};`)].join('\n');
    },
  };
}

const shared: UserConfig = {
  // Relative asset and worker URLs (`new URL('assets/kpi.worker-….js', import.meta.url)`): the dist
  // works from whatever URL a consumer serves it (node_modules, a CDN, a sub-path), not only from `/`.
  base: './',
  // Inline config values win over tsconfig; kept in step with tsconfig.json on purpose.
  build: { target: 'es2021', outDir: resolve(root, 'dist'), reportCompressedSize: false, copyPublicDir: false },
};

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return {
      root: resolve(root, 'demo'),
      // Demo pages import library sources as `/src/...`, the same URLs as in the repository root.
      resolve: { alias: [{ find: /^\/src\//, replacement: `${src}/` }] },
      server: { port: 5173, strictPort: false, fs: { allow: [root] } },
      preview: { port: 4173 },
      clearScreen: false,
    };
  }

  if (mode === 'bundle') {
    return {
      ...shared,
      plugins: [bundleEntry()],
      build: {
        ...shared.build,
        emptyOutDir: false,
        minify: true,
        sourcemap: false,
        modulePreload: false,
        rolldownOptions: {
          input: { 'hcc-widgets.bundle': BUNDLE_ID },
          preserveEntrySignatures: 'strict',
          output: { format: 'es', entryFileNames: '[name].js', codeSplitting: false },
        },
      },
    };
  }

  return {
    ...shared,
    build: {
      ...shared.build,
      emptyOutDir: true,
      // Consumers minify; readable dist keeps `/* @__PURE__ */` annotations for their tree-shaking.
      minify: false,
      sourcemap: true,
      lib: { entry: libraryEntries(), formats: ['es'] },
      rolldownOptions: {
        external: isRuntimeDependency,
        output: {
          preserveModules: true,
          preserveModulesRoot: src,
          entryFileNames: '[name].js',
        },
      },
    },
  };
});
