// The terminal as a shell: Ctrl+C interrupts a command that keeps running (kubectl get -w), the
// history survives a reload, and a pasted here-document applies a manifest through a pipe-able shell.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

test('Ctrl+C stops kubectl get -w, and the history is there after a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('en');
  await app.setSpeed(50);
  await app.terminal.run('kubectl create deployment web --image=nginx:1.27 --replicas=2');
  await app.terminal.expectOutput('deployment.apps/web created');
  await app.terminal.run('kubectl get pods -w');
  await app.terminal.expectOutput(/web-\S+\s+1\/1\s+Running/);
  await page.keyboard.press('Control+C');
  await app.terminal.expectOutput('^C');
  // the prompt is back: the next command runs
  await app.terminal.run('kubectl get deployments');
  await app.terminal.expectOutput(/web\s+2\/2\s+2\s+2/);

  await page.reload();
  await app.terminal.region.locator('.xterm').first().click();
  await page.keyboard.press('ArrowUp');
  await expect(app.terminal.region.locator('.xterm-rows')).toContainText('$ kubectl get deployments');
});

test('a pasted here-document applies a Deployment, and pipes filter kubectl', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('en');
  await app.setSpeed(50);
  await app.terminal.paste(
    ['kubectl apply -f - <<EOF', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: pasted', 'spec:', '  replicas: 2', '  selector:', '    matchLabels:', '      app: pasted', '  template:', '    metadata:', '      labels:', '        app: pasted', '    spec:', '      containers:', '      - name: web', '        image: nginx:1.27', 'EOF', ''].join('\n'),
  );
  // the body was shown after bash's continuation prompt, then the command ran once
  await app.terminal.expectOutput('> EOF');
  await app.terminal.expectOutput('deployment.apps/pasted created');
  await app.terminal.run('kubectl get pods -o name | grep -c pasted');
  await app.terminal.expectOutput(/grep -c pasted\s*2/);
  // an earlier command's error shows before the next command's output, and $(…) feeds kubectl
  await app.terminal.run('kubectl get deploy nope; echo "pods: $(kubectl get pods -o name | wc -l)"');
  await app.terminal.expectOutput(/deployments.apps "nope" not found\s*pods: 2/);
});
