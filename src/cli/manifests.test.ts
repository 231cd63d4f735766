import { describe, expect, it } from 'vitest';
import { lineOfField, parseManifests } from './manifests';

describe('parseManifests', () => {
  it('splits documents, skips empty ones and records 1-based line ranges', () => {
    const text = '---\n# only a comment\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\n\n---\nkind: Service\n';
    const r = parseManifests(text);
    expect(r.error).toBeUndefined();
    expect(r.documents.map((d) => [d.object, d.startLine, d.endLine])).toEqual([
      [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } }, 4, 7],
      [{ kind: 'Service' }, 11, 11],
    ]);
  });

  it("reports the parser's message with line and column", () => {
    const r = parseManifests('a: 1\n\tb: 2\n');
    expect(r.documents).toEqual([]);
    expect(r.error).toMatchObject({ message: 'Tabs are not allowed as indentation', line: 2, column: 1 });
  });

  it('finds the line of a field path, or of its nearest ancestor', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: x\n';
    const doc = parseManifests(text).documents[0].doc;
    expect(lineOfField(doc, 'spec.containers[0].image', text)).toBe(6);
    expect(lineOfField(doc, 'spec.containers[0].ports[0].containerPort', text)).toBe(5);
    expect(lineOfField(doc, 'status', text)).toBeUndefined();
  });
});
