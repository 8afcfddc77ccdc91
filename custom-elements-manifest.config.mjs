// Custom Elements Manifest (custom-elements.json) from the components' JSDoc. Storybook's argument
// tables and editors' completions read it. The base element is analysed too so that inherited
// members (`theme`, `scale`) appear on every widget.

/**
 * Components register through `@hccElement('hcc-x')` or `define('hcc-x', Class)` (duplicate-safe,
 * src/internal/define.ts), which the analyzer does not know; without this the manifest would have
 * classes but no tag names.
 */
function hccDefinitions() {
  const stringArg = (ts, call) => {
    const a = call.arguments[0];
    return a && (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a)) ? a.text : undefined;
  };
  const add = (moduleDoc, tag, className) => {
    moduleDoc.exports = [
      ...(moduleDoc.exports ?? []),
      { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: moduleDoc.path } },
    ];
  };
  return {
    name: 'hcc-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name) {
        for (const mod of node.modifiers ?? []) {
          const expr = ts.isDecorator(mod) ? mod.expression : undefined;
          if (expr && ts.isCallExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === 'hccElement') {
            const tag = stringArg(ts, expr);
            if (tag) add(moduleDoc, tag, node.name.text);
          }
        }
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'define') {
        const tag = stringArg(ts, node);
        const cls = node.arguments[1];
        if (tag && cls && ts.isIdentifier(cls)) add(moduleDoc, tag, cls.text);
      }
    },
  };
}

/**
 * Keeps the manifest to the public API: private and protected members are not, and the base
 * element's `emit(name, …)` helper would otherwise show up as an event literally called `name`
 * on every widget (each widget documents its own events with `@fires`).
 */
function publicApiOnly() {
  return {
    name: 'hcc-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));
          if (decl.events) decl.events = decl.events.filter((e) => e.inheritedFrom?.name !== 'HccElement' && !(decl.name === 'HccElement' && e.name === 'name'));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/base-element.ts'],
  exclude: ['src/components/**/*.test.ts', 'src/components/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // package.json already points at dist/custom-elements.json; do not let the analyzer rewrite it.
  packagejson: false,
  plugins: [hccDefinitions(), publicApiOnly()],
};
