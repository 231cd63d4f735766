// The Monaco YAML editor and its Apply button.
import { expect, type Locator, type Page } from '@playwright/test';

export class EditorPanel {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /^(Manifest editor|マニフェストエディター)$/ });
  }

  /** Replaces the editor's text. insertText bypasses Monaco's auto-indent and auto-close. */
  async setText(text: string): Promise<void> {
    const input = this.region.locator('.monaco-editor textarea').first();
    await expect(input).toBeAttached();
    await this.region.locator('.monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
    await expect(this.region.locator('.view-lines')).toContainText(text.split('\n')[0].trim());
  }

  async apply(): Promise<void> {
    await this.region.getByRole('button', { name: /^(Apply|適用)/ }).click();
  }

  /** What the last Apply printed (the editor's "Apply result" status), including its errors. */
  result(): Locator {
    return this.region.getByRole('status', { name: /^(Apply result|適用結果)$/ });
  }
}
