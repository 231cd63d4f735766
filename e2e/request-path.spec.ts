// A request's way through the cluster shows on the graph: after `curl http://hello` in the terminal,
// the Service and the pod that answered are highlighted and the edge between them runs.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

test('curl to a Service lights up the Service, the answering pod and the edge between them', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('en');
  await app.setSpeed(50);
  await app.terminal.run('kubectl create deployment hello --image=nginx:1.27 --replicas=2');
  await app.terminal.expectOutput('deployment.apps/hello created');
  await app.terminal.run('kubectl expose deployment hello --port=80');
  await app.terminal.expectOutput('service/hello exposed');
  await app.terminal.run('kubectl rollout status deployment/hello');
  await app.terminal.expectOutput('deployment "hello" successfully rolled out');
  await app.terminal.run('curl -s http://hello');
  await app.terminal.expectOutput('Welcome to nginx!');
  const graph = app.graph.region;
  await expect(graph.locator('.react-flow__node.kp-request')).toHaveCount(2);
  await expect(graph.locator('.react-flow__edge.kp-edge-request')).toHaveCount(1);
  // a moment later the path fades
  await expect(graph.locator('.react-flow__node.kp-request')).toHaveCount(0, { timeout: 5000 });
});
