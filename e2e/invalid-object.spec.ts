// (5) An object the API server rejects shows its 422 message, as kubectl would print it.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

test('a Pod without an image shows the API server 422 message', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('en');
  const noImage = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: no-image', 'spec:', '  containers:', '  - name: app', ''].join('\n');
  await app.editor.setText(noImage);
  await app.editor.apply();
  // kubectl's CheckErr prints a 422 from the Status details
  await expect(app.editor.result()).toContainText(/The Pod "no-image" is invalid: spec\.containers\[0\]\.image: Required value/);
  await app.graph.expectNoPod('no-image');
});
