import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (`*.test.ts`). The simulator's run in Node; UI tests opt into
// jsdom with a `// @vitest-environment jsdom` comment at the top of the file.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bin/**/*.test.ts', 'lessons/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});
