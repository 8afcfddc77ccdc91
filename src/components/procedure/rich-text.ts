/**
 * Structure in published procedure text, found without ever treating the text as HTML: line breaks
 * become paragraphs, lines that start with a list marker become list items, and http(s) addresses
 * become links. Pure (no DOM); rendered by `rich-text-view.ts` with Lit text bindings.
 */

/** A run of inline content. */
export type Inline = { type: 'text'; text: string } | { type: 'link'; text: string; href: string };

/** One list item: its original marker (`-`, `a)`, `1.`) and content. */
export interface ListItem {
  marker: string;
  inlines: Inline[];
}

/** A block of text. */
export type Block = { type: 'p'; inlines: Inline[] } | { type: 'list'; ordered: boolean; items: ListItem[] };

/** Bullet markers: hyphen, plus, bullet, en dash, star, white bullet, triangular bullet. */
const BULLET = /^([-+•–*◦‣▪])\s+/;
/** Enumeration markers: `a)`, `b.`, `1)`, `2.`, `(3)`, `i)`. */
const ENUM = /^(\(?(?:\d{1,2}|[a-zđ]|[ivx]{1,4})[).])\s+/i;
/** http(s) address, ending before trailing punctuation or a closing bracket. */
const URL = /https?:\/\/[^\s<>"'`]+/gi;
const TRAILING = /[).,;:!?\]}'"»]+$/;

/** Splits a line into text and links. Only http(s) addresses become links. */
export function parseInlines(line: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of line.matchAll(URL)) {
    let href = m[0];
    const trail = TRAILING.exec(href);
    // A closing bracket that has its opening bracket inside the URL belongs to it (Wikipedia-style).
    if (trail && !(trail[0].startsWith(')') && href.includes('('))) href = href.slice(0, href.length - trail[0].length);
    if (href.length <= 'https://'.length) continue;
    if (m.index > at) out.push({ type: 'text', text: line.slice(at, m.index) });
    out.push({ type: 'link', text: href, href });
    at = m.index + href.length;
  }
  if (at < line.length) out.push({ type: 'text', text: line.slice(at) });
  return out;
}

/**
 * Parses published text into paragraphs and lists. Blank lines and single line breaks both separate
 * paragraphs (the catalogue uses either); consecutive lines with list markers make one list. Empty or
 * blank text gives no blocks.
 */
export function parseRichText(text: string | null | undefined): Block[] {
  if (!text) return [];
  const blocks: Block[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const bullet = BULLET.exec(line);
    const num = bullet ? null : ENUM.exec(line);
    const m = bullet ?? num;
    if (m) {
      const ordered = !bullet;
      const item: ListItem = { marker: m[1]!, inlines: parseInlines(line.slice(m[0].length)) };
      const last = blocks[blocks.length - 1];
      if (last && last.type === 'list' && last.ordered === ordered) last.items.push(item);
      else blocks.push({ type: 'list', ordered, items: [item] });
    } else {
      blocks.push({ type: 'p', inlines: parseInlines(line) });
    }
  }
  return blocks;
}

/** The plain text of a block list (for accessible names, search snippets). */
export function plainText(blocks: readonly Block[]): string {
  const inl = (xs: readonly Inline[]) => xs.map((x) => x.text).join('');
  return blocks.map((b) => (b.type === 'p' ? inl(b.inlines) : b.items.map((i) => `${i.marker} ${inl(i.inlines)}`).join('\n'))).join('\n');
}

/** A step of "Trình tự thực hiện": a short title and the rest of its text as blocks. */
export interface StepText {
  /** Title: the first sentence (or clause) without the "Bước n:" prefix, cut near 120 characters when longer. */
  title: string;
  /** The title was cut: `body` then holds the whole text. */
  truncated: boolean;
  /** What the title does not already say, as blocks; empty for a one-sentence step. */
  body: Block[];
}

const STEP_PREFIX = /^\s*(?:bước|buoc|step)\s*\d+\s*[:.)\-–]\s*/i;

/**
 * Splits a published step ("Bước 1: Người yêu cầu nộp hồ sơ … . Cán bộ …") into a title (its first
 * sentence; when longer than about 120 characters, cut at a word, and the whole text kept as body) and
 * the rest of the text, so an expanded step never repeats its title.
 */
export function parseStep(text: string): StepText {
  const clean = text.replace(STEP_PREFIX, '').trim();
  const lines = clean.split(/\r?\n/);
  const firstLine = lines[0]!.trim();
  const sentence = /^(.+?[.;:!?])(\s|$)/.exec(firstLine)?.[1] ?? firstLine;
  let title = sentence.replace(/[.;:]$/, '');
  if (title.length > 120) {
    const cut = title.lastIndexOf(' ', 110);
    title = `${title.slice(0, cut > 60 ? cut : 110)}…`;
    return { title, truncated: true, body: parseRichText(clean) };
  }
  const rest = [firstLine.slice(sentence.length).trim(), ...lines.slice(1)].join('\n');
  return { title, truncated: false, body: parseRichText(rest) };
}
