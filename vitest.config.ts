import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts', 'language/**/*.spec.ts', 'cli/**/*.spec.ts'],
        testTimeout: 30_000,
        pool: 'forks',
    },
});
