// What the user is looking at and has done: the inspector's selection and the terminal's command log
// (lesson steps such as "run kubectl get pods" check the log).
import type { StateCreator } from 'zustand';

export interface ObjectRef {
  kind: string;
  namespace?: string;
  name: string;
}

export interface CommandLogEntry {
  line: string;
  exitCode: number;
  /** virtual time when it ran */
  at: number;
}

export interface UiSlice {
  selected?: ObjectRef;
  select(ref: ObjectRef | undefined): void;
  commandLog: CommandLogEntry[];
  recordCommand(entry: CommandLogEntry): void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  selected: undefined,
  select(selected) {
    set({ selected });
  },
  commandLog: [],
  recordCommand(entry) {
    set((s) => ({ commandLog: [...s.commandLog.slice(-199), entry] }));
  },
});
