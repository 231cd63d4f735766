#!/usr/bin/env node
// Writes seeded random template snippets (text, whitespace, trim markers, comments, if/range/with,
// variables) as defines in templates/_snippets.tpl and a ConfigMap printing each through
// `include … | toJson`, for the trim-random corpus case (a differential test of the lexer/parser).
//   node scripts/helm-random-templates.mjs SEED DIR
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

let s = Number(process.argv[2] ?? 1);
const dir = process.argv[3] ?? '.';
const r = (n) => { s = (s * 1103515245 + 12345) % 2147483648; return s % n; };
const pick = (a) => a[r(a.length)];
const ws = ['', ' ', '  ', '\n', '\n  ', ' \n', '\t', '\n\n', '\r\n'];
const open = () => pick(['{{', '{{- ', '{{-\n', '{{ ']);
const close = () => pick(['}}', ' -}}', '\n-}}', ' }}']);
const values = ['.Values.s', '"lit"', '1', '$.Values.t', '.Values.list', '$x', 'print "p"', '.Values.missing'];
function snippet(depth) {
  let out = '';
  const n = 1 + r(4);
  for (let i = 0; i < n; i++) {
    out += pick(ws) + pick(['a', 'b c', 'x:', '- y', '']) + pick(ws);
    const k = r(depth > 2 ? 4 : 8);
    if (k === 0) out += open() + pick(values) + close();
    else if (k === 1) out += open() + '/* c */' + close().replace(' }}', '}}');
    else if (k === 2) out += open() + '$x := ' + pick(['"v"', '.Values.s', '3']) + close();
    else if (k === 3) out += open() + pick(['.Values.s | upper', 'printf "%s-%d" "a" 2', 'len .Values.list']) + close();
    else if (k === 4) out += `${open()}if ${pick(['.Values.t', '.Values.f', '.Values.missing'])}${close()}${snippet(depth + 1)}${r(2) ? `${open()}else${close()}${snippet(depth + 1)}` : ''}${open()}end${close()}`;
    else if (k === 5) out += `${open()}range ${pick(['$i, $e := .Values.list', '.Values.list', '.Values.m', '2'])}${close()}${snippet(depth + 1)}${open()}end${close()}`;
    else if (k === 6) out += `${open()}with ${pick(['.Values.m', '.Values.missing'])}${close()}${snippet(depth + 1)}${open()}end${close()}`;
    else out += open() + pick(values.slice(0, 5)) + close();
  }
  return out;
}
let defs = '';
let lines = '';
for (let i = 0; i < 150; i++) {
  defs += `{{- define "s${i}" -}}{{ $x := "init" }}${snippet(0)}{{- end -}}\n`;
  lines += `  s${i}: {{ include "s${i}" . | toJson }}\n`;
}
writeFileSync(join(dir, 'templates', '_snippets.tpl'), defs);
writeFileSync(join(dir, 'templates', 'cm.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: trim\ndata:\n${lines}`);
