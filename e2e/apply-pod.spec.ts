// (1) Applying a Pod from the editor shows it Running in the cluster graph.
import { test } from '@playwright/test';
import { MYAPP_POD } from './fixtures/pod-lesson';
import { AppPage } from './pages/AppPage';

test('a Pod applied from the editor appears Running in the cluster graph', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('en');
  await app.setSpeed(50);
  await app.editor.setText(MYAPP_POD);
  await app.editor.apply();
  await app.graph.expectPod('myapp-pod', 'Running');
});
