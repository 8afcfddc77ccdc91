// The reference server's CSV exports, as a centre's staff would fetch them, checked against the JSON
// API of the same server: every stored rating is a row, the KPI totals agree with the records, the
// file opens in a spreadsheet (byte order mark, CRLF, quoting) and a comment cannot become a formula.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startRefServer } from './lib/refserver.mjs';

let ref;

before(async () => {
  ref = await startRefServer({ casesPerYear: 2000 });
});

after(async () => {
  await ref?.stop();
});

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF). */
function parseCsv(text, delimiter = ',') {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** The response and its body as sent (fetch's text() would drop the byte order mark). */
async function get(path) {
  const res = await fetch(`${ref.api}${path}`);
  return { res, text: Buffer.from(await res.arrayBuffer()).toString('utf8') };
}

// The seed covers the year up to today: test on the last full month (Hạ Long local time).
const ym = (y, m) => `${y + Math.floor((m - 1) / 12)}-${String((((m - 1) % 12) + 12) % 12 + 1).padStart(2, '0')}`;
const local = new Date(Date.now() + 7 * 3600_000);
const [Y, M] = [local.getUTCFullYear(), local.getUTCMonth() + 1];
const MONTH = ym(Y, M - 1);
const FROM = `${MONTH}-01T00:00:00+07:00`;
const TO = `${ym(Y, M)}-01T00:00:00+07:00`;
const LAST_THREE = [ym(Y, M - 3), ym(Y, M - 2), ym(Y, M - 1)];

describe('CSV exports of the reference server', { timeout: 300_000 }, () => {
  it('ratings.csv has every stored rating of the period, in a file a spreadsheet opens', async () => {
    const { res, text } = await get(`/export/ratings.csv?period=${MONTH}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(res.headers.get('content-disposition'), `attachment; filename="hcc-ratings_${MONTH}.csv"`);
    assert.ok(text.startsWith('\uFEFF'), 'byte order mark');
    assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, '')), 'CRLF line ends');
    const rows = parseCsv(text.slice(1));
    const [header, ...body] = rows;
    assert.equal(header[0], 'Mã đánh giá');
    const json = JSON.parse((await get(`/ratings?from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`)).text).items;
    assert.ok(json.length > 0, 'the seed has ratings in the month');
    assert.deepEqual(body.map((r) => r[0]).sort(), json.map((r) => r.id).sort());
    const level = header.indexOf('Mức độ');
    assert.ok(body.every((r) => ['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng', 'Rất không hài lòng'].includes(r[level])));
    assert.ok(body.every((r) => r.length === header.length), 'every row has every column');
  });

  it('a comment that looks like a formula is written as text, quotes and line breaks survive', async () => {
    const id = randomUUID();
    const comment = '=HYPERLINK("http://x.example","bấm vào"), rồi\nxuống dòng';
    const rating = { id, createdAt: `${MONTH}-15T09:00:00+07:00`, unitId: 'hl-tthcc', counterId: 'hl-tthcc-q03', scale: 3, level: 'dissatisfied', reasons: ['wait-long'], comment, lang: 'vi', deviceId: 'e2e-tablet' };
    const post = await fetch(`${ref.api}/ratings/batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ratings: [rating] }) });
    assert.equal(post.status, 200);
    const rows = parseCsv((await get(`/export/ratings.csv?period=${MONTH}&unitId=hl-tthcc`)).text.slice(1));
    const header = rows[0];
    const row = rows.find((r) => r[0] === id);
    assert.ok(row, 'the new rating is exported');
    assert.equal(row[header.indexOf('Góp ý')], `'${comment}`);
    assert.equal(row[header.indexOf('Lý do')], 'Chờ đợi quá lâu');
    assert.equal(row[header.indexOf('Quầy')], 'Quầy 3 – Chứng thực');
    assert.equal(row[header.indexOf('Ngày')], `${MONTH}-15`);
    assert.equal(row[header.indexOf('Giờ')], '09:00:00');
  });

  it('kpis.csv totals agree with the stored records; semicolons come with decimal commas', async () => {
    const { res, text } = await get(`/export/kpis.csv?period=${MONTH}&metrics=received,ratings,satisfactionRate&lang=en&delimiter=semicolon`);
    assert.equal(res.status, 200);
    const rows = parseCsv(text.slice(1), ';');
    assert.deepEqual(rows[0], ['Unit id', 'Unit', 'Dossiers received', 'Ratings', 'Satisfaction rate (%)']);
    const total = rows.at(-1);
    assert.equal(total[0], 'Total');
    const cases = JSON.parse((await get(`/cases?from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}&limit=5000`)).text).items;
    const received = cases.filter((c) => Date.parse(c.receivedAt) >= Date.parse(FROM) && Date.parse(c.receivedAt) < Date.parse(TO)).length;
    assert.equal(Number(total[2]), received, 'dossiers received in the month');
    const ratings = JSON.parse((await get(`/ratings?from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`)).text).items;
    assert.equal(Number(total[3]), ratings.length, 'ratings of the month');
    assert.match(total[4], /^\d+(,\d)?$/, 'a rate in percent with a decimal comma');
    // Units' rows add up to the total.
    assert.equal(rows.slice(1, -1).reduce((n, r) => n + Number(r[2] || 0), 0), received);
  });

  it('groups by month, and refuses what it cannot do with the contract error body', async () => {
    const byMonth = parseCsv((await get(`/export/kpis.csv?from=${LAST_THREE[0]}-01&to=${ym(Y, M)}-01&groupBy=month&metrics=received`)).text.slice(1));
    assert.deepEqual(byMonth.slice(1).map((r) => r[0]), [...LAST_THREE, 'Tổng cộng']);
    for (const [path, status] of [
      ['/export/kpis.csv?groupBy=colour', 400],
      ['/export/kpis.csv?metrics=nothing', 400],
      ['/export/ratings.csv?period=2026-13', 400],
      ['/export/ratings.csv?from=2026-02-01&to=2026-01-01', 400],
      ['/export/ratings.csv?unitId=nowhere', 404],
    ]) {
      const { res, text } = await get(path);
      assert.equal(res.status, status, path);
      assert.ok(JSON.parse(text).error.message, path);
    }
  });
});
