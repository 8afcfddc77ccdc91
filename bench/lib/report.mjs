// Turns measured figures into rows (summaries, ratio, targets) and writes latest.md / latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, fmtSummary, summarise, toUnit } from './stats.mjs';

const BASE_UNIT = { time: 'ms', ready: 'ms', longtasks: 'ms', heap: 'KiB', size: 'KiB' };

/** Display unit and direction of a figure. */
export function unitOf(figure) {
  return { unit: figure.unit ?? BASE_UNIT[figure.kind] ?? '', better: figure.better ?? (figure.kind === 'value' ? 'higher' : 'lower') };
}

/** Summaries, ratio and target checks for one measured figure. */
export function toRows(figure, measured, labels) {
  const { unit } = unitOf(figure);
  const targets = figure.target === undefined ? [] : Array.isArray(figure.target) ? figure.target : [figure.target];
  return measured.map(({ rate, samples, result }) => {
    const ours = summarise(samples.ours ?? []);
    const peer = samples.peer ? summarise(samples.peer) : undefined;
    const ratio = peer && ours.median !== undefined && peer.median ? ours.median / peer.median : undefined;
    const checks = [];
    for (const t of targets) {
      if (t.rate !== undefined && rate !== null && t.rate !== rate) continue;
      const m = toUnit(ours.median, unit);
      if (t.max !== undefined) checks.push({ text: `≤ ${fmt(t.max)} ${unit}`, pass: m !== undefined && m <= t.max });
      if (t.min !== undefined) checks.push({ text: `≥ ${fmt(t.min)} ${unit}`, pass: m !== undefined && m >= t.min });
      if (t.ratioMax !== undefined) checks.push({ text: `ratio ≤ ${fmt(t.ratioMax)}`, pass: ratio !== undefined && ratio <= t.ratioMax });
      if (t.ratioMin !== undefined) checks.push({ text: `ratio ≥ ${fmt(t.ratioMin)}`, pass: ratio !== undefined && ratio >= t.ratioMin });
    }
    return {
      rate,
      unit,
      ours: { label: labels.ours, samples: samples.ours ?? [], ...ours },
      ...(peer ? { peer: { label: labels.peer, samples: samples.peer, ...peer } } : {}),
      ratio,
      targets: checks,
      pass: checks.every((c) => c.pass),
      ...(result !== undefined ? { result } : {}),
    };
  });
}

const esc = (s) => String(s).replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');

/** The markdown report. */
export function markdown(run) {
  const lines = [];
  const h = run.host;
  lines.push('# Benchmark results', '');
  lines.push(`Run ${run.startedAt} → ${run.finishedAt}; ${run.options.runs} runs after a discarded warm-up; CPU throttling rates ${run.options.rates.join(', ')}${run.options.quick ? ' (quick)' : ''}.`);
  lines.push(`Host: ${h.cpuModel} × ${h.cpus}, ${h.os}, Node ${h.node}, ${h.browser}; load average ${h.loadavg.map((l) => l.toFixed(2)).join(' ')} at start.`);
  const hs = run.hostSpeed;
  lines.push(`Host speed (fixed loop of ${hs.start.iterations.toLocaleString('en-US')} iterations, unthrottled, best of 5; lower is faster): ${fmt(hs.start.loopMs)} ms at start, ${hs.end ? `${fmt(hs.end.loopMs)} ms at end` : '–'}.`);
  lines.push('', 'Cells: median (min–max). Ratio = ours/peer medians; for "lower is better" figures below 1 means ours is faster or smaller. Rate = `Emulation.setCPUThrottlingRate` (1 = host speed; 4 here is roughly a high-end phone).', '');
  for (const suite of run.suites) {
    lines.push(`## ${suite.title} (\`${suite.name}\`)`, '');
    const m = suite.measured;
    if (m && m.at !== run.startedAt) {
      lines.push(`Carried over from an earlier run: ${m.at}, ${m.runs} runs, rates ${m.rates.join(', ')}${m.quick ? ' (quick)' : ''}, host speed ${fmt(m.hostSpeedMs)} ms, load ${m.loadavg.map((l) => l.toFixed(2)).join(' ')}.`, '');
    }
    if (suite.error) {
      lines.push(`**Error:** ${esc(suite.error)}`, '');
      continue;
    }
    lines.push('| Figure | Rate | Ours | Peer | Ours/peer | Target |', '|---|---|---|---|---|---|');
    for (const f of suite.figures) {
      if (f.error) {
        lines.push(`| ${esc(f.name)} | | **error:** ${esc(f.error).slice(0, 300)} | | | |`);
        continue;
      }
      for (const r of f.rows) {
        const unit = r.unit ? ` ${r.unit}` : '';
        const ours = `${fmtSummary(r.ours, r.unit)}${unit}<br>${esc(r.ours.label)}`;
        const peer = r.peer ? `${fmtSummary(r.peer, r.unit)}${unit}<br>${esc(r.peer.label)}` : '–';
        const target = r.targets.length ? r.targets.map((c) => `${c.pass ? '✓' : '✗'} ${c.text}`).join('<br>') : '';
        lines.push(`| ${esc(f.name)} (${f.kind}, ${f.better} is better) | ${r.rate === null ? '–' : `${r.rate}×`} | ${ours} | ${peer} | ${r.ratio === undefined ? '–' : fmt(r.ratio)} | ${target} |`);
      }
    }
    const notes = suite.figures.filter((f) => f.note).map((f) => `- **${f.name}**: ${f.note}`);
    const entries = Object.entries(suite.entries ?? {}).map(([k, e]) => `\`${k}\` ${e.source} → ${(e.gzip / 1024).toFixed(1)} KiB gzip`);
    if (notes.length) lines.push('', ...notes);
    if (entries.length) lines.push('', `Entries (production build, minified): ${entries.join('; ')}.`);
    lines.push('');
  }
  if (run.errors.length) lines.push('## Errors', '', ...run.errors.map((e) => `- ${esc(e)}`), '');
  return `${lines.join('\n')}\n`;
}

/** Writes a time-stamped JSON into `dir`, and latest.md / latest.json unless `latest` is false. */
export function writeResults(dir, run, { latest = true } = {}) {
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(run, null, 2)}\n`;
  const stamp = run.startedAt.replace(/[:.]/g, '-');
  writeFileSync(join(dir, `${stamp}.json`), json);
  if (!latest) return [join(dir, `${stamp}.json`)];
  writeFileSync(join(dir, 'latest.md'), markdown(run));
  writeFileSync(join(dir, 'latest.json'), json);
  return [join(dir, 'latest.md'), join(dir, 'latest.json'), join(dir, `${stamp}.json`)];
}
