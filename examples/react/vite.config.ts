import { defineConfig } from 'vite';

// A plain Vite build: hcc-widgets needs no plugin. JSX with React's automatic runtime.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { target: 'es2022' },
});
