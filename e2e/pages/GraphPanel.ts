// The live cluster graph (React Flow).
import { expect, type Locator, type Page } from '@playwright/test';

export class GraphPanel {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /^(Cluster graph|クラスターグラフ)$/ });
  }

  /** The graph node of a Pod: an element in the graph whose accessible text names it. */
  pod(name: string): Locator {
    return this.region.locator('.react-flow__node').filter({ hasText: new RegExp(`\\b${name}\\b`) }).first();
  }

  async expectPod(name: string, status: string): Promise<void> {
    await expect(this.region).toContainText(new RegExp(`Pod\\s*${name}[\\s\\S]*${status}`));
  }

  async expectNoPod(name: string): Promise<void> {
    await expect(this.region).not.toContainText(name);
  }
}
