// (2) The Pod lesson, start to finish, in English; progress survives a reload.
import { expect, test } from '@playwright/test';
import { EN, finishPodLesson } from './fixtures/pod-lesson';
import { AppPage } from './pages/AppPage';

test('the Pod lesson can be finished in English', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('en');
  await finishPodLesson(app, EN);
  await expect(app.lesson.status()).toContainText('no Pod named myapp-pod');

  await page.reload();
  await expect(app.lesson.region).toBeVisible();
  for (const title of [EN.intro, EN.apply, EN.get, EN.describe, EN.logs, EN.delete]) await app.lesson.expectDone(title);
  await app.lesson.expectCurrent(EN.delete);
});
