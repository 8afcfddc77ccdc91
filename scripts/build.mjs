#!/usr/bin/env node
// npm run build: library (dist/*.js), single-file bundle, type declarations, custom-elements.json,
// theme CSS, then a check of the output and a size table.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { build } from 'vite';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
const configFile = join(root, 'vite.config.ts');

const started = performance.now();
const step = async (label, fn) => {
  const t = performance.now();
  await fn();
  console.log(`✓ ${label} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
};

/** Runs a Node CLI from node_modules with the current Node binary; exits on failure. */
function runBin(pkgBin, args) {
  const r = spawnSync(process.execPath, [require.resolve(pkgBin), ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✗ ${relative(root, require.resolve(pkgBin))} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
    process.exit(r.status ?? 1);
  }
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/**
 * Decorator syntax is not JavaScript any target runs; if the transform ever stops lowering Lit's
 * legacy decorators the output would fail only in browsers, so parse every file and look.
 */
function findDecorators(file) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.Decorator) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      found.push(`${relative(root, file)}:${line + 1}: ${node.getText(sf).slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Relative static imports of a dist module, so an entry's size includes the modules it pulls in. */
function localGraph(entry) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      stack.push(resolve(dirname(file), m[1]));
    }
  }
  return [...seen];
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

// (a) library: ES modules, runtime dependencies external, modules preserved.
await step('library (vite, ES, deps external)', () => build({ configFile, mode: 'production', logLevel: 'warn' }));

// (b) single-file bundle, everything inlined and minified.
await step('bundle dist/hcc-widgets.bundle.js', () => build({ configFile, mode: 'bundle', logLevel: 'warn' }));

// (c) type declarations.
await step('type declarations (dist/types)', () => runBin('typescript/bin/tsc', ['-p', 'tsconfig.build.json']));

// (d) custom-elements.json in the repo root (Storybook reads it) and in dist (published).
await step('custom-elements.json', () => {
  runBin('@custom-elements-manifest/analyzer/cem.js', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
  copyFileSync(join(root, 'custom-elements.json'), join(dist, 'custom-elements.json'));
});

// (e) theme CSS from the design tokens.
await step('themes (dist/themes/*.css)', async () => {
  const { themeCss, TOKENS, DARK, CONTRAST } = await tsImport('../src/styles/tokens.ts', import.meta.url);
  const header = '/* hcc-widgets theme, generated from src/styles/tokens.ts. Public --hcc-* tokens; a page value set later wins. */\n';
  const themes = {
    // Light is the default for the whole page; the others apply on a class, on <html> or any container.
    light: themeCss(':root,\n.hcc-theme-light', TOKENS),
    dark: themeCss('.hcc-theme-dark', { ...TOKENS, ...DARK }),
    contrast: themeCss('.hcc-theme-contrast', { ...TOKENS, ...CONTRAST }),
  };
  mkdirSync(join(dist, 'themes'), { recursive: true });
  for (const [name, css] of Object.entries(themes)) writeFileSync(join(dist, 'themes', `${name}.css`), header + css);
});

// Check: no untransformed decorators anywhere in dist.
const jsFiles = walk(dist).filter((f) => f.endsWith('.js'));
const decorators = jsFiles.flatMap(findDecorators);
if (decorators.length) {
  console.error(`✗ untransformed decorators in dist:\n  ${decorators.join('\n  ')}`);
  process.exit(1);
}
console.log(`✓ no decorator syntax in ${jsFiles.length} dist files`);

// Check: every entry is reachable through package.json "exports" (package self-reference), with types.
const pkgName = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name;
const entryNames = readdirSync(dist).filter((n) => n.endsWith('.js') && !n.endsWith('.bundle.js')).map((n) => n.slice(0, -3));
const unreachable = [];
for (const name of entryNames) {
  const specifier = name === 'index' ? pkgName : `${pkgName}/${name}`;
  let target;
  try {
    target = fileURLToPath(import.meta.resolve(specifier));
  } catch {
    target = undefined;
  }
  const types = join(dist, 'types', 'src', name === 'core' || name === 'data' ? `${name}/index.d.ts` : `${name}.d.ts`);
  if (target !== join(dist, `${name}.js`) || !existsSync(types)) unreachable.push(`${specifier} → ${target ?? 'unresolved'}${existsSync(types) ? '' : `, no ${relative(root, types)}`}`);
}
for (const theme of ['light', 'dark', 'contrast']) {
  if (fileURLToPath(import.meta.resolve(`${pkgName}/themes/${theme}.css`)) !== join(dist, 'themes', `${theme}.css`)) unreachable.push(`${pkgName}/themes/${theme}.css`);
}
if (unreachable.length) {
  console.error(`✗ entries not exported as built:\n  ${unreachable.join('\n  ')}`);
  process.exit(1);
}
console.log(`✓ package exports resolve: ${entryNames.map((n) => (n === 'index' ? '.' : `./${n}`)).join(', ')}, ./themes/*.css`);

// Size table: each entry with the local modules it imports (dependencies excluded), the bundle, themes.
const rows = [];
const size = (files) => {
  const buf = Buffer.concat(files.map((f) => readFileSync(f)));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};
for (const f of readdirSync(dist).filter((n) => n.endsWith('.js')).sort()) {
  const file = join(dist, f);
  const files = f.endsWith('.bundle.js') ? [file] : localGraph(file);
  rows.push({ file: `dist/${f}`, note: f.endsWith('.bundle.js') ? 'all dependencies, minified' : `${files.length} modules, deps external, not minified`, ...size(files) });
}
for (const f of readdirSync(join(dist, 'themes')).sort()) rows.push({ file: `dist/themes/${f}`, note: '', ...size([join(dist, 'themes', f)]) });
rows.push({ file: 'dist/custom-elements.json', note: '', ...size([join(dist, 'custom-elements.json')]) });
const w = Math.max(...rows.map((r) => r.file.length));
console.log(`\n${'file'.padEnd(w)}  ${'raw'.padStart(10)}  ${'gzip -9'.padStart(10)}  note`);
for (const r of rows) console.log(`${r.file.padEnd(w)}  ${kib(r.raw).padStart(10)}  ${kib(r.gzip).padStart(10)}  ${r.note}`);
const total = walk(dist).reduce((n, f) => n + statSync(f).size, 0);
console.log(`\ndist: ${walk(dist).length} files, ${kib(total)} on disk; built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
