import { describe, expect, it } from 'vitest';
import { applyQuery, evaluate } from './query';

const doc = { kubernetesVersion: '1.32.6', agentPoolProfiles: [{ name: 'a', count: 3, upgradeSettings: { maxSurge: '1' } }, { name: 'b', count: 2, upgradeSettings: { maxSurge: '33%' } }] };

describe('az --query', () => {
  it('reads fields, indexes, projections and multiselect hashes', () => {
    expect(evaluate(doc, 'kubernetesVersion')).toBe('1.32.6');
    expect(evaluate(doc, 'agentPoolProfiles[0].upgradeSettings.maxSurge')).toBe('1');
    expect(evaluate(doc, 'agentPoolProfiles[].name')).toEqual(['a', 'b']);
    expect(evaluate(doc.agentPoolProfiles, '[].{name:name,surge:upgradeSettings.maxSurge}')).toEqual([{ name: 'a', surge: '1' }, { name: 'b', surge: '33%' }]);
    expect(evaluate(doc, 'length(agentPoolProfiles)')).toBe(2);
    expect(evaluate(doc, 'missing.field')).toBeNull();
  });

  it('refuses what it cannot parse', () => {
    expect(applyQuery(doc, "agentPoolProfiles[?name=='a']")).toEqual({ error: "ERROR: argument --query: invalid jmespath_type value: 'agentPoolProfiles[?name=='a']'\n" });
  });
});
