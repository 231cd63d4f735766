// The lesson panel: steps announce "(done)"/"(not done)" (「（完了）」/「（未完了）」) to assistive technology.
import { expect, type Locator, type Page } from '@playwright/test';

const DONE = /\((done|完了)\)$/;
const NOT_DONE = /\((not done|未完了)\)$/;

export class LessonPanel {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /^(Lesson|レッスン)$/ });
  }

  steps(): Locator {
    return this.region.getByRole('list').first().getByRole('button');
  }

  step(title: string): Locator {
    return this.region.getByRole('button', { name: new RegExp(`^${escape(title)} \\(`) });
  }

  async expectDone(title: string): Promise<void> {
    await expect(this.step(title)).toHaveAccessibleName(DONE);
  }

  async expectNotDone(title: string): Promise<void> {
    await expect(this.step(title)).toHaveAccessibleName(NOT_DONE);
  }

  async expectCurrent(title: string): Promise<void> {
    await expect(this.step(title)).toHaveAttribute('aria-current', 'step');
  }

  async next(): Promise<void> {
    await this.region.getByRole('button', { name: /^(Next step|次のステップ)$/ }).click();
  }

  status(): Locator {
    return this.region.getByRole('status');
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
