import { describe, expect, it } from 'vitest';
import { parseTranscript } from './transcript';

describe('transcript load steps', () => {
  it('reads `# load deployment/web 180m [-n ns]` as the load generator, other comments stay comments', () => {
    expect(parseTranscript('# load deployment/web 180m\n# load service/api 0m -n shop\n# a comment\nsleep 1s')).toEqual([
      { type: 'load', kind: 'Deployment', name: 'web', namespace: 'default', millicores: 180, line: '# load deployment/web 180m' },
      { type: 'load', kind: 'Service', name: 'api', namespace: 'shop', millicores: 0, line: '# load service/api 0m -n shop' },
      { type: 'sleep', ms: 1000, line: 'sleep 1s' },
    ]);
  });
});
