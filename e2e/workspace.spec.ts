// The workspace shared by editor and terminal: a file made in the tree and saved is what
// `kubectl apply -f` reads, it survives a reload, and `kubectl edit` opens the live object in a
// temporary tab whose save patches it.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
`;

test('tree file → save → kubectl apply -f; reload keeps it; kubectl edit changes replicas', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('en');
  await app.setSpeed(50);
  await app.editor.newFile('web.yaml');
  await app.editor.setText(WEB);
  await app.editor.save();
  await expect(app.editor.tree().locator('[data-path="web.yaml"]')).not.toContainText('●');
  await app.terminal.run('kubectl apply -f web.yaml');
  await app.terminal.expectOutput('deployment.apps/web created');
  await expect(app.graph.region.getByRole('button', { name: /^Pod web-\S+ Running$/ })).toHaveCount(1);

  await page.reload();
  // the lesson's start file opens in pod.yaml; web.yaml is still there
  await app.editor.tree().locator('[data-path="web.yaml"]').getByRole('button').first().click();
  await expect(app.editor.region.locator('.view-lines')).toContainText('name: web');

  await app.setSpeed(50);
  await app.terminal.run('kubectl apply -f web.yaml');
  await app.terminal.expectOutput(/deployment.apps\/web (created|unchanged)/);
  await app.terminal.run('kubectl edit deployment web');
  await expect(app.editor.editTab()).toHaveText('kubectl-edit-deployment-web.yaml');
  await expect(app.editor.region.locator('.view-lines')).toContainText('# Please edit the object below.');
  // replace `replicas: 1` in the buffer: find it, select the line's value, type the new one
  await app.editor.region.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ControlOrMeta+F');
  await page.keyboard.type('replicas: 1');
  await page.keyboard.press('Escape');
  await page.keyboard.type('replicas: 3');
  await app.editor.save();
  await app.terminal.expectOutput('deployment.apps/web edited');
  await expect(app.editor.editTab()).toHaveCount(0);
  await expect(app.graph.region.getByRole('button', { name: /^Pod web-\S+ Running$/ })).toHaveCount(3);
});
