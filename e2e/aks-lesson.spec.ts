// The AKS lesson in English and in Japanese, from start to finish: az in the terminal (node pools,
// versions, scale, max surge 33%), the Deployment and its PodDisruptionBudget from the editor, the
// compare view opened from the lesson text, and the upgrade to 1.33.1 watched on the live chart until
// every node runs the new version; then a node image upgrade.
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';

const TEXT = {
  en: {
    lesson: 'AKS: node pools, versions and the max-surge upgrade',
    choose: 'Choose a lesson',
    steps: ['What AKS manages, and what you do', 'Node pools: System and User', 'Versions and the support window', 'An application that must stay up', 'A bigger node pool', 'Max surge', 'Compare the settings', 'Upgrade the cluster', 'Node image upgrades'],
    aksButton: 'AKS',
    compareLink: 'the compare view',
    liveLink: 'the live chart',
    run: 'Run the four upgrades',
    nodes: 'nodes: ',
    webAvailable: 'web available: ',
  },
  ja: {
    lesson: 'AKS: ノードプール、バージョン、最大サージによるアップグレード',
    choose: 'レッスンを選ぶ',
    steps: ['AKS が管理するもの、ユーザーが管理するもの', 'ノードプール: System と User', 'バージョンとサポート期間', '止めたくないアプリケーション', 'ノードプールを大きくする', '最大サージ', '設定を比べる', 'クラスターをアップグレードする', 'ノードイメージのアップグレード'],
    aksButton: 'AKS',
    compareLink: '比較ビュー',
    liveLink: 'ライブのグラフ',
    run: '4 通りのアップグレードを実行',
    nodes: 'ノード数: ',
    webAvailable: 'web の利用可能数: ',
  },
} as const;

async function finishLesson(page: Page, lang: 'en' | 'ja') {
  const t = TEXT[lang];
  const app = new AppPage(page);
  const { lesson, terminal } = app;
  await app.open(lang);
  await page.getByRole('combobox', { name: t.choose }).selectOption('aks');
  await expect(lesson.region.getByRole('heading', { name: t.lesson })).toBeVisible();
  await expect(lesson.steps()).toHaveCount(t.steps.length);
  await app.setSpeed(50);
  const [what, pools, versions, workload, scale, surge, compare, upgrade, nodeimage] = t.steps;

  await lesson.next();
  await lesson.expectDone(what);

  await terminal.run('az aks nodepool list -g myResourceGroup --cluster-name myAKSCluster -o table');
  await terminal.expectOutput(/nodepool1\s+Linux\s+1\.32\.6\s+Standard_DS2_v2\s+3/);
  await lesson.expectDone(pools);
  await lesson.next();

  await terminal.run('az aks get-upgrades -g myResourceGroup -n myAKSCluster -o table');
  await terminal.expectOutput('1.32.7, 1.33.1, 1.33.2, 1.33.3');
  await lesson.expectDone(versions);
  await lesson.next();

  // the lesson put the Deployment and its PDB into the editor
  await app.editor.apply();
  await expect(app.editor.result()).toContainText('poddisruptionbudget.policy/web-pdb created');
  await expect(lesson.step(workload)).toHaveAccessibleName(/\((done|完了)\)$/, { timeout: 60_000 });
  await lesson.next();

  await terminal.run('az aks scale -g myResourceGroup -n myAKSCluster --node-count 6 -o table');
  await expect(lesson.step(scale)).toHaveAccessibleName(/\((done|完了)\)$/, { timeout: 60_000 });
  await terminal.expectOutput(/myAKSCluster\s+japaneast/);
  await lesson.next();

  await terminal.run('az aks nodepool update -g myResourceGroup --cluster-name myAKSCluster -n nodepool1 --max-surge 33% -o table');
  await terminal.expectOutput(/nodepool1\s+Linux\s+1\.32\.6\s+Standard_DS2_v2\s+6/);
  await lesson.expectDone(surge);
  await lesson.next();

  // the lesson's link opens the compare view in the AKS panel
  await lesson.region.getByRole('button', { name: t.compareLink }).click();
  const panel = page.getByTestId('aks-panel');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: t.run }).click();
  for (const id of ['surge1', 'surge33', 'surge100', 'unavailable1']) await expect(panel.getByTestId(`aks-result-${id}`)).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId('aks-compare-plot').locator('circle')).toHaveCount(4);
  await lesson.next();
  await lesson.expectDone(compare);

  await lesson.region.getByRole('button', { name: t.liveLink }).click();
  await expect(panel.getByTestId('aks-pool-nodepool1')).toContainText('Standard_DS2_v2');
  await terminal.run('az aks upgrade -g myResourceGroup -n myAKSCluster --kubernetes-version 1.33.1 --yes -o table');
  // a surge node joins: the chart's node count goes above the pool's 6
  await expect(panel.getByTestId('aks-legend-nodes')).toHaveText(new RegExp(`^${t.nodes}(7|8)$`), { timeout: 60_000 });
  await expect(panel.getByTestId('aks-pool-nodepool1').locator('progress')).toBeVisible();
  await expect(lesson.step(upgrade)).toHaveAccessibleName(/\((done|完了)\)$/, { timeout: 120_000 });
  await terminal.expectOutput(/myAKSCluster\s+japaneast\s+myResourceGroup\s+1\.33\.1\s+1\.33\.1\s+Succeeded/);
  await expect(panel.getByTestId('aks-legend-default/web')).toHaveText(`${t.webAvailable}6`);
  await lesson.next();

  await terminal.run('az aks nodepool upgrade -g myResourceGroup --cluster-name myAKSCluster -n nodepool1 --node-image-only --yes -o table');
  await expect(lesson.step(nodeimage)).toHaveAccessibleName(/\((done|完了)\)$/, { timeout: 120_000 });
  for (const title of t.steps) await lesson.expectDone(title);
}

test('the AKS lesson can be finished in English', async ({ page }) => {
  test.setTimeout(300_000);
  await finishLesson(page, 'en');
});

test('the AKS lesson can be finished in Japanese', async ({ page }) => {
  test.setTimeout(300_000);
  await finishLesson(page, 'ja');
});
