// A small Markdown subset for lesson text, parsed to plain data that the panel renders as React
// elements. No HTML ever passes through: raw `<tags>` stay text, and links keep only http(s),
// mailto and relative targets. Subset: paragraphs, `-`/`1.` lists, `###` headings, fenced code,
// **bold**, *italic*, `code`, [text](url).

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'code'; lang: string; text: string };

const SAFE_HREF = /^(https?:\/\/|mailto:|\/|\.{0,2}\/|#)/i;

export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^`([^`]+)`/.exec(rest))) {
      flush();
      out.push({ type: 'code', text: m[1] });
    } else if ((m = /^\*\*(.+?)\*\*/.exec(rest))) {
      flush();
      out.push({ type: 'strong', children: parseInline(m[1]) });
    } else if ((m = /^\*([^*\s][^*]*?)\*/.exec(rest))) {
      flush();
      out.push({ type: 'em', children: parseInline(m[1]) });
    } else if ((m = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest))) {
      flush();
      if (SAFE_HREF.test(m[2])) out.push({ type: 'link', href: m[2], children: parseInline(m[1]) });
      else out.push(...parseInline(m[1]));
    } else {
      text += src[i];
      i++;
      continue;
    }
    i += m[0].length;
  }
  flush();
  return out;
}

// Japanese text wraps without spaces: a line break between two CJK characters joins with nothing.
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
function joinLines(lines: string[]): string {
  return lines.reduce((acc, l) => (!acc ? l : CJK.test(acc.slice(-1)) && CJK.test(l[0] ?? '') ? acc + l : `${acc} ${l}`), '');
}

const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+(.*)$/;

export function parseMarkdown(src: string): Block[] {
  const lines = src.replace(/\r\n/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const flushPara = () => {
    if (para.length) blocks.push({ type: 'paragraph', children: parseInline(joinLines(para)) });
    para = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    list = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^\s*(```|~~~)\s*([\w-]*)/.exec(line);
    if (fence) {
      flushPara();
      flushList();
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[1]); i++) body.push(lines[i]);
      blocks.push({ type: 'code', lang: fence[2].toLowerCase(), text: body.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = LIST_ITEM.exec(line);
    if (!line.trim()) {
      flushPara();
      flushList();
    } else if (heading) {
      flushPara();
      flushList();
      blocks.push({ type: 'heading', level: heading[1].length, children: parseInline(heading[2]) });
    } else if (item) {
      flushPara();
      const ordered = /\d/.test(item[1]);
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push(item[2]);
    } else if (list && /^\s+\S/.test(line)) {
      list.items[list.items.length - 1] = joinLines([list.items[list.items.length - 1], line.trim()]);
    } else {
      flushList();
      para.push(line.trim());
    }
  }
  flushPara();
  flushList();
  return blocks;
}

/** The commands of a ```sh block: one a line, without comments, blank lines or a leading `$ `. */
export function commandLines(code: string): string[] {
  return code
    .split('\n')
    .map((l) => l.trim().replace(/^\$\s+/, ''))
    .filter((l) => l && !l.startsWith('#'));
}
