// (3) The Pod lesson, start to finish, in Japanese (?lang=ja): the panel speaks Japanese throughout.
import { expect, test } from '@playwright/test';
import { JA, finishPodLesson } from './fixtures/pod-lesson';
import { AppPage } from './pages/AppPage';

test('the Pod lesson can be finished in Japanese', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('ja');
  await expect(app.lesson.region.getByRole('button', { name: '次のステップ' })).toBeVisible();
  // the starting manifest's comments speak Japanese too (lessons/pod/start.ja.yaml)
  await expect(app.editor.region.locator('.view-lines')).toContainText('Kubernetes がデプロイする最小の単位');
  await finishPodLesson(app, JA);
  await expect(app.lesson.status()).toContainText('Pod myapp-pod はありません');
});
