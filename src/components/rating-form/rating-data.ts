import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { applyEvent } from '../../core/queue/engine.js';
import { parseIso } from '../../core/time/index.js';
import { toDataError, type DataError } from '../../data/errors.js';
import type { ConnectionState, DataSource } from '../../data/ports.js';
import type { OrgData } from '../../data/schemas/org.js';
import type { QueueSnapshot, Ticket } from '../../data/schemas/queue.js';

/**
 * The rating form's data layer, loaded lazily so that the form renders and stores ratings without
 * it: resolves the data source (own `api`, nearest `<hcc-data-source>`, page default), hands it to
 * the outbox as its sink, loads the organisation (counter number, officer name and photo) and binds
 * the ticket last served at the counter from the live queue.
 * @internal
 */

/** What the queue says about the counter. */
export interface QueueBinding {
  /** The ticket being served at the counter, else the one served there last. */
  ticket?: { id: string; number: number; dossierCode?: string };
  /** The officer on duty at the counter. */
  officerId?: string;
  connection: ConnectionState;
}

/** The form as the data layer sees it. */
export interface RatingDataHost extends ReactiveControllerHost, HTMLElement {
  readonly api: string;
  readonly dataKeys: { unitId: string; counterId: string; queueBinding: boolean; needOrg: boolean };
  onSource(source: DataSource): void;
  onOrg(org: OrgData): void;
  onQueue(binding: QueueBinding): void;
  reportDataError(error: DataError): void;
}

/**
 * The ticket a rating at `counterId` is about: the one being served there now, else the one whose
 * service there ended last. `undefined` when the counter has served nobody in the snapshot.
 */
export function ticketAtCounter(snapshot: QueueSnapshot, counterId: string): Ticket | undefined {
  let last: Ticket | undefined;
  let lastEnd = -Infinity;
  for (const t of snapshot.tickets) {
    if (t.counterId !== counterId) continue;
    if (t.status === 'serving') return t;
    if (t.status === 'served') {
      const end = parseIso(t.endedAt ?? t.startedAt ?? t.issuedAt) ?? -Infinity;
      if (end >= lastEnd) {
        last = t;
        lastEnd = end;
      }
    }
  }
  return last;
}

/** The binding of `counterId` in `snapshot`. */
export function bindingOf(snapshot: QueueSnapshot, counterId: string, connection: ConnectionState): QueueBinding {
  const b: QueueBinding = { connection };
  const t = ticketAtCounter(snapshot, counterId);
  if (t) b.ticket = t.dossierCode ? { id: t.id, number: t.number, dossierCode: t.dossierCode } : { id: t.id, number: t.number };
  const officerId = snapshot.counters.find((c) => c.counterId === counterId)?.officerId;
  if (officerId) b.officerId = officerId;
  return b;
}

/** Controller of the form's data layer; see the module documentation. */
export class RatingData implements ReactiveController {
  private source: DataSource | undefined;
  private signal: AbortSignal | undefined;
  private orgFor: DataSource | undefined;
  private queueKey = '';
  private queueCtrl: AbortController | undefined;

  constructor(private readonly host: RatingDataHost) {
    host.addController(this);
    new DataSourceController(host, () => ({ api: host.api || undefined }), (source, signal) => {
      this.source = source;
      this.signal = signal;
      this.orgFor = undefined;
      this.queueKey = '';
      host.onSource(source);
      this.refresh();
    });
  }

  hostDisconnected(): void {
    this.queueCtrl?.abort();
    this.queueCtrl = undefined;
    this.queueKey = '';
    this.orgFor = undefined;
  }

  /** Starts what the host's current keys need and stops what they no longer need. */
  refresh(): void {
    const source = this.source;
    const signal = this.signal;
    if (!source || !signal || signal.aborted || !this.host.isConnected) return;
    const keys = this.host.dataKeys;
    if (keys.needOrg && this.orgFor !== source) {
      this.orgFor = source;
      source.org(signal).then(
        (org) => {
          if (!signal.aborted) this.host.onOrg(org);
        },
        (e) => {
          if (signal.aborted) return;
          this.orgFor = undefined;
          this.host.reportDataError(toDataError(e, 'org'));
        },
      );
    }
    const queueKey = keys.queueBinding ? `${keys.unitId}|${keys.counterId}` : '';
    if (queueKey === this.queueKey) return;
    this.queueKey = queueKey;
    this.queueCtrl?.abort();
    this.queueCtrl = undefined;
    if (!queueKey) return;
    const ctrl = (this.queueCtrl = new AbortController());
    signal.addEventListener('abort', () => ctrl.abort(), { once: true });
    const { unitId, counterId } = keys;
    let snapshot: QueueSnapshot | undefined;
    let connection: ConnectionState = 'connecting';
    const publish = () => {
      if (snapshot && !ctrl.signal.aborted) this.host.onQueue(bindingOf(snapshot, counterId, connection));
    };
    source.subscribe(
      unitId,
      (m) => {
        switch (m.type) {
          case 'snapshot':
            snapshot = m.snapshot;
            publish();
            break;
          case 'event':
            if (snapshot) {
              const next = applyEvent(snapshot, m.event);
              if (next !== snapshot) {
                snapshot = next;
                publish();
              }
            }
            break;
          case 'state':
            connection = m.state;
            publish();
            break;
          case 'error':
            this.host.reportDataError(m.error);
            break;
          default:
            break;
        }
      },
      ctrl.signal,
    );
  }
}
