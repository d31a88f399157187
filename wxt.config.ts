import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module readable on its own.
  imports: false,
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Carebar',
    description: 'Triage, notes and reply help for social customer-care agents, on the networks’ own pages.',
    // Content scripts get their hosts from their own match patterns: no host_permissions needed.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    action: { default_title: 'Carebar: due reminders' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Show or hide the Carebar sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'carebar@carebar.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
