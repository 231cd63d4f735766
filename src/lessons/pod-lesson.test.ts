// The Pod lesson's command checks accept what learners really type, and nothing else.
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from './checks';
import { findLesson } from './load';

const lesson = findLesson('pod')!;
const accepts = (stepId: string, line: string) => {
  const step = lesson.steps.find((s) => s.id === stepId)!;
  return evaluateCheck(step.check, { objects: {}, commandLog: [{ line, exitCode: 0 }], seen: new Set(), read: false }).done;
};

describe('Pod lesson command checks', () => {
  it.each([
    ['get', 'kubectl get pods'],
    ['get', 'k get po'],
    ['get', 'kubectl get pod myapp-pod -o wide'],
    ['get', 'kubectl -n default get pods'],
    ['describe', 'kubectl describe pod myapp-pod'],
    ['describe', 'kubectl describe pods/myapp-pod'],
    ['describe', 'kubectl describe pods'],
    ['logs', 'kubectl logs myapp-pod'],
    ['logs', 'kubectl logs -f myapp-pod'],
    ['logs', 'k logs pod/myapp-pod'],
  ])('%s accepts %s', (step, line) => expect(accepts(step, line)).toBe(true));

  it.each([
    ['get', 'kubectl get nodes'],
    ['get', 'kubectl get podsecuritypolicies'],
    ['describe', 'kubectl describe pod other-pod'],
    ['describe', 'kubectl describe node aks-nodepool1'],
    ['describe', 'kubectl describe pod myapp-pod-2'],
    ['logs', 'kubectl logs other-pod'],
    ['logs', 'kubectl logs myapp-pod-2'],
  ])('%s rejects %s', (step, line) => expect(accepts(step, line)).toBe(false));
});
