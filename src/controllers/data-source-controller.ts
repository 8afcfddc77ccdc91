import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer, createContext } from '@lit/context';
import type { DataSource } from '../data/ports.js';
import { sourceFor, type SourceConfig } from '../data/registry.js';

/** What `<hcc-data-source>` provides to the widgets inside it. */
export interface DataSourceHandle {
  config: SourceConfig;
  source: Promise<DataSource>;
}

/** Context key shared by `<hcc-data-source>` and every widget. */
export const dataSourceContext = createContext<DataSourceHandle | undefined>(Symbol.for('hcc-data-source'));

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Resolves the data source of a widget: its own config (e.g. an `api` attribute) first, then the nearest
 * `<hcc-data-source>`, then the page default. Calls `onChange` whenever the resolved source changes, with
 * an AbortSignal that aborts when it changes again or the host disconnects.
 */
export class DataSourceController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof dataSourceContext, Host>;
  private ctrl?: AbortController;
  private key = '';
  /** What the nearest `<hcc-data-source>` provides (set by the consumer's callback). */
  private provided?: DataSourceHandle;
  /** The resolved source, once known. */
  source?: DataSource;

  constructor(
    private readonly host: Host,
    private readonly ownConfig: () => SourceConfig,
    private readonly onChange: (source: DataSource, signal: AbortSignal) => void,
  ) {
    host.addController(this);
    // The provider may answer inside this constructor (a controller created while its host is
    // connected), before `this.consumer` is assigned: keep the value the callback receives.
    this.consumer = new ContextConsumer(host, {
      context: dataSourceContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        this.resolve();
      },
    });
  }

  hostConnected(): void {
    // The provider answers synchronously during connect when there is one; resolve after that.
    queueMicrotask(() => this.resolve());
  }

  hostUpdated(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.ctrl?.abort();
    this.ctrl = undefined;
    this.key = '';
  }

  private resolve(): void {
    if (!this.host.isConnected) return;
    const own = this.ownConfig();
    const provided = this.provided ?? this.consumer?.value;
    const useOwn = Boolean(own.api || own.proceduresSrc);
    const key = useOwn ? `own|${own.api ?? ''}|${own.proceduresSrc ?? ''}` : provided ? `ctx|${provided.config.api ?? ''}|${provided.config.proceduresSrc ?? ''}` : `default|${own.simulate ? 1 : 0}`;
    if (key === this.key) return;
    this.key = key;
    this.ctrl?.abort();
    const ctrl = (this.ctrl = new AbortController());
    const promise = useOwn ? sourceFor(own) : provided ? provided.source : sourceFor({ simulate: own.simulate });
    promise.then(
      (source) => {
        if (ctrl.signal.aborted) return;
        this.source = source;
        this.onChange(source, ctrl.signal);
      },
      (e) => console.error('hcc: data source unavailable', e),
    );
  }
}
