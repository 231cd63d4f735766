// The live cluster graph (React Flow). Each Pod is a button named like kubectl's row: "Pod myapp-pod Running".
import { expect, type Locator, type Page } from '@playwright/test';

export class GraphPanel {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /^(Cluster graph|クラスターグラフ)$/ });
  }

  /** The graph's card for a Pod in the default namespace, whatever its status. */
  pod(name: string): Locator {
    return this.region.getByRole('button', { name: new RegExp(`^(Pod|ポッド) ${name} \\S+$`) });
  }

  async expectPod(name: string, status: string): Promise<void> {
    await expect(this.region.getByRole('button', { name: `Pod ${name} ${status}` }).or(this.region.getByRole('button', { name: `ポッド ${name} ${status}` }))).toBeVisible();
  }

  async expectNoPod(name: string): Promise<void> {
    await expect(this.pod(name)).toHaveCount(0);
  }
}
