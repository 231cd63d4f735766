import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The browser app. `base: './'` keeps every asset URL relative, so dist/ works from any static host,
// a sub-path or file-less offline copy. Monaco and its YAML language server are bundled (no CDN);
// their workers are the one-line wrappers in src/ui/editor/workers, imported with `?worker`.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss()],
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  optimizeDeps: {
    include: ['monaco-editor', 'monaco-editor/esm/vs/editor/editor.worker', 'monaco-yaml', 'monaco-yaml/yaml.worker', '@monaco-editor/react', '@xterm/xterm', '@xterm/addon-fit'],
  },
  build: {
    chunkSizeWarningLimit: 8000,
  },
});
