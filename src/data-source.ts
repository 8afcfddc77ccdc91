/**
 * `<hcc-data-source>`: points the widgets inside it at a back end by attributes alone (`api`,
 * `procedures-src`, `simulate`). Importing this module registers the element; `hcc-widgets` and the
 * single-file bundle include it.
 */
export { HccDataSource } from './components/data-source/data-source.js';
export { DataSourceController, dataSourceContext, type DataSourceHandle } from './controllers/data-source-controller.js';
