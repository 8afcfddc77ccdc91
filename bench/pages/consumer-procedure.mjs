// What a page pays for only the procedure family: `import 'hcc-widgets/procedure'`, against dist/ as published
// (package.json sideEffects apply: the nearest package.json of dist/ is the package's).
import '../../dist/procedure.js';
