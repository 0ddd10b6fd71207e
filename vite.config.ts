/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    // One fast-check seed per run, fixed unless FUZZ=1 or FC_SEED says otherwise (src/testing).
    globalSetup: ['src/testing/propertySeed.ts'],
    setupFiles: ['src/testing/propertySetup.ts'],
    // A guard against hangs, not a speed limit: property tests take seconds on a busy 2-core CI.
    testTimeout: 60_000,
  },
});
