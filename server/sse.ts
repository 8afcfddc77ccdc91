import type { ServerResponse } from 'node:http';
import type { QueueEvent } from '../src/data/schemas/queue.js';
import { toIso } from '../src/core/time/index.js';
import type { QueueService } from './queue.js';

/** Default and smallest heartbeat interval (ms). */
export const DEFAULT_HEARTBEAT_MS = 15_000;
export const MIN_HEARTBEAT_MS = 200;
/** Reconnection delay the server suggests to EventSource (`retry:`). */
export const RETRY_MS = 2000;
/** A client that lets this much pile up unread is disconnected; it resumes from a snapshot. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** Closed connections remembered for /__admin/state. */
const KEEP_CLOSED = 100;

/** One open (or recently closed) queue stream. */
export interface StreamInfo {
  id: number;
  unitId: string;
  /** The `Last-Event-ID` the client sent (header, or `lastEventId` query parameter), if any. */
  lastEventId: string | null;
  /** Id of the last message sent on this connection. */
  lastSentId: string;
  openedAt: string;
  closedAt: string | null;
}

interface Conn {
  info: StreamInfo;
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

/** Formats one SSE message. `data` never contains a raw newline (JSON escapes them). */
export function sseMessage(event: string, data: string, id?: string): string {
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${data}\n\n`;
}

/**
 * The queue streams: every connection gets a full snapshot first, then the unit's events as they are
 * committed, and heartbeats in between.
 */
export class SseHub {
  private conns = new Set<Conn>();
  private closed: StreamInfo[] = [];
  private nextId = 1;
  /** Last `Last-Event-ID` received per stream path (connections without one leave it as it was). */
  readonly lastEventIds = new Map<string, string>();

  constructor(
    private readonly queue: QueueService,
    private readonly now: () => number,
    private readonly offsetMinutes: number,
  ) {
    queue.listen((unitId, epoch, events) => this.broadcast(unitId, epoch, events));
  }

  /**
   * Serves one stream on `res` (headers already sent) until the client or the server closes it.
   * With `malformed`, an unparseable snapshot message goes out before the real one.
   */
  open(res: ServerResponse, unitId: string, opts: { lastEventId: string | null; heartbeatMs: number; malformed: boolean }): Promise<void> {
    const snapshot = this.queue.resumeSnapshot(unitId, opts.lastEventId);
    if (!snapshot) {
      res.end();
      return Promise.resolve();
    }
    const path = `/queue/${unitId}/stream`;
    if (opts.lastEventId !== null) this.lastEventIds.set(path, opts.lastEventId);
    const id = `${snapshot.epoch}.${snapshot.seq}`;
    const info: StreamInfo = { id: this.nextId++, unitId, lastEventId: opts.lastEventId, lastSentId: id, openedAt: toIso(this.now(), this.offsetMinutes), closedAt: null };
    res.socket?.setNoDelay(true);
    res.socket?.setTimeout(0);
    let head = `retry: ${RETRY_MS}\n\n`;
    if (opts.malformed) head += sseMessage('snapshot', '{"unitId": "' + unitId + '", "seq": ');
    res.write(head + sseMessage('snapshot', JSON.stringify(snapshot), id));
    const timer = setInterval(() => {
      const seq = this.queue.snapshot(unitId)?.seq ?? 0;
      this.write(conn, sseMessage('heartbeat', JSON.stringify({ at: toIso(this.now(), this.offsetMinutes), seq })));
    }, opts.heartbeatMs);
    const conn: Conn = { info, res, timer };
    this.conns.add(conn);
    return new Promise((resolve) => {
      res.on('close', () => {
        clearInterval(timer);
        this.conns.delete(conn);
        info.closedAt = toIso(this.now(), this.offsetMinutes);
        this.closed.push(info);
        if (this.closed.length > KEEP_CLOSED) this.closed.shift();
        resolve();
      });
    });
  }

  private write(conn: Conn, text: string): void {
    if (conn.res.destroyed) return;
    if (conn.res.writableLength > MAX_BUFFERED_BYTES) {
      conn.res.destroy();
      return;
    }
    conn.res.write(text);
  }

  private broadcast(unitId: string, epoch: string, events: readonly QueueEvent[]): void {
    for (const conn of this.conns) {
      if (conn.info.unitId !== unitId) continue;
      let text = '';
      for (const e of events) {
        const id = `${epoch}.${e.seq}`;
        text += sseMessage('queue', JSON.stringify(e), id);
        conn.info.lastSentId = id;
      }
      this.write(conn, text);
    }
  }

  /**
   * Closes every open stream (of one unit, when given); returns how many were closed. By default the
   * socket is destroyed, as a network failure or a crash would; `graceful` ends the response instead.
   */
  kill(opts: { unitId?: string | undefined; graceful?: boolean | undefined } = {}): number {
    let n = 0;
    for (const conn of [...this.conns]) {
      if (opts.unitId && conn.info.unitId !== opts.unitId) continue;
      if (opts.graceful) conn.res.end();
      else conn.res.destroy();
      n++;
    }
    return n;
  }

  /** Open streams and the recently closed ones, for /__admin/state. */
  state(): { open: StreamInfo[]; recent: StreamInfo[]; lastEventIds: Record<string, string> } {
    return {
      open: [...this.conns].map((c) => ({ ...c.info })),
      recent: this.closed.map((i) => ({ ...i })),
      lastEventIds: Object.fromEntries(this.lastEventIds),
    };
  }

  get openCount(): number {
    return this.conns.size;
  }
}
