// The whole app, as a learner sees it: regions found by their accessible names (English or Japanese).
import { expect, type Page } from '@playwright/test';
import { EditorPanel } from './EditorPanel';
import { GraphPanel } from './GraphPanel';
import { LessonPanel } from './LessonPanel';
import { TerminalPanel } from './TerminalPanel';

export class AppPage {
  readonly editor: EditorPanel;
  readonly graph: GraphPanel;
  readonly lesson: LessonPanel;
  readonly terminal: TerminalPanel;

  constructor(readonly page: Page) {
    this.editor = new EditorPanel(page);
    this.graph = new GraphPanel(page);
    this.lesson = new LessonPanel(page);
    this.terminal = new TerminalPanel(page);
  }

  /** Opens the app in a language and waits until the simulated cluster has its nodes. */
  async open(lang: 'en' | 'ja' = 'en'): Promise<void> {
    await this.page.goto(lang === 'ja' ? '/?lang=ja' : '/');
    await expect(this.graph.region).toBeVisible();
    await expect(this.lesson.region).toBeVisible();
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }

  /** Sets the timeline's speed control (a select or a range input labelled "Speed"). */
  async setSpeed(speed: number): Promise<void> {
    // the label wraps the control, so its accessible name may go on with the value ("Speed 1x")
    const name = /^(Speed|速度)/;
    const control = this.page.getByRole('combobox', { name }).or(this.page.getByRole('slider', { name })).first();
    await expect(control).toBeEnabled();
    const tag = await control.evaluate((el) => el.tagName.toLowerCase());
    if (tag === 'select') {
      const values = await control.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const value = values.find((v) => parseFloat(v) === speed);
      if (!value) throw new Error(`no ${speed}x option in the speed control: ${values.join(', ')}`);
      await control.selectOption(value);
    } else {
      await control.fill(String(speed));
    }
  }
}
