import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { define } from '../../internal/define.js';
import { sourceFor } from '../../data/registry.js';
import { dataSourceContext, type DataSourceHandle } from '../../controllers/data-source-controller.js';

/**
 * @summary Points every hcc widget inside it at a back end, by attributes alone.
 *
 * @description Without attributes the widgets use the embedded local source (IndexedDB, demo data).
 * With `api` they use an HTTP back end implementing the hcc HTTP contract; with `procedures-src` the
 * procedure widgets read a static catalogue JSON. A widget's own `api` attribute still wins.
 *
 * @slot - The widgets.
 * @status stable
 */
export class HccDataSource extends LitElement {
  /** Base URL of the HTTP API, e.g. `https://hcc.example.vn/api/v1`. */
  @property() api = '';
  /** URL of a static procedure catalogue (`{ "procedures": [...] }`). */
  @property({ attribute: 'procedures-src' }) proceduresSrc = '';
  /** Run the demo queue simulator in the embedded local source. */
  @property({ type: Boolean }) simulate = false;

  private readonly provider = new ContextProvider(this, { context: dataSourceContext, initialValue: this.handle() });

  private handle(): DataSourceHandle {
    const config = { api: this.api || undefined, proceduresSrc: this.proceduresSrc || undefined, simulate: this.simulate };
    return { config, source: sourceFor(config) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('proceduresSrc') || changed.has('simulate')) this.provider.setValue(this.handle());
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /** Lays out as if it were not there. */
  static override styles = css`
    :host {
      display: contents;
    }
  `;
}

define('hcc-data-source', HccDataSource);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-data-source': HccDataSource;
  }
}
