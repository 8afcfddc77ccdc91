import { expect } from '@open-wc/testing';
import { CaseColumnsBuilder } from '../../../src/core/kpi/columns.js';
import { readCaseLines } from '../../../src/workers/kpi-ingest.js';
import { DataError } from '../../../src/data/errors.js';

const record = (n: number) =>
  JSON.stringify({
    code: `H49.50.13-260302-${String(n).padStart(4, '0')}`, procedureCode: '1.001193', unitId: 'u-a', fieldId: 'ho-tich', channel: 1, status: 4,
    receivedAt: '2026-03-02T08:00:00+07:00', dueAt: '2026-03-05T17:00:00+07:00', supplements: [], hasFee: false, onlinePayment: 0,
    digitised: false, eResult: false, paperResult: false, reusedData: false, personalStore: false, citizenData: false, synced: true, history: [],
  });

/** A byte stream delivering `text` in pieces of `size` bytes (so lines and multi-byte characters split). */
function stream(text: string, size: number, onCancel?: () => void): ReadableStream<Uint8Array<ArrayBuffer>> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(ctl) {
      if (at >= bytes.length) return ctl.close();
      ctl.enqueue(bytes.slice(at, at + size));
      at += size;
    },
    cancel: () => onCancel?.(),
  });
}

const builder = () => new CaseColumnsBuilder({ calendar: { offsetMinutes: 420 } });

describe('readCaseLines', () => {
  it('readCaseLines(body, builder) appends every record however the bytes are split, with CRLF and blank lines', async () => {
    const text = `${record(1)}\r\n\n${record(2)}\n   \n${record(3)}`;
    for (const size of [1, 7, 64, 100_000]) {
      const b = builder();
      const progress: number[] = [];
      await readCaseLines(stream(text, size), b, { source: 'test', progressEvery: 2, onProgress: (n) => progress.push(n) });
      expect(b.length, `pieces of ${size}`).to.equal(3);
      expect(progress.at(-1)).to.equal(3);
    }
  });

  it('readCaseLines counts records the builder refuses without stopping', async () => {
    const b = builder();
    await readCaseLines(stream(`${record(1)}\n{"code":"x"}\n42\n${record(2)}\n`, 16), b, { source: 'test' });
    expect(b.length).to.equal(2);
    expect(b.rejected).to.equal(2);
  });

  it('readCaseLines rejects a line that is not JSON with a schema DataError naming the line, and cancels the body', async () => {
    let cancelled = false;
    const e = await readCaseLines(stream(`${record(1)}\n\n{"code": "H\n${record(2)}\n`, 5, () => (cancelled = true)), builder(), { source: 'cases.ndjson' }).catch((x) => x);
    expect(e).to.be.instanceOf(DataError);
    expect(e.kind).to.equal('schema');
    expect(e.message).to.contain('line 3');
    expect(e.source).to.equal('cases.ndjson#line=3');
    expect(cancelled).to.equal(true);
  });

  it('readCaseLines stops with "aborted" when its signal aborts, and cancels the body', async () => {
    let cancelled = false;
    const ctl = new AbortController();
    const lines = Array.from({ length: 50 }, (_, k) => record(k + 1)).join('\n');
    const b = builder();
    const e = await readCaseLines(stream(lines, 300, () => (cancelled = true)), b, { source: 'test', signal: ctl.signal, progressEvery: 1, onProgress: () => ctl.abort() }).catch((x) => x);
    expect(e.kind).to.equal('aborted');
    expect(cancelled).to.equal(true);
    expect(b.length).to.be.lessThan(50);
  });
});
