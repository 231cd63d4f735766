#!/usr/bin/env node
// Writes a values.yaml of seeded random tricky strings, keys, numbers and nesting, for the
// toyaml-random* corpus cases (a differential test of toYaml's quoting, folding and key order).
//   node scripts/helm-random-values.mjs SEED > tests/helm/corpus/<case>/values.yaml
let s = Number(process.argv[2] ?? 12345);
const r = (n) => { s = (s * 1103515245 + 12345) % 2147483648; return s % n; };
const atoms = [' ', '  ', ':', ': ', '#', ' #', '-', '- ', '?', '!', '&', '*', "'", '"', '\n', '\n\n', '\t', 'a', 'b', 'Z',
  '1', '0', '10', '.', ',', '[', ']', '{', '}', '|', '>', '%', '@', '`', '~', 'yes', 'null', 'true', '1.5', '0x1', 'é', '日本',
  'long words here and there ', 'x', '=', '/', '\\', '_', '1e3', '-1', '+', '.5', '2024-01-02', '\u00a0', '\u2028', 'ü'];
const word = (n) => { let t = ''; for (let j = 0; j < n; j++) t += atoms[r(atoms.length)]; return t; };
const strs = [];
for (let i = 0; i < 400; i++) strs.push(word(1 + r(6)));
for (let i = 0; i < 60; i++) { let t = ''; while (t.length < 60 + r(120)) t += atoms[r(atoms.length)] + (r(3) ? ' ' : ''); strs.push(t); }
const keys = {};
// keys: letter words joined by punctuation, digits only at the end. go-yaml's key order is not
// transitive once digits are followed by more text ("Z10_1", "Z2b", "Z106"), and Go sorts from a
// random map order, so the real helm prints such keys in a different order from run to run
const words = ['a', 'b', 'Z', 'x', 'é', 'key', 'name', 'B'];
const seps = ['-', '_', '.', '/', ' ', ':', ''];
const key = () => { let k = words[r(words.length)]; for (let j = r(3); j > 0; j--) k += seps[r(seps.length)] + words[r(words.length)]; return k + (r(2) ? String(r(200)) : ''); };
for (let i = 0; i < 150; i++) keys[key()] = i;
const nums = Array.from({ length: 40 }, () => [r(1000), r(1000) / 7, -r(100000), r(3) * 1e6, 1 / (1 + r(1000000))][r(5)]);
const nest = (d) => (d === 0 || r(3) === 0 ? strs[r(strs.length)] : r(2) ? Array.from({ length: r(4) }, () => nest(d - 1)) : Object.fromEntries(Array.from({ length: r(4) }, () => [key(), nest(d - 1)])));
const values = { strs, keys, nums, nested: Array.from({ length: 30 }, () => nest(4)) };
process.stdout.write(JSON.stringify(values, null, 1) + '\n');
