import { describe, expect, it } from 'vitest';
import { commandLines, parseInline, parseMarkdown } from './markdown';

describe('lesson Markdown renderer input', () => {
  it('parses paragraphs, lists and code fences', () => {
    const blocks = parseMarkdown('Hello **big** world\nagain\n\n- one\n- `two`\n\n```yaml\nkind: Pod\n```\n');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'code']);
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'Hello ' }, { type: 'strong', children: [{ type: 'text', text: 'big' }] }, { type: 'text', text: ' world again' }],
    });
    expect(blocks[2]).toEqual({ type: 'code', lang: 'yaml', text: 'kind: Pod' });
  });

  it('joins wrapped Japanese lines without a space', () => {
    const [p] = parseMarkdown('これは\nテストです');
    expect(p).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'これはテストです' }] });
  });

  it('keeps HTML as text and drops unsafe link targets', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ type: 'text', text: '<img src=x onerror=alert(1)>' }]);
    expect(parseInline('[click](javascript:void)')).toEqual([{ type: 'text', text: 'click' }]);
    expect(parseInline('[docs](https://kubernetes.io)')).toEqual([
      { type: 'link', href: 'https://kubernetes.io', children: [{ type: 'text', text: 'docs' }] },
    ]);
  });

  it('extracts the commands of a shell block', () => {
    expect(commandLines('# list them\n$ kubectl get pods\n\nkubectl logs myapp-pod\n')).toEqual(['kubectl get pods', 'kubectl logs myapp-pod']);
  });
});
