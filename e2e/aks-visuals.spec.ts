// The AKS panel on its own (no lesson): the header button opens it; an `az aks upgrade --no-wait`
// typed in the terminal returns at once and the live chart's node line rises by the surge node and
// comes back down; the compare view runs its four upgrades off the main thread and plots them. The
// compare run's wall time is logged as an annotation (the report quotes it).
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

test('the AKS panel: the live chart follows an upgrade started with --no-wait, the compare view shows four runs', async ({ page }) => {
  test.setTimeout(240_000);
  const app = new AppPage(page);
  await app.open('en');
  await page.getByRole('button', { name: 'AKS', exact: true }).click();
  const panel = page.getByTestId('aks-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('tab', { name: 'Live' })).toHaveAttribute('aria-selected', 'true');
  const chart = panel.getByTestId('aks-live-chart');
  await expect(chart).toBeVisible();
  const nodes = panel.getByTestId('aks-legend-nodes');
  await expect(nodes).toHaveText('nodes: 3');

  await app.terminal.run('kubectl create deployment web --image=nginx:1.27 --replicas=4');
  await app.terminal.expectOutput('deployment.apps/web created');
  await app.setSpeed(50);
  // the Deployment gets a line of its own once it has been sampled
  await expect(panel.getByTestId('aks-legend-default/web')).toHaveText('web available: 4', { timeout: 60_000 });
  const nodesPath = chart.locator('path[data-line="nodes"]');
  const before = await nodesPath.getAttribute('d');

  // --no-wait: az prints nothing and gives the prompt back while the upgrade runs
  await app.terminal.run('az aks upgrade -g myResourceGroup -n myAKSCluster --kubernetes-version 1.33.1 --yes --no-wait');
  await app.terminal.expectOutput('--no-wait$ ');
  // the unset max surge is one node: the pool of 3 grows to 4 while a node drains
  await expect(nodes).toHaveText('nodes: 4', { timeout: 60_000 });
  await expect(chart.locator('desc')).toContainText('nodes: 4');
  expect(await nodesPath.getAttribute('d')).not.toBe(before);
  await expect(panel.getByTestId('aks-pool-nodepool1').locator('progress')).toBeVisible();
  // and back to 3 when the last node is done
  await expect(nodes).toHaveText('nodes: 3', { timeout: 120_000 });
  await app.terminal.run('az aks show -g myResourceGroup -n myAKSCluster --query currentKubernetesVersion -o tsv');
  // xterm's rows read as one string: the command, then its output, then the next prompt
  await app.terminal.expectOutput('-o tsv1.33.1$');

  await panel.getByRole('tab', { name: 'Compare max surge' }).click();
  const run = panel.getByRole('button', { name: 'Run the four upgrades' });
  const t0 = Date.now();
  await run.click();
  for (const id of ['surge1', 'surge33', 'surge100', 'unavailable1']) await expect(panel.getByTestId(`aks-result-${id}`)).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByTestId('aks-compare-plot').locator('circle')).toHaveCount(4);
  await expect(run).toBeEnabled();
  const wallMs = Date.now() - t0;
  test.info().annotations.push({ type: 'compare-wall-ms', description: String(wallMs) });
  console.log(`[aks-visuals] compare run (4 upgrades, 10 nodes / 20 replicas): ${wallMs} ms wall`);
  // the defaults: 10 nodes; max surge 1 peaks at 11, 33% at 14 (ceil 3.3 = 4), 100% at 20, maxUnavailable 1 at 10
  await expect(panel.getByTestId('aks-result-surge1')).toContainText(/most nodes\s*11/);
  await expect(panel.getByTestId('aks-result-surge33')).toContainText(/most nodes\s*14/);
  await expect(panel.getByTestId('aks-result-surge100')).toContainText(/most nodes\s*20/);
  await expect(panel.getByTestId('aks-result-unavailable1')).toContainText(/most nodes\s*10/);
  for (const label of ['max surge 1', 'max surge 33%', 'max surge 100%', 'max unavailable 1']) await expect(panel.getByTestId('aks-compare-plot')).toContainText(label);
});
