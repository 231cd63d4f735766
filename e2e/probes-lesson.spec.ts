// The probes and self-healing lesson: in English from start to finish, with the steps' fault
// buttons (kill a pod, break the image, stop and start a node) run against the live cluster; in Japanese its text, a
// button's label and what it says when its target does not exist yet.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

const EN = {
  lesson: 'Probes and self-healing',
  steps: [
    'How Kubernetes keeps applications healthy',
    'A liveness probe restarts a container',
    'CrashLoopBackOff',
    'Readiness keeps unready Pods out of a Service',
    'Fix the readiness probe',
    'Kill a Pod and watch it come back',
    'Break the image',
    'Stop a node',
    'Start the node again',
    'Clean up',
  ],
};

test('the probes lesson can be finished in English, fault buttons included', async ({ page }) => {
  // ten steps, a liveness restart and a node eviction (340 s simulated): give it room on a busy machine
  test.setTimeout(300_000);
  const app = new AppPage(page);
  const { lesson, terminal, editor, graph } = app;
  await app.open('en');
  await page.getByRole('combobox', { name: 'Choose a lesson' }).selectOption('probes');
  await expect(lesson.region.getByRole('heading', { name: EN.lesson })).toBeVisible();
  await expect(lesson.steps()).toHaveCount(EN.steps.length);
  await app.setSpeed(50);
  const [why, liveness, crashloop, readiness, fixReadiness, killPod, breakImage, stopNode, startNode, cleanup] = EN.steps;
  const load = async () => {
    await lesson.region.getByRole('button', { name: 'Load into editor' }).click();
    await editor.apply();
  };

  await lesson.next();
  await lesson.expectDone(why);

  await load();
  await graph.expectPod('liveness-exec', 'Running');
  await lesson.expectDone(liveness);
  await lesson.next();

  await load();
  await lesson.expectDone(crashloop);
  await lesson.next();

  await load();
  await terminal.run('kubectl get pods -l app=web');
  await terminal.expectOutput(/web-\S+\s+0\/1\s+Running/);
  await terminal.run('kubectl get endpoints web');
  await terminal.expectOutput(/web\s+<none>/);
  await lesson.expectDone(readiness);
  await lesson.next();

  await terminal.run(`kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","readinessProbe":{"httpGet":{"path":"/"}}}]}}}}'`);
  await lesson.expectDone(fixReadiness);
  await lesson.next();

  await lesson.expectNotDone(killPod);
  await expect(lesson.status()).toContainText("press the step's button (app=web)");
  await lesson.region.getByRole('button', { name: 'Kill a pod (app=web)' }).click();
  await expect(lesson.region).toContainText(/Pod web-\S+ was deleted at once/);
  await lesson.expectDone(killPod);
  await lesson.next();

  await lesson.region.getByRole('button', { name: 'Break the image of Deployment web' }).click();
  await expect(lesson.region).toContainText('nginx:does-not-exist');
  await terminal.run('kubectl get pods -l app=web');
  await terminal.expectOutput(/web-\S+\s+0\/1\s+(ErrImagePull|ImagePullBackOff|ContainerCreating|Pending)/);
  await terminal.run('kubectl rollout undo deployment/web');
  await terminal.expectOutput('deployment.apps/web rolled back');
  await lesson.expectDone(breakImage);
  await lesson.next();

  await lesson.region.getByRole('button', { name: 'Stop the node running app=web' }).click();
  await expect(lesson.region).toContainText(/aks-nodepool1-\S+'s kubelet has stopped/);
  await terminal.run('kubectl get nodes');
  await lesson.expectNotDone(stopNode);
  // NotReady after ~40 s, eviction after 300 s, then a replacement gets Ready (seconds at 50x)
  await expect(lesson.step(stopNode)).toHaveAccessibleName(/\(done\)$/, { timeout: 60_000 });
  await lesson.next();

  await terminal.run('kubectl get nodes');
  await terminal.expectOutput(/NotReady/);
  await lesson.region.getByRole('button', { name: 'Start the node (NotReady)' }).click();
  await lesson.expectDone(startNode);
  await lesson.next();

  // wait for each command's answer before typing the next (keys typed meanwhile are lost)
  await terminal.run('kubectl delete deployment web');
  await terminal.expectOutput('deployment.apps "web" deleted');
  await terminal.run('kubectl delete service web');
  await terminal.expectOutput('service "web" deleted');
  await terminal.run('kubectl delete pod liveness-exec crash-demo --ignore-not-found');
  await lesson.expectDone(cleanup);
  for (const title of EN.steps) await lesson.expectDone(title);
});

test('the probes lesson speaks Japanese, and a fault button says when its target is missing', async ({ page }) => {
  const app = new AppPage(page);
  const { lesson } = app;
  await app.open('ja');
  await page.getByRole('combobox', { name: 'レッスンを選ぶ' }).selectOption('probes');
  await expect(lesson.region.getByRole('heading', { name: 'プローブと自己修復' })).toBeVisible();
  await expect(lesson.region).toContainText('Liveness Probe');
  await lesson.step('Pod を強制終了して復旧を見る').click();
  await lesson.expectCurrent('Pod を強制終了して復旧を見る');
  await expect(lesson.status()).toContainText('ステップのボタン（app=web）を押す');
  await lesson.region.getByRole('button', { name: 'Pod を強制終了する（app=web）' }).click();
  await expect(lesson.region).toContainText('Pod app=web がまだありません');
  await lesson.expectNotDone('Pod を強制終了して復旧を見る');
});
