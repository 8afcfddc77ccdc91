import type { DataSource } from './ports.js';

/**
 * Where widgets get their data. Precedence: a widget's own `api` / `procedures-src` attributes, then the
 * nearest `<hcc-data-source>` around it, then the page default: the embedded local source (IndexedDB,
 * seeded with demo data), unless the page set another with {@link setDefaultSource}.
 * Sources are created lazily and shared per configuration, so ten widgets pointing at one API share one
 * connection.
 */

/** What selects a source. */
export interface SourceConfig {
  /** Base URL of an HTTP back end implementing the contract (e.g. `https://hcc.example.vn/api/v1`). */
  api?: string | undefined;
  /** URL of a static procedure catalogue JSON; other data still comes from `api` or the default. */
  proceduresSrc?: string | undefined;
  /** Run the queue simulator in the embedded local source (demo halls). */
  simulate?: boolean | undefined;
}

type Factory = () => DataSource | Promise<DataSource>;

let defaultFactory: Factory | undefined;
let defaultSourcePromise: Promise<DataSource> | undefined;
const cache = new Map<string, Promise<DataSource>>();

/** Replaces the page default (e.g. a MemorySource in tests and stories, or an HttpSource for a whole page). */
export function setDefaultSource(source: DataSource | Factory | undefined): void {
  defaultFactory = source === undefined ? undefined : typeof source === 'function' ? source : () => source;
  defaultSourcePromise = undefined;
  cache.clear();
}

/** Options of the embedded local default, set before the first widget asks for data. */
let localOptions: { simulate?: boolean } = {};
export function configureLocalDefault(opts: { simulate?: boolean }): void {
  localOptions = { ...localOptions, ...opts };
}

/** The page default source. */
export function defaultSource(): Promise<DataSource> {
  if (!defaultSourcePromise) {
    defaultSourcePromise = defaultFactory
      ? Promise.resolve(defaultFactory())
      : import('./adapters/local/local-source.js').then((m) => m.sharedLocalSource(localOptions));
  }
  return defaultSourcePromise;
}

/** The source for a configuration, created once per distinct configuration. */
export function sourceFor(config: SourceConfig): Promise<DataSource> {
  const api = config.api?.trim() || undefined;
  const proceduresSrc = config.proceduresSrc?.trim() || undefined;
  if (!api && !proceduresSrc) {
    if (config.simulate) configureLocalDefault({ simulate: true });
    return defaultSource();
  }
  const key = `${api ?? ''}|${proceduresSrc ?? ''}`;
  let p = cache.get(key);
  if (!p) {
    p = (async () => {
      const base = api
        ? new (await import('./adapters/http/http-source.js')).HttpSource({ api })
        : await defaultSource();
      if (!proceduresSrc) return base;
      const [{ StaticProcedureSource }, { composeSources }] = await Promise.all([
        import('./adapters/static/static-procedures.js'),
        import('./adapters/compose.js'),
      ]);
      const staticSource = new StaticProcedureSource({ url: proceduresSrc });
      return composeSources(base, staticSource);
    })();
    cache.set(key, p);
  }
  return p;
}
