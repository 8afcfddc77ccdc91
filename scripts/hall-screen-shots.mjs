#!/usr/bin/env node
/* global document, innerWidth, innerHeight, getComputedStyle */
// Screenshots of the hall screen for docs/hall-screen.md, in headless Chromium: the demo page
// (demo/hall-screen.html) on Vite's dev server, fixed scenes and a frozen clock, so every run gives
// the same pictures. Each picture is also checked with axe (WCAG 2.x A/AA) and for the TV rules:
// nothing inside the 5 % margins, ticket digits at least 12 % of the viewport height and 7:1 contrast.
//
//   node scripts/hall-screen-shots.mjs            all pictures into docs/img/
//   node scripts/hall-screen-shots.mjs --only 1080-busy
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { chromiumArgs, chromiumPath } from '../chromium.config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'img');
const { values } = parseArgs({ options: { only: { type: 'string' }, out: { type: 'string' } } });
const outDir = values.out ? join(root, values.out) : out;
mkdirSync(outDir, { recursive: true });

/** name, viewport, query, and whether the TV rules apply. */
const shots = [
  { name: '1080-busy', w: 1920, h: 1080, q: 'scene=busy', tv: true },
  { name: '4k-busy', w: 3840, h: 2160, q: 'scene=busy', tv: true },
  { name: '1080-stale', w: 1920, h: 1080, q: 'scene=busy&state=stale', tv: true },
  { name: '1080-reconnecting', w: 1920, h: 1080, q: 'scene=busy&state=reconnecting', tv: true },
  { name: '1080-audio-blocked', w: 1920, h: 1080, q: 'scene=busy&audio=blocked', tv: true },
  { name: '1080-no-voice', w: 1920, h: 1080, q: 'scene=busy&audio=novoice', tv: true },
  { name: '1080-empty', w: 1920, h: 1080, q: 'scene=empty', tv: true },
  { name: '1080-closed', w: 1920, h: 1080, q: 'scene=closed', tv: true },
  { name: '1080-light', w: 1920, h: 1080, q: 'scene=busy&theme=light', tv: true },
  { name: '1080-english', w: 1920, h: 1080, q: 'scene=busy&lang=en', tv: true },
  { name: 'portrait', w: 1080, h: 1920, q: 'scene=busy&layout=portrait', tv: false },
  { name: 'compact', w: 900, h: 1200, q: 'scene=busy&layout=compact&theme=light', tv: false, full: true },
];

// No HMR and no file watching: a reload in the middle of a picture would spoil it.
const server = await createServer({ configFile: join(root, 'vite.config.ts'), logLevel: 'error', server: { port: 0, host: '127.0.0.1', hmr: false, watch: null } });
await server.listen();
const base = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
let failed = 0;
try {
  for (const s of shots) {
    if (values.only && !values.only.split(',').includes(s.name)) continue;
    const context = await browser.newContext({ viewport: { width: s.w, height: s.h }, deviceScaleFactor: 1, reducedMotion: 'reduce', locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}hall-screen.html?${s.q}&frozen=1`);
    await page.waitForFunction(() => {
      const b = document.querySelector('hcc-queue-board');
      const r = b?.shadowRoot;
      return Boolean(r && (r.querySelector('.body') || r.querySelector('.loading')) && b.getAttribute('connection') !== 'idle');
    }, undefined, { timeout: 30_000 });
    if (s.q.includes('state=stale')) await page.waitForFunction(() => document.querySelector('hcc-queue-board')?.hasAttribute('stale'));
    if (s.q.includes('state=reconnecting')) await page.waitForFunction(() => document.querySelector('hcc-queue-board')?.getAttribute('connection') === 'reconnecting');
    // Chromium blocks sound until a user gesture, as on a freshly started TV; one click on the board
    // (a real input event) turns it on, except for the picture of the blocked state.
    await page.waitForFunction(() => !['pending', 'off'].includes(document.querySelector('hcc-queue-board')?.getAttribute('audio-state') ?? 'pending') || document.querySelector('hcc-queue-board')?.getAttribute('layout') === 'compact');
    if (!s.q.includes('audio=blocked') && !s.q.includes('layout=compact')) {
      await page.mouse.click(s.w / 2, s.h / 2);
      await page.waitForFunction(() => document.querySelector('hcc-queue-board')?.getAttribute('audio-state') === 'ready');
    }
    await page.evaluate(() => document.fonts.ready);
    const file = join(outDir, `hall-screen-${s.name}.png`);
    await page.screenshot({ path: file, fullPage: Boolean(s.full) });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const problems = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    if (s.tv) problems.push(...(await page.evaluate(tvRules)));
    problems.push(...errors);
    console.log(`${problems.length ? '✗' : '✓'} ${s.name} ${s.w}×${s.h} → ${file.slice(root.length + 1)}${problems.map((p) => `\n    ${p}`).join('')}`);
    if (problems.length) failed++;
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);

/** Runs in the page: the TV rules of the issue, as a list of problems. */
function tvRules() {
  const problems = [];
  const vw = innerWidth;
  const vh = innerHeight;
  const board = document.querySelector('hcc-queue-board');
  const root = board.shadowRoot;
  const mx = vw * 0.05 - 1;
  const my = vh * 0.05 - 1;
  const walk = (el) => {
    for (const c of el.children) {
      const cs = getComputedStyle(c);
      if (cs.display === 'none' || cs.visibility === 'hidden' || c.classList.contains('visually-hidden')) continue;
      const r = c.getBoundingClientRect();
      if (r.width > 1 && r.height > 1 && !c.classList.contains('board')) {
        if (r.left < mx || r.top < my || r.right > vw - mx || r.bottom > vh - my) problems.push(`outside the 5 % safe area: ${c.className || c.localName} ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
      }
      walk(c);
    }
  };
  walk(root.querySelector('.board'));
  const num = root.querySelector('.now-number');
  if (num) {
    const cs = getComputedStyle(num);
    // Height of the digits themselves (cap height of lining figures), measured on a canvas.
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const m = ctx.measureText('0123456789');
    const digitHeight = m.actualBoundingBoxAscent + Math.max(0, m.actualBoundingBoxDescent);
    if (digitHeight < vh * 0.12) problems.push(`ticket digits ${digitHeight.toFixed(0)} px < 12 % of ${vh} px`);
    const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }).reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
    let bgEl = num;
    let bg = 'rgba(0, 0, 0, 0)';
    while (bgEl && /rgba\(0, 0, 0, 0\)|transparent/.test(bg)) {
      bg = getComputedStyle(bgEl).backgroundColor;
      bgEl = bgEl.parentElement ?? bgEl.getRootNode().host;
    }
    const l1 = lum(rgb(cs.color));
    const l2 = lum(rgb(bg));
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    if (ratio < 7) problems.push(`digit contrast ${ratio.toFixed(2)}:1 < 7:1`);
  }
  return problems;
}
