// The ConfigMap and Secret lesson: in English from start to finish (env, envFrom, a volume, base64,
// a missing key's CreateContainerConfigError and its fix), and in Japanese its text and first checks.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

const EN = {
  lesson: 'ConfigMap and Secret: configuration outside the image',
  steps: [
    'Why keep configuration apart',
    'Create a ConfigMap',
    'Create a Secret',
    'base64 is encoding, not encryption',
    'Use them in a Pod',
    'Read the values as environment variables',
    'Read the values as files',
    'A missing key: CreateContainerConfigError',
    'Fix it',
    'Clean up',
  ],
};

test('the ConfigMap and Secret lesson can be finished in English', async ({ page }) => {
  const app = new AppPage(page);
  const { lesson, terminal, editor, graph } = app;
  await app.open('en');
  await page.getByRole('combobox', { name: 'Choose a lesson' }).selectOption('configmap-secret');
  await expect(lesson.region.getByRole('heading', { name: EN.lesson })).toBeVisible();
  await expect(lesson.steps()).toHaveCount(EN.steps.length);
  for (const title of EN.steps) await lesson.expectNotDone(title);
  await app.setSpeed(50);
  const [why, configmap, secret, decode, pod, printenv, volume, missing, fix, cleanup] = EN.steps;

  await lesson.next();
  await lesson.expectDone(why);

  await terminal.run('kubectl create configmap app-config --from-literal=APP_COLOR=blue --from-literal=APP_MODE=production');
  await terminal.expectOutput('configmap/app-config created');
  await lesson.expectDone(configmap);
  await lesson.next();

  await terminal.run("kubectl create secret generic db-secret --from-literal=username=admin --from-literal=password='S3cr3t!'");
  await terminal.expectOutput('secret/db-secret created');
  await lesson.expectDone(secret);
  await lesson.next();

  await expect(lesson.region).toContainText('base64 is an encoding, not encryption');
  await expect(lesson.region).toContainText('Azure Key Vault');
  await terminal.run("kubectl get secret db-secret -o jsonpath='{.data.password}' | base64 -d");
  await terminal.expectOutput('S3cr3t!');
  await lesson.expectDone(decode);
  await lesson.next();

  // the lesson's start.yaml is already in the editor
  await expect(editor.region.locator('.view-lines')).toContainText('configMapKeyRef:');
  await editor.apply();
  await graph.expectPod('config-demo', 'Running');
  await lesson.expectDone(pod);
  await lesson.next();

  await terminal.run('kubectl exec config-demo -- printenv');
  await terminal.expectOutput('DB_PASSWORD=S3cr3t!');
  await terminal.expectOutput('APP_MODE=production');
  await lesson.expectDone(printenv);
  await lesson.next();

  await terminal.run('kubectl exec config-demo -- cat /etc/config/APP_COLOR');
  await lesson.expectDone(volume);
  await lesson.next();

  await lesson.region.getByRole('button', { name: 'Load into editor' }).click();
  await expect(editor.region.locator('.view-lines')).toContainText('name: broken-pod');
  await editor.apply();
  await graph.expectPod('broken-pod', 'CreateContainerConfigError');
  await lesson.expectDone(missing);
  await lesson.next();

  await terminal.run(`kubectl patch secret db-secret --type merge -p '{"stringData":{"token":"abc123"}}'`);
  await terminal.expectOutput('secret/db-secret patched');
  await graph.expectPod('broken-pod', 'Running');
  await lesson.expectDone(fix);
  await lesson.next();

  // each command waits for the previous one (a pod's deletion takes its grace period): keys typed
  // meanwhile would be lost, as in a real terminal without type-ahead
  await terminal.run('kubectl delete pod config-demo broken-pod');
  // kubectl delete waits for the pods to go (busybox ignores SIGTERM: its grace period runs out):
  // the next command is typed once the prompt is back
  await terminal.expectOutput(/pod "broken-pod" deleted\s*\$\s*$/);
  await terminal.run('kubectl delete configmap app-config');
  await terminal.expectOutput('configmap "app-config" deleted');
  await terminal.run('kubectl delete secret db-secret');
  await lesson.expectDone(cleanup);
  for (const title of EN.steps) await lesson.expectDone(title);
});

test('the ConfigMap and Secret lesson speaks Japanese', async ({ page }) => {
  const app = new AppPage(page);
  const { lesson, terminal } = app;
  await app.open('ja');
  await page.getByRole('combobox', { name: 'レッスンを選ぶ' }).selectOption('configmap-secret');
  await expect(lesson.region.getByRole('heading', { name: 'ConfigMap と Secret: 設定をイメージの外に出す' })).toBeVisible();
  await lesson.expectCurrent('設定を切り離す理由');
  await lesson.next();
  await lesson.expectDone('設定を切り離す理由');

  await terminal.run('kubectl create configmap app-config --from-literal=APP_COLOR=blue --from-literal=APP_MODE=production');
  await lesson.expectDone('ConfigMap を作る');
  await lesson.next();
  await terminal.run("kubectl create secret generic db-secret --from-literal=username=admin --from-literal=password='S3cr3t!'");
  await lesson.expectDone('Secret を作る');
  await lesson.next();

  await expect(lesson.region).toContainText('base64 はエンコードであって、暗号化ではありません。');
  await expect(lesson.status()).toContainText("kubectl get secret db-secret -o jsonpath='{.data.password}' | base64 -d を実行する");
  await terminal.run("kubectl get secret db-secret -o jsonpath='{.data.password}' | base64 -d");
  await terminal.expectOutput('S3cr3t!');
  await lesson.expectDone('base64 はエンコードであり、暗号化ではない');
});
