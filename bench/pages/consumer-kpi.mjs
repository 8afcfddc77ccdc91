// What a page pays for only the kpi family: `import 'hcc-widgets/kpi'`, against dist/ as published
// (package.json sideEffects apply: the nearest package.json of dist/ is the package's).
import '../../dist/kpi.js';
