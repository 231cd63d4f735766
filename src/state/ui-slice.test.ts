import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStore } from './store';
import { REQUEST_TRACE_MS } from './ui-slice';

afterEach(() => vi.useRealTimers());

describe('request traces', () => {
  it('turn a network path into graph node ids and fade after a moment', () => {
    vi.useFakeTimers();
    useStore.getState().traceRequest([
      { kind: 'client', name: 'terminal' },
      { kind: 'service', name: 'default/hello' },
      { kind: 'pod', name: 'default/hello-abc-12345' },
    ]);
    expect(useStore.getState().requests).toEqual([
      expect.objectContaining({ service: { kind: 'Service', namespace: 'default', name: 'hello' }, pod: { kind: 'Pod', namespace: 'default', name: 'hello-abc-12345' } }),
    ]);
    vi.advanceTimersByTime(REQUEST_TRACE_MS + 1);
    expect(useStore.getState().requests).toEqual([]);
  });

  it('keep at most ten at once', () => {
    vi.useFakeTimers();
    for (let i = 0; i < 15; i++) useStore.getState().traceRequest([{ kind: 'pod', name: `default/p${i}` }]);
    expect(useStore.getState().requests.map((r) => r.pod?.name)).toEqual(Array.from({ length: 10 }, (_, i) => `p${i + 5}`));
    vi.runAllTimers();
  });
});
