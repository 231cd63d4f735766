// Whether the AKS panel is open, and on which tab. Lessons open it from a step (openAksPanel).
import { create } from 'zustand';

export type AksTab = 'live' | 'compare';

interface AksPanelState {
  open: boolean;
  tab: AksTab;
  show(tab?: AksTab): void;
  hide(): void;
}

export const useAksPanel = create<AksPanelState>((set) => ({
  open: false,
  tab: 'live',
  show: (tab) => set((s) => ({ open: true, tab: tab ?? s.tab })),
  hide: () => set({ open: false }),
}));

/** open the AKS panel on a tab (the header button, lesson steps) */
export function openAksPanel(tab: AksTab): void {
  useAksPanel.getState().show(tab);
}
