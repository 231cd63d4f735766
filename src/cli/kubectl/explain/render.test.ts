import { describe, expect, it } from 'vitest';
import { indent, wordWrap } from './wordwrap';
import { renderExplain } from './render';
import { wrapDescription } from './render-v2';

describe('wordWrap (go-wordwrap)', () => {
  it('breaks at the last space before the limit and drops that space', () => {
    expect(wordWrap('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
  });
  it('keeps existing newlines and never breaks a word as long as the limit', () => {
    expect(wordWrap('x\n\nhttps://example.com/a/very/long/path y', 10)).toBe('x\n\nhttps://example.com/a/very/long/path\ny');
  });
  it('indents every line, blank ones included', () => {
    expect(indent(2, 'a\n\nb')).toBe('  a\n  \n  b');
  });
});

// a hand-made document: a kind with an enum field, a self-referencing type and a map
const DOC = {
  paths: { '/apis/demo.io/v1/namespaces/{namespace}/widgets/{name}': { patch: { 'x-kubernetes-group-version-kind': { group: 'demo.io', version: 'v1', kind: 'Widget' } } } },
  components: {
    schemas: {
      'demo.Widget': {
        description: 'A widget.',
        type: 'object',
        required: ['spec'],
        properties: {
          spec: { description: 'The spec.', allOf: [{ $ref: '#/components/schemas/demo.Node' }] },
          mode: { type: 'string', description: 'How.', enum: ['', 'A', 'B', 'C', 'D', 'E'] },
          tags: { type: 'object', additionalProperties: { type: 'string' } },
        },
        'x-kubernetes-group-version-kind': [{ group: 'demo.io', version: 'v1', kind: 'Widget' }],
      },
      'demo.Node': { description: 'A node of a tree.', type: 'object', properties: { child: { $ref: '#/components/schemas/demo.Node' }, size: { type: 'integer' } } },
    },
  },
};
const T = { group: 'demo.io', version: 'v1', resource: 'widgets' };

describe('renderExplain', () => {
  it('lists fields sorted, with types, -required- and at most four enum values', () => {
    const out = renderExplain(DOC, T, [], false).stdout;
    expect(out).toContain('GROUP:      demo.io\nKIND:       Widget\nVERSION:    v1\n\nDESCRIPTION:\n    A widget.\n    \nFIELDS:\n');
    expect(out).toContain('  mode\t<string>\n  enum: "", A, B, C, ....\n    How.\n\n');
    expect(out).toContain('  spec\t<Node> -required-\n    The spec.\n\n');
    expect(out).toContain('  tags\t<map[string]string>\n    <no description>\n\n');
    expect(out.indexOf('  mode')).toBeLessThan(out.indexOf('  spec'));
  });
  it('follows a field path through allOf and prints the field and type descriptions', () => {
    const out = renderExplain(DOC, T, ['spec', 'child'], false).stdout;
    expect(out).toContain('FIELD: child <Node>\n\n\nDESCRIPTION:\n    A node of a tree.\n');
    expect(out).toContain('  size\t<integer>\n');
  });
  it('stops --recursive at a type it is already inside', () => {
    const out = renderExplain(DOC, T, ['spec'], true).stdout;
    // Node's own fields once; `child` (a Node again) is not opened a second time
    expect(out).toContain('FIELDS:\n  child\t<Node>\n  size\t<integer>\n\n');
  });
  it('names the last path element when the field does not exist, after the header', () => {
    expect(renderExplain(DOC, T, ['spec', 'nope', 'deeper'], false)).toEqual({ stdout: 'GROUP:      demo.io\nKIND:       Widget\nVERSION:    v1\n\n', error: 'error: field "deeper" does not exist' });
  });
  it('says so when no path serves the resource', () => {
    expect(renderExplain(DOC, { ...T, resource: 'gadgets' }, [], false)).toEqual({ stdout: '', error: 'error: GVR (demo.io/v1, Resource=gadgets) not found in OpenAPI schema' });
  });
});

describe('wrapDescription (explain v2)', () => {
  it('joins lines into words up to the width, keeping paragraphs, lists and code blocks', () => {
    expect(wrapDescription('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapDescription('Possible values:\n - a\n - b\n\n    code  block\nend', 80)).toEqual(['Possible values:', '- a', '- b', '', '    code  block', 'end']);
  });
});
