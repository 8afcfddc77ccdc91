/** @type {import('../lib/suite.js').Suite} */
export default {
  title: 'ISO 8601 parsing: parseIso vs Date.parse',
  entries: { page: 'bench/pages/iso-parse.ts' },
  figures: ({ quick }) => [
    {
      name: `parse ${quick ? '100,000' : '1,000,000'} ISO strings`,
      kind: 'time',
      ours: { fn: 'parseIsoAll', label: 'parseIso (src/core/time)' },
      peer: { fn: 'dateParseAll', label: 'Date.parse' },
      params: { n: quick ? 100_000 : 1_000_000 },
      unit: 'ms',
      // Both must produce the same instants: a fast parser that is wrong is no result.
      sameResult: true,
      // The fast path exists to beat the platform parser on wire time stamps; it must not be slower.
      target: { ratioMax: 1 },
      note: 'time stamps 2020–2030, offsets +07:00/Z/-05:00/+05:30, a third with milliseconds; generated once per page, then parsed in one call with an order-sensitive checksum.',
    },
  ],
};
