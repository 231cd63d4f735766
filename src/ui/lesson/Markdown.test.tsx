// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { render, type Rendered } from '../graph/render.test-util';
import { Markdown } from './Markdown';
import { useAksPanel } from '../aks/panel-store';

let r: Rendered | undefined;
afterEach(() => {
  r?.unmount();
  r = undefined;
});

describe('lesson Markdown links', () => {
  it('opens the AKS panel on its tab from an in-app link, and keeps web links as links', async () => {
    useAksPanel.setState({ open: false, tab: 'live' });
    r = await render(<Markdown source={'Open [the compare view](#aks-compare) or read [the docs](https://learn.microsoft.com/azure/aks/).'} />);
    const button = r.container.querySelector('button[data-panel-link="compare"]') as HTMLButtonElement;
    expect(button.textContent).toBe('the compare view');
    await act(async () => button.click());
    expect(useAksPanel.getState()).toMatchObject({ open: true, tab: 'compare' });
    expect(r.container.querySelector('a')!.getAttribute('href')).toBe('https://learn.microsoft.com/azure/aks/');
  });
});
