// What a page pays for only the queue family: `import 'hcc-widgets/queue'`, against dist/ as published
// (package.json sideEffects apply: the nearest package.json of dist/ is the package's).
import '../../dist/queue.js';
