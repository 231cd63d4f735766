// The lesson's code-block actions an instructor demos with: "Load into editor" for a manifest and
// "Run" for a command, which goes through the terminal's kubectl and counts for the step's check.
import { expect, test } from '@playwright/test';
import { EN } from './fixtures/pod-lesson';
import { AppPage } from './pages/AppPage';

test('lesson code blocks load manifests into the editor and run commands', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('en');
  await app.setSpeed(50);
  await app.editor.setText('# scratch\n');
  await app.lesson.next();

  await app.lesson.region.getByRole('button', { name: 'Load into editor' }).click();
  await expect(app.editor.region.locator('.view-lines')).toContainText("command: ['sh', '-c', 'echo Hello Kubernetes! && sleep 3600']");
  await app.editor.apply();
  await app.lesson.expectDone(EN.apply);
  await expect(app.lesson.status()).toContainText('Now: Pod myapp-pod is Running');

  await app.lesson.next();
  await app.lesson.expectNotDone(EN.get);
  await app.lesson.region.getByRole('button', { name: 'Run' }).click();
  await expect(app.lesson.region.getByLabel('Output')).toContainText(/myapp-pod\s+1\/1\s+Running/);
  await app.lesson.expectDone(EN.get);
});
