// The Monaco YAML editor and its Apply button.
import { expect, type Locator, type Page } from '@playwright/test';

export class EditorPanel {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /^(Manifest editor|マニフェストエディター)$/ });
  }

  /**
   * Replaces the editor's text the way a learner pasting it would. Typed text would be re-indented by
   * Monaco (each new line keeps the previous indent); a paste event is inserted verbatim.
   */
  async setText(text: string): Promise<void> {
    const input = this.region.locator('.monaco-editor textarea').first();
    await expect(input).toBeAttached();
    await this.region.locator('.monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await input.evaluate((el, value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    const lines = text.trimEnd().split('\n');
    await expect(this.region.locator('.view-lines')).toContainText(lines[lines.length - 1].trim());
  }

  /** The workspace's file tree beside the editor. */
  tree(): Locator {
    return this.region.getByRole('tree');
  }

  /** New file from the tree's button; the path goes into the browser's prompt. */
  async newFile(path: string): Promise<void> {
    this.page.once('dialog', (d) => void d.accept(path));
    await this.region.getByRole('button', { name: /^\+ (File|ファイル)$/ }).click();
    await expect(this.tree().locator(`[data-path="${path}"]`)).toBeVisible();
  }

  /** Ctrl/Cmd+S in the editor. */
  async save(): Promise<void> {
    await this.region.locator('.monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('ControlOrMeta+S');
  }

  /** kubectl edit's temporary tab */
  editTab(): Locator {
    return this.region.getByTestId('edit-tab');
  }

  async apply(): Promise<void> {
    await this.region.getByRole('button', { name: /^(Apply|適用)/ }).click();
  }

  /** What the last Apply printed (the editor's "Apply result" status), including its errors. */
  result(): Locator {
    return this.region.getByRole('status', { name: /^(Apply result|適用結果)$/ });
  }
}
