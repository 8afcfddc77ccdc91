import { expect } from '@open-wc/testing';
import { AnnouncementQueue, defaultStallMs, type AnnouncementEvent, type AnnouncementOutput } from '../../../src/core/queue/announcement-queue.js';
import { ManualClock } from '../../helpers/manual-clock.js';

/**
 * A recording output on the manual clock: the chime lasts 1.2 s, each utterance 3 s (or never ends,
 * for the stall tests). It records what was played and flags any overlap or interruption.
 */
class Recorder implements AnnouncementOutput {
  log: string[] = [];
  playing: string | undefined;
  overlaps = 0;
  interrupted = 0;
  cancels = 0;
  /** Utterances (by text) that hang: they never call done. */
  hang = new Set<string>();
  hangOnce = new Set<string>();
  constructor(private readonly clock: ManualClock, private readonly speechMs = 3000) {}
  chime(done: () => void): void {
    this.start('♪');
    this.clock.setTimeout(() => this.end('♪', done), 1200);
  }
  speak(text: string, lang: string, done: (ok: boolean) => void): void {
    this.start(`${lang}:${text}`);
    if (this.hang.has(text)) return;
    if (this.hangOnce.delete(text)) return;
    this.clock.setTimeout(() => this.end(`${lang}:${text}`, () => done(true)), this.speechMs);
  }
  cancel(): void {
    this.cancels++;
    if (this.playing) this.interrupted++;
    this.playing = undefined;
  }
  private start(what: string): void {
    if (this.playing) this.overlaps++;
    this.playing = what;
    this.log.push(what);
  }
  private end(what: string, done: () => void): void {
    if (this.playing !== what) return;
    this.playing = undefined;
    done();
  }
}

describe('announcement queue', () => {
  let clock: ManualClock;
  let out: Recorder;
  let events: AnnouncementEvent[];
  const make = (opts: Partial<ConstructorParameters<typeof AnnouncementQueue>[0]> = {}) =>
    new AnnouncementQueue({ clock, output: out, onEvent: (e) => events.push(e), ...opts });
  beforeEach(() => {
    clock = new ManualClock();
    out = new Recorder(clock);
    events = [];
  });

  it('5 calls within 3 s are spoken in order, none interrupted, each chimed once and repeated twice', () => {
    const q = make();
    const texts = [1, 2, 3, 4, 5].map((i) => `Mời công dân có số ${i} đến quầy số ${i}`);
    texts.forEach((text, i) => clock.setTimeout(() => q.enqueue({ key: `c${i}`, text, lang: 'vi-VN' }), i * 700));
    clock.advance(3000);
    expect(q.busy).to.equal(true);
    expect(q.pending).to.equal(4);
    while (clock.step());
    const expected = texts.flatMap((t) => ['♪', `vi-VN:${t}`, `vi-VN:${t}`]);
    expect(out.log).to.deep.equal(expected);
    expect(out.overlaps, 'overlapping sounds').to.equal(0);
    expect(out.interrupted, 'interrupted sounds').to.equal(0);
    expect(events.filter((e) => e.type === 'end').map((e) => e.type === 'end' && e.spoken)).to.deep.equal([2, 2, 2, 2, 2]);
    expect(q.busy).to.equal(false);
    expect(clock.pending, 'no timer left behind').to.equal(0);
  });

  it('AnnouncementQueue({repeat, gapMs}) repeats N times with the gap between repetitions and between calls', () => {
    const q = make({ repeat: 3, gapMs: 1500, afterChimeMs: 300 });
    const times: number[] = [];
    const t0 = clock.now();
    const speak = out.speak.bind(out);
    out.speak = (text, lang, done) => {
      times.push(clock.now() - t0);
      speak(text, lang, done);
    };
    q.enqueue({ key: 'a', text: 'A', lang: 'vi' });
    q.enqueue({ key: 'b', text: 'B', lang: 'vi' });
    while (clock.step());
    // Chime 1.2 s + 0.3 s, then 3 s per utterance with 1.5 s gaps; 1.5 s of silence before the next call's chime.
    expect(times).to.deep.equal([1500, 6000, 10500, 16500, 21000, 25500]);
  });

  it('a stalled utterance is cancelled by the watchdog, tried once more, and the queue goes on', () => {
    const q = make();
    out.hangOnce.add('A');
    q.enqueue({ key: 'a', text: 'A', lang: 'vi' });
    q.enqueue({ key: 'b', text: 'B', lang: 'vi' });
    while (clock.step());
    expect(out.log).to.deep.equal(['♪', 'vi:A', 'vi:A', 'vi:A', '♪', 'vi:B', 'vi:B']);
    expect(events.filter((e) => e.type === 'stall')).to.deep.equal([{ type: 'stall', item: { key: 'a', text: 'A', lang: 'vi' }, phase: 'speech', repetition: 1 }]);
    expect(out.cancels).to.equal(1);
    expect(events.find((e) => e.type === 'end' && e.item.key === 'a')).to.deep.include({ spoken: 2 });
  });

  it('an engine that hangs for good costs each repetition two allowances, then the next call is spoken', () => {
    const q = make({ repeat: 2 });
    out.hang.add('A');
    q.enqueue({ key: 'a', text: 'A', lang: 'vi' });
    q.enqueue({ key: 'b', text: 'B', lang: 'vi' });
    const start = clock.now();
    while (clock.step());
    expect(out.log.filter((x) => x === 'vi:A')).to.have.length(4);
    expect(out.log.slice(-2)).to.deep.equal(['vi:B', 'vi:B']);
    expect(events.filter((e) => e.type === 'stall')).to.have.length(4);
    // Bounded: four allowances of 10 s plus chimes and gaps, not forever.
    expect(clock.now() - start).to.be.below(4 * defaultStallMs('A') + 20_000);
  });

  it('a late end of a stalled utterance, after the watchdog gave up on it, is ignored', () => {
    const q = make({ repeat: 1 });
    let late: ((ok: boolean) => void) | undefined;
    const speak = out.speak.bind(out);
    out.speak = (text, lang, done) => {
      if (!late) {
        late = done;
        out.log.push(`${lang}:${text}`);
        return;
      }
      speak(text, lang, done);
    };
    q.enqueue({ key: 'a', text: 'A', lang: 'vi' });
    clock.advance(1500 + defaultStallMs('A') + 1);
    late!(true);
    while (clock.step());
    expect(events.filter((e) => e.type === 'end')).to.have.length(1);
    expect(out.log).to.deep.equal(['♪', 'vi:A', 'vi:A']);
  });

  it('a failed utterance (speech error) is retried once and reported', () => {
    const q = make({ repeat: 1 });
    let fails = 1;
    const speak = out.speak.bind(out);
    out.speak = (text, lang, done) => {
      if (fails-- > 0) {
        out.log.push(`${lang}:${text}`);
        return done(false);
      }
      speak(text, lang, done);
    };
    q.enqueue({ key: 'a', text: 'A', lang: 'vi' });
    while (clock.step());
    expect(out.log).to.deep.equal(['♪', 'vi:A', 'vi:A']);
    expect(events.filter((e) => e.type === 'error')).to.have.length(1);
    expect(events.find((e) => e.type === 'end')).to.deep.include({ spoken: 1 });
  });

  it('a stalled chime does not stop the call from being spoken', () => {
    const q = make({ repeat: 1 });
    out.chime = () => out.log.push('♪(stuck)');
    q.enqueue({ key: 'a', text: 'A', lang: 'vi' });
    while (clock.step());
    expect(out.log).to.deep.equal(['♪(stuck)', 'vi:A']);
    expect(events.some((e) => e.type === 'stall' && e.phase === 'chime')).to.equal(true);
  });

  it('without speech (no voice for the language) each call only chimes, still in order', () => {
    const q = make({ speech: false });
    for (const k of ['a', 'b', 'c']) q.enqueue({ key: k, text: k.toUpperCase(), lang: 'vi' });
    while (clock.step());
    expect(out.log).to.deep.equal(['♪', '♪', '♪']);
    expect(events.filter((e) => e.type === 'end').map((e) => e.item.key)).to.deep.equal(['a', 'b', 'c']);
  });

  it('enqueue(item) with the key of a waiting call replaces it in place (a recall before the call was played)', () => {
    const q = make({ repeat: 1 });
    q.enqueue({ key: 'a', text: 'A', lang: 'vi' });
    q.enqueue({ key: 'b', text: 'B', lang: 'vi' });
    q.enqueue({ key: 'c', text: 'C', lang: 'vi' });
    q.enqueue({ key: 'b', text: 'B again', lang: 'vi' });
    while (clock.step());
    expect(out.log.filter((x) => x !== '♪')).to.deep.equal(['vi:A', 'vi:B again', 'vi:C']);
  });

  it('enqueue(item) beyond maxPending drops the oldest waiting call and reports it', () => {
    const q = make({ maxPending: 2, repeat: 1 });
    for (const k of ['a', 'b', 'c', 'd']) q.enqueue({ key: k, text: k, lang: 'vi' });
    expect(events.filter((e) => e.type === 'drop').map((e) => e.item.key)).to.deep.equal(['b']);
    while (clock.step());
    expect(out.log.filter((x) => x !== '♪')).to.deep.equal(['vi:a', 'vi:c', 'vi:d']);
  });

  it('dispose() cancels what is playing, clears every timer and ignores later calls', () => {
    const q = make();
    q.enqueue({ key: 'a', text: 'A', lang: 'vi' });
    q.enqueue({ key: 'b', text: 'B', lang: 'vi' });
    clock.advance(2000);
    q.dispose();
    q.enqueue({ key: 'c', text: 'C', lang: 'vi' });
    while (clock.step());
    expect(out.log).to.deep.equal(['♪', 'vi:A']);
    expect(out.cancels).to.equal(1);
    expect(q.busy).to.equal(false);
  });
});
