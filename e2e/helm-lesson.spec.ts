// The Helm lesson: in English from start to finish (search the stable repository, install
// WordPress with its MariaDB, the release Secret, --set in an upgrade, rollback, helm create,
// uninstall), in Japanese its text and first check; and the editor's live helm template preview.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

const EN = {
  lesson: 'Helm: the package manager for Kubernetes',
  steps: ['What Helm is', 'Find a chart in a repository', 'Install WordPress', 'A release is a Secret', 'Values and --set', 'History and rollback', 'Your own chart', 'Uninstall'],
};
const JA = {
  lesson: 'Helm: Kubernetes のパッケージマネージャー',
  steps: ['Helm とは', 'リポジトリでチャートを探す', 'WordPress をインストールする', 'リリースは Secret として保存される', '値と --set', '履歴とロールバック', '自分のチャートを作る', 'アンインストール'],
};

test('the Helm lesson can be finished in English', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  const { lesson, terminal } = app;
  await app.open('en');
  await page.getByRole('combobox', { name: 'Choose a lesson' }).selectOption('helm');
  await expect(lesson.region.getByRole('heading', { name: EN.lesson })).toBeVisible();
  await expect(lesson.steps()).toHaveCount(EN.steps.length);
  await app.setSpeed(50);
  const [what, search, install, release, values, rollback, create, uninstall] = EN.steps;

  await lesson.next();
  await lesson.expectDone(what);

  await terminal.run('helm search repo wordpress');
  await terminal.expectOutput('stable/wordpress');
  await lesson.expectDone(search);
  await lesson.next();

  await terminal.run('helm install my-wp stable/wordpress');
  // the chart's NOTES end the output (the status lines above have scrolled away)
  await terminal.expectOutput('The password WordPress uses');
  await expect(lesson.step(install)).toHaveAccessibleName(/\(done\)$/, { timeout: 60_000 });
  await lesson.next();

  await terminal.run('kubectl get secrets -l owner=helm');
  await terminal.expectOutput('sh.helm.release.v1.my-wp.v1');
  await lesson.expectDone(release);
  await lesson.next();

  await terminal.run('helm upgrade my-wp stable/wordpress --set replicaCount=2');
  await terminal.run('clear');
  await terminal.run('helm history my-wp');
  await terminal.expectOutput('Upgrade complete');
  await lesson.expectDone(values);
  await lesson.next();

  await terminal.run('helm rollback my-wp 1');
  await terminal.expectOutput('Rollback was a success! Happy Helming!');
  await lesson.expectDone(rollback);
  await lesson.next();

  await terminal.run('helm create jazapp');
  await terminal.expectOutput('Creating jazapp');
  await expect(app.editor.tree().locator('[data-path="jazapp"]')).toBeVisible();
  await terminal.run('helm install jazapp ./jazapp --set replicaCount=2');
  await expect(lesson.step(create)).toHaveAccessibleName(/\(done\)$/, { timeout: 60_000 });
  await lesson.next();

  await terminal.run('helm uninstall my-wp');
  await terminal.expectOutput('release "my-wp" uninstalled');
  await terminal.run('helm uninstall jazapp');
  await expect(lesson.step(uninstall)).toHaveAccessibleName(/\(done\)$/, { timeout: 60_000 });
  for (const title of EN.steps) await lesson.expectDone(title);
});

test('the Helm lesson speaks Japanese', async ({ page }) => {
  const app = new AppPage(page);
  const { lesson, terminal } = app;
  await app.open('ja');
  await page.getByRole('combobox', { name: 'レッスンを選ぶ' }).selectOption('helm');
  await expect(lesson.region.getByRole('heading', { name: JA.lesson })).toBeVisible();
  await expect(lesson.steps()).toHaveCount(JA.steps.length);
  await expect(lesson.region).toContainText('チャート: Helm のパッケージです');
  await lesson.next();
  await lesson.expectDone(JA.steps[0]!);
  // kubectl's and helm's own output stay in English, as on a real cluster
  await terminal.run('helm search repo wordpress');
  await terminal.expectOutput('NAME');
  await lesson.expectDone(JA.steps[1]!);
  await lesson.expectNotDone(JA.steps[2]!);
});

test('a chart renders live beside the editor, and a template error points at its line', async ({ page }) => {
  const app = new AppPage(page);
  const { editor, terminal } = app;
  await app.open('en');
  await terminal.run('helm create demo');
  await terminal.expectOutput('Creating demo');
  const tree = editor.tree();
  // folders open from the start: the file is a click away
  await tree.locator('[data-path="demo/templates/service.yaml"] button').first().click();
  const preview = page.getByRole('complementary', { name: 'helm template (live preview)' });
  await expect(preview.getByTestId('helm-preview')).toContainText('# Source: demo/templates/service.yaml');
  await editor.setText('apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Values.no.x }}\n');
  await expect(preview.getByRole('alert')).toContainText('demo/templates/service.yaml, line 4');
  await expect(editor.region.locator('.squiggly-error')).not.toHaveCount(0);
  await editor.setText('apiVersion: v1\nkind: Service\nmetadata:\n  name: x-{{ .Release.Name }}\n');
  await expect(preview.getByTestId('helm-preview')).toContainText('name: x-release-name');
  await expect(editor.region.locator('.squiggly-error')).toHaveCount(0);
});
