import { expect } from '@open-wc/testing';
import { SseParser, type SseEvent } from '../../../../src/data/adapters/http/sse-parser.js';

/** Feeds `chunks` to a fresh parser and collects what it reports. */
function parse(chunks: string[], initialId = '') {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const comments: string[] = [];
  const p = new SseParser({ onEvent: (e) => events.push(e), onRetry: (ms) => retries.push(ms), onComment: (c) => comments.push(c) }, initialId);
  for (const c of chunks) p.push(c);
  p.end();
  return { events, retries, comments, lastEventId: p.lastEventId };
}

describe('SseParser', () => {
  it('dispatches an event with its type, data and id on a blank line', () => {
    const { events } = parse(['event: queue\nid: e1.5\ndata: {"a":1}\n\n']);
    expect(events).to.deep.equal([{ type: 'queue', data: '{"a":1}', lastEventId: 'e1.5' }]);
  });

  it('joins multi-line data with newlines and drops the final newline', () => {
    const { events } = parse(['data: first\ndata:second\ndata\ndata:  indented\n\n']);
    expect(events[0]!.data).to.equal('first\nsecond\n\n indented');
    expect(events[0]!.type).to.equal('message');
  });

  it('accepts LF, CRLF and CR line endings, also when CR and LF arrive in different chunks', () => {
    const { events } = parse(['data: a\r\n\r\ndata: b\r\rdata: c\r', '\n\r', '\ndata: d\n\n']);
    expect(events.map((e) => e.data)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('reassembles fields split at any character boundary', () => {
    const text = 'event: snapshot\nid: x.1\ndata: {"v":"Xin mời"}\n\nevent: queue\ndata: 2\n\n';
    const whole = parse([text]).events;
    for (let cut = 1; cut < text.length; cut++) {
      expect(parse([text.slice(0, cut), text.slice(cut)]).events, `cut at ${cut}`).to.deep.equal(whole);
    }
    expect(parse([...text]).events).to.deep.equal(whole);
  });

  it('reports comments and does not dispatch them', () => {
    const { events, comments } = parse([': keep-alive\n:\n\ndata: x\n\n']);
    expect(comments).to.deep.equal(['keep-alive', '']);
    expect(events).to.have.length(1);
  });

  it('takes retry only when it is all digits', () => {
    expect(parse(['retry: 2000\n\nretry: 2s\nretry: -5\nretry:\n\n']).retries).to.deep.equal([2000]);
  });

  it('keeps the last event id across events and ignores ids containing NUL', () => {
    const { events, lastEventId } = parse(['id: a.1\ndata: 1\n\ndata: 2\n\nid: bad\0id\ndata: 3\n\n']);
    expect(events.map((e) => e.lastEventId)).to.deep.equal(['a.1', 'a.1', 'a.1']);
    expect(lastEventId).to.equal('a.1');
  });

  it('sets the id even for an event that has no data, without dispatching it', () => {
    const { events, lastEventId } = parse(['id: e.9\nevent: queue\n\ndata: later\n\n']);
    expect(events).to.deep.equal([{ type: 'message', data: 'later', lastEventId: 'e.9' }]);
    expect(lastEventId).to.equal('e.9');
  });

  it('dispatches an event whose only data line is empty', () => {
    expect(parse(['data\n\n']).events).to.deep.equal([{ type: 'message', data: '', lastEventId: '' }]);
  });

  it('starts from the given last event id', () => {
    expect(parse(['data: x\n\n'], 'e.3').events[0]!.lastEventId).to.equal('e.3');
  });

  it('drops a leading byte order mark and an unterminated event at the end', () => {
    const { events } = parse(['\uFEFFdata: one\n\ndata: unfinished']);
    expect(events.map((e) => e.data)).to.deep.equal(['one']);
  });

  it('ignores unknown fields and strips only one space after the colon', () => {
    const { events } = parse(['foo: bar\nevent:  spaced\ndata:   x\n\n']);
    expect(events).to.deep.equal([{ type: ' spaced', data: '  x', lastEventId: '' }]);
  });
});
