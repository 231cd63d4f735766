// The xterm terminal running the in-browser kubectl.
import { expect, type Locator, type Page } from '@playwright/test';

export class TerminalPanel {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /^(Terminal|ターミナル)$/ });
  }

  /** Types a command line and presses Enter. */
  async run(line: string): Promise<void> {
    await this.region.locator('.xterm').first().click();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
  }

  /** Pastes text into the terminal as the clipboard would (xterm's paste handler: newlines become Enter). */
  async paste(text: string): Promise<void> {
    await this.region.locator('.xterm').first().click();
    await this.region.locator('textarea').first().evaluate((el, data) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', data);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, text);
  }

  async expectOutput(pattern: string | RegExp): Promise<void> {
    await expect(this.region.locator('.xterm-rows')).toContainText(pattern);
  }
}
