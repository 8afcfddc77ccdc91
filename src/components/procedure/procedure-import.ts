import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { HccElement } from '../../internal/base-element.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import { importCatalogue, catalogueJson, type ImportReport } from '../../data/import/catalogue-import.js';
import type { Procedure } from '../../data/schemas/procedure.js';
import { strings } from './strings.js';
import './procedure-search.js';

/** Detail of `hcc-catalogue-import`. */
export interface CatalogueImportDetail {
  filename: string;
  /** The valid procedures. */
  procedures: Procedure[];
  /** The whole report (rejected rows with reasons, warnings). */
  report: ImportReport;
}

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
/** Largest file read (bytes): a whole national catalogue export is a few MB. */
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * @summary For city web editors: check a catalogue file exported from the national procedure
 * database (JSON or CSV) before publishing it, see every rejected row with the reason, preview the
 * search over the valid procedures, and download the checked catalogue for the static source.
 *
 * @description Nothing leaves the browser: the file is read and validated on the device with
 * `data/import`. Publish the downloaded `procedures.json` on the website and point the widgets at it
 * with `<hcc-data-source procedures-src="/procedures.json">`.
 *
 * @event hcc-catalogue-import - {CustomEvent<CatalogueImportDetail>} A file was read (also when some or all rows were rejected).
 *
 * @csspart base - The whole tool.
 * @csspart report - The summary and the table of rejected rows.
 * @status experimental
 * @dependency hcc-procedure-search
 */
export class HccProcedureImport extends HccElement {
  static override styles = [
    tokenStyles,
    css`
      :host { display: block; container-type: inline-size; background: var(--_color-surface); color: var(--_color-text); }
      .base { max-width: 60em; }
      h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.2em 0 0.5em; }
      .title { margin-top: 0; font-size: 1.3em; }
      label { display: block; font-weight: 700; margin-bottom: 0.25em; }
      input[type='file'] { font: inherit; min-height: 44px; max-width: 100%; }
      .help, .note { color: var(--_color-text-muted); }
      .summary { font-weight: 700; }
      .summary.bad { color: var(--_color-danger); }
      .fatal { border: 1px solid var(--_color-danger); background: var(--_color-danger-surface); padding: var(--_s); border-radius: var(--_radius); }
      .table-wrap { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--_color-border); padding: 0.4em 0.6em; }
      td ul { margin: 0; padding-left: 1.1em; }
      code { overflow-wrap: anywhere; }
      .download {
        display: inline-flex; align-items: center; min-height: 44px; padding: 0.4em 1em; border-radius: var(--_radius);
        background: var(--_color-brand); color: var(--_color-on-brand); text-decoration: none; font-weight: 600;
      }
      @container (max-width: 30em) {
        table, thead, tbody, tr, th, td { display: block; }
        thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        td { border: 0; padding: 0.15em 0; }
        tr { border-bottom: 1px solid var(--_color-border); padding: 0.5em 0; }
      }
      @media (forced-colors: active) { .download { border: 1px solid ButtonText; } }
      @media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
    `,
  ];

  /** Level of the tool's title (1–6); sections use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Shows `<hcc-procedure-search>` over the valid procedures once a file is read. */
  @property({ type: Boolean }) preview = false;

  @state() private report: ImportReport | undefined;
  @state() private filename = '';
  @state() private reading = false;
  @state() private unreadable = '';
  private downloadUrl = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.revoke();
  }

  private revoke(): void {
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = '';
  }

  /** Reads and checks a catalogue file (what choosing a file in the field does). */
  async importFile(file: File): Promise<ImportReport | undefined> {
    this.reading = true;
    this.unreadable = '';
    this.filename = file.name;
    try {
      if (file.size > MAX_BYTES) throw new RangeError(`${file.size} bytes > ${MAX_BYTES}`);
      return this.importText(await file.text(), file.name);
    } catch (e) {
      this.report = undefined;
      this.unreadable = String((e as Error)?.message ?? e);
      return undefined;
    } finally {
      this.reading = false;
    }
  }

  /** Checks catalogue text; `filename` (e.g. `catalogue.csv`) tells the format when it is not obvious. */
  importText(text: string, filename = ''): ImportReport {
    const report = importCatalogue(text, { filename });
    this.revoke();
    if (report.procedures.length > 0) this.downloadUrl = URL.createObjectURL(new Blob([catalogueJson(report)], { type: 'application/json' }));
    this.filename = filename;
    this.report = report;
    this.emit<CatalogueImportDetail>('hcc-catalogue-import', { filename, procedures: report.procedures, report });
    return report;
  }

  private h(offset: number): StaticValue {
    return HEADINGS[Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + offset) - 1]!;
  }

  override render() {
    const t = this.localize.t(strings);
    return html`<div class="base" part="base">
      ${staticHtml`<${this.h(0)} class="title">${t.importTitle}</${this.h(0)}>`}
      <p class="help" id="help">${t.importHelp}</p>
      <label for="file">${t.importFile}</label>
      <input
        id="file"
        type="file"
        accept=".json,.csv,.tsv,application/json,text/csv"
        aria-describedby="help"
        @change=${(e: Event) => {
          const f = (e.target as HTMLInputElement).files?.[0];
          if (f) void this.importFile(f);
        }}
      />
      <div role="status" aria-live="polite">${this.reading ? html`<p>${t.importReading}</p>` : this.renderSummary()}</div>
      ${this.renderDetails()}
    </div>`;
  }

  private renderSummary() {
    const t = this.localize.t(strings);
    if (this.unreadable) return html`<p class="fatal">${t.importUnreadable(this.unreadable)}</p>`;
    const r = this.report;
    if (!r) return nothing;
    const lang = this.localize.lang === 'en' ? 'en' : 'vi';
    if (r.fatal) return html`<p class="fatal">${t.importUnreadable(r.fatal[lang])}</p>`;
    return html`<p class="summary ${r.procedures.length === 0 ? 'bad' : ''}">
      ${r.procedures.length === 0 ? t.importNothing : nothing} ${t.importSummary(r.procedures.length, r.rejected.length)}
    </p>`;
  }

  private renderDetails() {
    const t = this.localize.t(strings);
    const r = this.report;
    if (!r || r.fatal) return nothing;
    const lang = this.localize.lang === 'en' ? 'en' : 'vi';
    const out = this.filename.replace(/\.[^.]+$/, '') || 'procedures';
    return html`<div part="report">
      ${this.downloadUrl ? html`<p><a class="download" href=${this.downloadUrl} download=${`${out}.checked.json`}>${t.importDownload}</a></p>` : nothing}
      ${r.warnings.length
        ? html`${staticHtml`<${this.h(1)}>${t.importWarnings}</${this.h(1)}>`}<ul>${r.warnings.map((w) => html`<li>${w[lang]}</li>`)}</ul>`
        : nothing}
      ${r.rejected.length
        ? html`${staticHtml`<${this.h(1)} id="rejected">${t.importRejected}</${this.h(1)}>`}
            <div class="table-wrap" role="region" aria-labelledby="rejected" tabindex="0">
              <table>
                <thead>
                  <tr><th scope="col">${t.importRow}</th><th scope="col">${t.importCode}</th><th scope="col">${t.importProblems}</th></tr>
                </thead>
                <tbody>
                  ${r.rejected.map(
                    (x) => html`<tr>
                      <td>${x.row}</td>
                      <td>${x.code ? html`<code>${x.code}</code>` : '–'}</td>
                      <td><ul>${x.issues[lang].map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}</ul></td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        : nothing}
      ${this.preview && r.procedures.length
        ? html`<hcc-procedure-search .procedures=${r.procedures} heading-level=${Math.min(6, this.headingLevel + 1)} label=${t.importPreview}></hcc-procedure-search>`
        : nothing}
    </div>`;
  }
}

define('hcc-procedure-import', HccProcedureImport);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-procedure-import': HccProcedureImport;
  }
  interface GlobalEventHandlersEventMap {
    'hcc-catalogue-import': CustomEvent<CatalogueImportDetail>;
  }
}
