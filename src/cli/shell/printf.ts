// bash's echo (-n, -e, -E) and printf builtins: printf reuses its format for the remaining arguments,
// with %s %d %i %b %q %% (width, `-` flag) and backslash escapes, as builtins/printf.def does.
import type { CommandResult } from '../types';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', '"': '"', "'": "'" };

/** backslash escapes; `\c` ends all output (stop = true) */
function unescape(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\' || i + 1 >= text.length) {
      out += text[i];
      continue;
    }
    const c = text[++i];
    if (c === 'c') return { text: out, stop: true };
    const octal = /^0?[0-7]{1,3}/.exec(text.slice(i));
    if (c in ESCAPES) out += ESCAPES[c];
    else if (octal && c === '0') {
      out += String.fromCharCode(parseInt(octal[0], 8));
      i += octal[0].length - 1;
    } else out += `\\${c}`;
  }
  return { text: out, stop: false };
}

export function echo(args: string[]): CommandResult {
  let newline = true;
  let escapes = false;
  let i = 0;
  // bash takes -n/-e/-E (and bundles of them) only before the first word
  for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
    for (const c of args[i].slice(1)) {
      if (c === 'n') newline = false;
      else escapes = c === 'e';
    }
  }
  let text = args.slice(i).join(' ');
  if (escapes) {
    const u = unescape(text);
    if (u.stop) return { stdout: u.text, stderr: '', exitCode: 0 };
    text = u.text;
  }
  return { stdout: text + (newline ? '\n' : ''), stderr: '', exitCode: 0 };
}

export function printf(args: string[]): CommandResult {
  const [format, ...rest] = args[0] === '--' ? args.slice(1) : args;
  if (format === undefined) return { stdout: '', stderr: 'printf: usage: printf [-v var] format [arguments]\n', exitCode: 2 };
  let stdout = '';
  let stderr = '';
  let k = 0;
  do {
    let consumed = false;
    const spec = /%([-0 +#]*)(\d*)(?:\.(\d+))?([sdibqc%])/g;
    let last = 0;
    for (let m = spec.exec(format); m; m = spec.exec(format)) {
      const lit = unescape(format.slice(last, m.index));
      stdout += lit.text;
      if (lit.stop) return { stdout, stderr, exitCode: stderr ? 1 : 0 };
      last = spec.lastIndex;
      if (m[4] === '%') {
        stdout += '%';
        continue;
      }
      const arg = rest[k++];
      consumed = true;
      let value = arg ?? '';
      if (m[4] === 'd' || m[4] === 'i') {
        if (value !== '' && !/^[-+]?\d+$/.test(value.trim())) {
          stderr += `bash: printf: ${value}: invalid number\n`;
          value = '0';
        } else value = String(Number(value || '0'));
      } else if (m[4] === 'b') value = unescape(value).text;
      else if (m[4] === 'c') value = value.slice(0, 1);
      if (m[3] !== undefined && m[4] !== 'd' && m[4] !== 'i') value = value.slice(0, Number(m[3]));
      const width = Number(m[2] || 0);
      stdout += m[1].includes('-') ? value.padEnd(width) : value.padStart(width, m[1].includes('0') && m[4] === 'd' ? '0' : ' ');
    }
    const tail = unescape(format.slice(last));
    stdout += tail.text;
    if (tail.stop || !consumed) break;
  } while (k < rest.length);
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}
