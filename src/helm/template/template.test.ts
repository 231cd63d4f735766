import { it, expect } from 'vitest';
import { TemplateSet } from './template';
it('smoke', () => {
  const t = new TemplateSet();
  t.parse('a', '{{- $x := 3 }}{{ $x }} {{ .Values.a }} {{ range $i, $v := .L }}[{{ $i }}={{ $v }}]{{ end }} {{ if and 1 0 }}y{{ else if 1 }}z{{ end }} {{ printf "%05.2f|%-4d|%q" 3.14159 7 "a\\"b" }} {{ define "h" }}H{{ . }}{{ end }}{{ template "h" 5 }} {{ index .L 1 }} {{ len .L }} {{ .Values.missing }}');
  expect(t.execute('a', { Values: { a: 1000000 }, L: ['p', 'q'] })).toBe('3 1e+06 [0=p][1=q] z 03.14|7   |"a\\"b" H5 q 2 <no value>');
});
