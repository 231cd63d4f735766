// The text filters learners pipe kubectl into, over stdin or workspace files, as GNU coreutils and
// grep behave: grep, head, tail, wc, sort, uniq, cut, tr, base64; and a tiny awk (print programs).
import type { CommandResult, Workspace } from '../../types';
import { grep } from './grep';
import { headTail } from './head-tail';
import { wc } from './wc';
import { sort, uniq } from './sort-uniq';
import { cut, tr } from './cut-tr';
import { base64 } from './base64';
import { awk } from './awk';

export const FILTERS = ['awk', 'base64', 'cut', 'grep', 'head', 'sort', 'tail', 'tr', 'uniq', 'wc'];

export function runFilter(program: string, args: string[], stdin: string | undefined, ws: Workspace): CommandResult | undefined {
  switch (program) {
    case 'grep':
      return grep(args, stdin, ws);
    case 'head':
    case 'tail':
      return headTail(program, args, stdin, ws);
    case 'wc':
      return wc(args, stdin, ws);
    case 'sort':
      return sort(args, stdin, ws);
    case 'uniq':
      return uniq(args, stdin, ws);
    case 'cut':
      return cut(args, stdin, ws);
    case 'tr':
      return tr(args, stdin);
    case 'base64':
      return base64(args, stdin, ws);
    case 'awk':
      return awk(args, stdin, ws);
    default:
      return undefined;
  }
}
