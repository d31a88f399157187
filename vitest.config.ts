import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact({ devToolsEnabled: false, prefreshEnabled: false })],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
