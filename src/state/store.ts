// One zustand store from typed slices (cluster mirror, ui, …). Actions are callable outside React:
// the worker client calls `useStore.getState().applyEvents(…)` directly.
import { create } from 'zustand';
import { createClusterSlice, type ClusterSlice } from './cluster-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createLessonSlice, type LessonSlice } from './lesson-slice';
import { createEditorSlice, type EditorSlice } from './editor-slice';

export type AppState = ClusterSlice & UiSlice & LessonSlice & EditorSlice;

export const useStore = create<AppState>()((...a) => ({
  ...createClusterSlice(...a),
  ...createUiSlice(...a),
  ...createLessonSlice(...a),
  ...createEditorSlice(...a),
}));
