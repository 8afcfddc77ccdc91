/** One dispatched Server-Sent Event. */
export interface SseEvent {
  /** The `event:` field, `message` when absent. */
  type: string;
  /** The `data:` lines joined with `\n`. */
  data: string;
  /** The last event id in effect when this event was dispatched (may come from an earlier event). */
  lastEventId: string;
}

/** What the parser reports besides events. */
export interface SseParserHandlers {
  onEvent(event: SseEvent): void;
  /** A valid `retry:` field, in milliseconds. */
  onRetry?(ms: number): void;
  /** A comment line (`: text`), without the colon; servers send them as keep-alives. */
  onComment?(text: string): void;
}

/**
 * An incremental parser of the `text/event-stream` format as the HTML standard defines it:
 * lines end in CRLF, LF or CR (also when split across chunks); a leading BOM is dropped; `:` starts a
 * comment; `field: value` loses one space after the colon; `data` lines accumulate; an `id` containing
 * NUL is ignored; `retry` takes digits only; a blank line dispatches, and an event with no data is
 * not dispatched. Text after the last blank line is dropped at the end of the stream.
 */
export class SseParser {
  private buffer = '';
  private started = false;
  /** The previous chunk ended in CR, so a leading LF belongs to that line ending. */
  private skipLf = false;
  private data = '';
  private hasData = false;
  private eventType = '';
  /** The last event id buffer; survives across events, as in the standard. */
  lastEventId: string;

  constructor(private readonly handlers: SseParserHandlers, initialLastEventId = '') {
    this.lastEventId = initialLastEventId;
  }

  /** Feeds decoded text. */
  push(text: string): void {
    if (!this.started) {
      if (text.length === 0) return;
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.skipLf && text.startsWith('\n')) text = text.slice(1);
    this.skipLf = false;
    const s = this.buffer + text;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.line(s.slice(start, i));
      if (c === 13) {
        if (i + 1 < s.length) {
          if (s.charCodeAt(i + 1) === 10) i++;
        } else this.skipLf = true;
      }
      start = i + 1;
    }
    this.buffer = s.slice(start);
  }

  /** Ends the stream: an unterminated event is discarded, per the standard. */
  end(): void {
    this.buffer = '';
    this.data = '';
    this.hasData = false;
    this.eventType = '';
    this.skipLf = false;
  }

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.charCodeAt(0) === 58 /* : */) {
      this.handlers.onComment?.(line.slice(1).replace(/^ /, ''));
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    switch (field) {
      case 'event':
        this.eventType = value;
        break;
      case 'data':
        this.data += value + '\n';
        this.hasData = true;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.handlers.onRetry?.(Number(value));
        break;
      default:
        // Unknown fields are ignored, as the standard requires.
        break;
    }
  }

  private dispatch(): void {
    const type = this.eventType || 'message';
    this.eventType = '';
    if (!this.hasData) {
      this.data = '';
      return;
    }
    const data = this.data.slice(0, -1);
    this.data = '';
    this.hasData = false;
    this.handlers.onEvent({ type, data, lastEventId: this.lastEventId });
  }
}
