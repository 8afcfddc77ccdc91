import { CaseColumnsBuilder, caseColumnsBytes, caseColumnsTransferables, type CaseColumns } from '../core/kpi/columns.js';
import { attachFeedback, type CaseFeedback } from '../core/kpi/feedback.js';
import { computeKpis, kpiOrgContext } from '../core/kpi/engine.js';
import { procedureFacts } from '../core/kpi/procedures.js';
import { HttpSource } from '../data/adapters/http/http-source.js';
import { ingestHttp } from './kpi-ingest.js';
import { errorData, type CalendarData, type HttpCaseSource, type IngestSummary, type KpiInfo, type KpiRequest, type KpiResponse, type KpiSideData } from './kpi-protocol.js';

const calendarOf = (c: CalendarData) => ({ offsetMinutes: c.offsetMinutes, ...(c.workDays ? { workDays: c.workDays } : {}), holidays: c.holidays ?? [] });

/**
 * The KPI engine's state and message handling, shared by the Worker (`kpi.worker.ts`) and the
 * main-thread fallback of {@link KpiWorkerClient}: case columns (loaded, appended chunk by chunk, or
 * fetched from an HTTP source), the side data (catalogue facts, ratings, petitions, tickets, org
 * context), and queries over them. A new set of columns replaces the old one only once complete, so
 * queries keep answering from the previous data while an ingest runs or when it fails.
 */
export class KpiHost {
  private columns: CaseColumns | undefined;
  private feedback: CaseFeedback | undefined;
  private side: KpiSideData = {};
  private builder: { b: CaseColumnsBuilder; started: number } | undefined;
  private readonly running = new Map<number, AbortController>();

  constructor(
    private readonly post: (message: KpiResponse, transfer?: Transferable[]) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Handles one request; answers through `post`, never throws. */
  async handle(req: KpiRequest): Promise<void> {
    const ok = (value?: Extract<KpiResponse, { type: 'ok' }>['value'], transfer?: Transferable[]) => this.post({ id: req.id, type: 'ok', ...(value !== undefined ? { value } : {}) }, transfer);
    try {
      switch (req.type) {
        case 'load':
          this.setColumns(req.columns);
          return ok(this.info());
        case 'set':
          this.side = { ...this.side, ...req.data };
          this.feedback = undefined;
          return ok(this.info());
        case 'begin':
          this.builder = { b: new CaseColumnsBuilder({ calendar: calendarOf(req.calendar) }), started: this.now() };
          return ok(null);
        case 'append': {
          const s = this.builder;
          if (!s) throw new Error('append before begin');
          s.b.append(req.cases);
          this.post({ id: req.id, type: 'progress', records: s.b.length });
          return ok(null);
        }
        case 'end': {
          const s = this.builder;
          if (!s) throw new Error('end before begin');
          this.builder = undefined;
          this.setColumns(s.b.seal());
          return ok(this.summary(s.b, s.started));
        }
        case 'ingest-http':
          return ok(await this.ingestHttp(req.id, req.source, req.calendar));
        case 'query': {
          const c = this.columns;
          if (c && !this.feedback && (this.side.ratings?.length || this.side.petitions?.length)) {
            this.feedback = attachFeedback(c, this.side.ratings ?? [], this.side.petitions ?? []);
          }
          const result = computeKpis(
            {
              ...(c ? { cases: c } : {}),
              ...(this.feedback ? { feedback: this.feedback } : {}),
              ...(this.side.procedures ? { procedures: this.side.procedures } : {}),
              ...(this.side.ratings ? { ratings: this.side.ratings } : {}),
              ...(this.side.petitions ? { petitions: this.side.petitions } : {}),
              ...(this.side.tickets ? { tickets: this.side.tickets } : {}),
              ...(this.side.org ? { org: this.side.org } : {}),
            },
            req.query,
          );
          return ok(result);
        }
        case 'export': {
          const c = this.columns;
          if (!c) return ok(null);
          // Transferred away: this side no longer holds them.
          this.columns = undefined;
          this.feedback = undefined;
          return ok(c, caseColumnsTransferables(c));
        }
        case 'info':
          return ok(this.info());
        case 'cancel':
          this.running.get(req.target)?.abort();
          return ok(null);
      }
    } catch (e) {
      this.post({ id: req.id, type: 'error', error: errorData(e) });
    }
  }

  private setColumns(c: CaseColumns): void {
    this.columns = c;
    this.feedback = undefined;
  }

  private info(): KpiInfo {
    const c = this.columns;
    return {
      records: c?.length ?? 0,
      rejected: c?.rejected ?? 0,
      bytes: c ? caseColumnsBytes(c) : 0,
      ratings: this.side.ratings?.length ?? 0,
      petitions: this.side.petitions?.length ?? 0,
      tickets: this.side.tickets?.length ?? 0,
      procedures: this.side.procedures?.length ?? 0,
    };
  }

  private summary(b: CaseColumnsBuilder, started: number, bytes?: number): IngestSummary {
    return { records: b.length, rejected: b.rejected, rejections: [...b.rejections], ...(bytes !== undefined ? { bytes } : {}), ms: this.now() - started };
  }

  private async ingestHttp(id: number, source: HttpCaseSource, calendar: CalendarData): Promise<IngestSummary> {
    const ctl = new AbortController();
    this.running.set(id, ctl);
    const started = this.now();
    try {
      const builder = new CaseColumnsBuilder({ calendar: calendarOf(calendar) });
      const http = new HttpSource({ api: source.api });
      const q = source.query;
      // The small sets travel as JSON next to the case stream; none is parsed on the main thread.
      const wantSide = source.sideData !== false;
      const side = wantSide
        ? Promise.all([
            http.org(ctl.signal).catch(() => undefined),
            http.procedures(ctl.signal).catch(() => undefined),
            http.ratings(q, ctl.signal),
            http.petitions(q, ctl.signal),
          ])
        : Promise.resolve([undefined, undefined, undefined, undefined] as const);
      // Awaited after the cases; a failure there must not surface as an unhandled rejection first.
      side.catch(() => undefined);
      const bytes = await ingestHttp(source.api, q, builder, {
        signal: ctl.signal,
        validate: source.validate ?? 'fields',
        ...(source.url ? { url: source.url } : {}),
        ...(source.chunkSize ? { chunkSize: source.chunkSize } : {}),
        onProgress: (records, b) => this.post({ id, type: 'progress', records, ...(b !== undefined ? { bytes: b } : {}) }),
      });
      const [org, procedures, ratings, petitions] = await side;
      this.setColumns(builder.seal());
      this.side = {
        ...this.side,
        ...(ratings ? { ratings } : {}),
        ...(petitions ? { petitions } : {}),
        ...(procedures ? { procedures: procedureFacts(procedures) } : {}),
        ...(org ? { org: kpiOrgContext(org) } : {}),
      };
      return this.summary(builder, started, bytes);
    } catch (e) {
      ctl.abort();
      throw e;
    } finally {
      this.running.delete(id);
    }
  }
}
