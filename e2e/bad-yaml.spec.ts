// (4) A YAML syntax error is reported and nothing is applied: the graph's pods stay as they were.
import { expect, test } from '@playwright/test';
import { MYAPP_POD } from './fixtures/pod-lesson';
import { AppPage } from './pages/AppPage';

test('bad YAML shows an error and changes nothing', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('en');
  await app.setSpeed(50);
  await app.editor.setText(MYAPP_POD);
  await app.editor.apply();
  await app.graph.expectPod('myapp-pod', 'Running');

  // a second document that would create other-pod, after a broken first line: nothing may apply
  const broken = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: other-pod', '  labels: [unclosed', 'spec:', '  containers:', '  - name: c', '    image: busybox', ''].join('\n');
  await app.editor.setText(broken);
  await app.editor.apply();
  await expect(app.editor.result()).toContainText(/YAML syntax error on line \d+: nothing was applied/);
  await app.graph.expectNoPod('other-pod');
  await app.graph.expectPod('myapp-pod', 'Running');
  await app.terminal.run('kubectl get pods');
  await app.terminal.expectOutput(/myapp-pod\s+1\/1\s+Running/);
  await expect(app.terminal.region.locator('.xterm-rows')).not.toContainText('other-pod');
});
