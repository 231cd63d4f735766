// How go-yaml v2's emitter writes one string (emitterc.go analyze_scalar, select_scalar_style and
// the write_plain/single/double/literal functions): the style it picks and the text, folding plain
// and single-quoted scalars at the first space past column 80 as its default best_width does.
import { resolvesToNonString } from './resolve';

export const BEST_WIDTH = 80;

export interface Analysis {
  multiline: boolean;
  flowPlain: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
}

const isBreak = (c: string) => c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isSpace = (c: string) => c === ' ';
const isBlankz = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || isBreak(c);
/** yaml_emitter's is_printable (with unicode output on, as go-yaml v2's Marshal sets it) */
function isPrintable(c: string): boolean {
  const x = c.codePointAt(0)!;
  // go-yaml v2 checks UTF-8 bytes: no NEL (C2 85) and no 4-byte sequences (so emoji are escaped)
  return x === 0x0a || (x >= 0x20 && x <= 0x7e) || (x >= 0xa0 && x <= 0xd7ff) || (x >= 0xe000 && x <= 0xfffd && x !== 0xfeff);
}

export function analyze(value: string): Analysis {
  if (value === '') return { multiline: false, flowPlain: false, blockPlain: true, singleQuoted: true, block: false };
  const chars = [...value];
  let blockInd = value.startsWith('---') || value.startsWith('...');
  let flowInd = blockInd;
  let lineBreaks = false, special = false, leadingSpace = false, leadingBreak = false, trailingSpace = false;
  let trailingBreak = false, breakSpace = false, spaceBreak = false, prevSpace = false, prevBreak = false;
  let precededByWs = true;
  chars.forEach((c, i) => {
    const followedByWs = isBlankz(chars[i + 1]);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) { flowInd = true; blockInd = true; }
      if (c === '?' || c === ':') { flowInd = true; if (followedByWs) blockInd = true; }
      if (c === '-' && followedByWs) { flowInd = true; blockInd = true; }
    } else {
      if (',?[]{}'.includes(c)) flowInd = true;
      if (c === ':') { flowInd = true; if (followedByWs) blockInd = true; }
      if (c === '#' && precededByWs) { flowInd = true; blockInd = true; }
    }
    if (!isPrintable(c)) special = true;
    const last = i === chars.length - 1;
    if (isSpace(c)) {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true; prevBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevBreak = true; prevSpace = false;
    } else {
      prevSpace = false; prevBreak = false;
    }
    precededByWs = isBlankz(c);
  });
  const a: Analysis = { multiline: lineBreaks, flowPlain: true, blockPlain: true, singleQuoted: true, block: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) { a.flowPlain = false; a.blockPlain = false; }
  if (trailingSpace) a.block = false;
  if (breakSpace) { a.flowPlain = false; a.blockPlain = false; a.singleQuoted = false; }
  if (spaceBreak || special) { a.flowPlain = false; a.blockPlain = false; a.singleQuoted = false; a.block = false; }
  if (lineBreaks) { a.flowPlain = false; a.blockPlain = false; }
  if (flowInd) a.flowPlain = false;
  if (blockInd) a.blockPlain = false;
  return a;
}

export type Style = 'plain' | 'single' | 'double' | 'literal';

/** encode.go stringv + emitterc.go select_scalar_style, for block context */
export function selectStyle(value: string, simpleKey: boolean): Style {
  const a = analyze(value);
  let style: Style = value.includes('\n') ? 'literal' : resolvesToNonString(value) ? 'double' : 'plain';
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if (!a.blockPlain || (value === '' && simpleKey)) style = 'single';
  }
  if (style === 'single' && !a.singleQuoted) style = 'double';
  if (style === 'literal' && (!a.block || simpleKey)) style = 'double';
  return style;
}

/** the writer's position, for folding */
export interface Column {
  col: number;
}

/** plain or single-quoted text folded at spaces past best_width; `indent` starts continuation lines */
export function writeFolded(text: string, quote: string, pos: Column, indent: number, allowBreaks: boolean): string {
  let out = quote;
  pos.col += quote.length;
  const chars = [...text];
  let spaces = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === ' ') {
      if (allowBreaks && !spaces && pos.col > BEST_WIDTH && chars[i + 1] !== ' ' && (quote === '' || (i !== 0 && i !== chars.length - 1))) {
        out += '\n' + ' '.repeat(indent);
        pos.col = indent;
      } else {
        out += c;
        pos.col++;
      }
      spaces = true;
    } else {
      out += c === "'" && quote ? "''" : c;
      pos.col += c === "'" && quote ? 2 : 1;
      spaces = false;
    }
  }
  out += quote;
  pos.col += quote.length;
  return out;
}

const ESC: Record<string, string> = {
  '\0': '0', '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '\x1b': 'e',
  '"': '"', '\\': '\\', '\u0085': 'N', '\u00a0': '_', '\u2028': 'L', '\u2029': 'P',
};

/** double-quoted text (write_double_quoted_scalar): escapes, and a space past best_width becomes a
 * line break (with `\` kept before a following space) */
export function writeDouble(text: string, pos: Column, indent = 0, allowBreaks = false): string {
  let out = '"';
  pos.col++;
  const chars = [...text];
  let spaces = false;
  chars.forEach((c, i) => {
    const x = c.codePointAt(0)!;
    if (!isPrintable(c) || c === '\ufeff' || isBreak(c) || c === '"' || c === '\\') {
      let esc: string;
      if (ESC[c] !== undefined) esc = '\\' + ESC[c];
      else if (x <= 0xff) esc = '\\x' + x.toString(16).toUpperCase().padStart(2, '0');
      else if (x <= 0xffff) esc = '\\u' + x.toString(16).toUpperCase().padStart(4, '0');
      else esc = '\\U' + x.toString(16).toUpperCase().padStart(8, '0');
      out += esc;
      pos.col += esc.length;
      spaces = false;
    } else if (c === ' ') {
      if (allowBreaks && !spaces && pos.col > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
        out += '\n' + ' '.repeat(indent);
        pos.col = indent;
        if (chars[i + 1] === ' ') { out += '\\'; pos.col++; }
      } else { out += c; pos.col++; }
      spaces = true;
    } else {
      out += c;
      pos.col++;
      spaces = false;
    }
  });
  out += '"';
  pos.col++;
  return out;
}

/** a literal block scalar: `|`, chomping and indentation hints, then the lines at `indent` */
export function writeLiteral(text: string, indent: number): string {
  let hints = '';
  if (text[0] === ' ' || isBreak(text[0])) hints += '2';
  const last = text[text.length - 1];
  if (!isBreak(last)) hints += '-';
  else if (text.length === 1 || isBreak(text[text.length - 2])) hints += '+';
  const pad = ' '.repeat(indent);
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const lines = body.split('\n').map((l) => (l === '' ? '' : pad + l));
  return `|${hints}\n${lines.join('\n')}`;
}
