// What a page pays for only the rating family: `import 'hcc-widgets/rating'`, against dist/ as published
// (package.json sideEffects apply: the nearest package.json of dist/ is the package's).
import '../../dist/rating.js';
