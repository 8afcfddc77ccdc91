// Custom Elements Manifest (custom-elements.json) from the components' JSDoc. Storybook's argument
// tables and editors' completions read it. The base element is analysed too so that inherited
// members (`theme`, `scale`) appear on every widget.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/base-element.ts'],
  exclude: ['src/components/**/*.test.ts', 'src/components/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // package.json already points at dist/custom-elements.json; do not let the analyzer rewrite it.
  packagejson: false,
};
