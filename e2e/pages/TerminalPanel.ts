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

  async expectOutput(pattern: string | RegExp): Promise<void> {
    await expect(this.region.locator('.xterm-rows')).toContainText(pattern);
  }
}
