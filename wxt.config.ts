import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { xAdapter } from './lib/sites/x/adapter';

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
    // The hosts of the content scripts, for loading the reply assistant into their tabs.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting'],
    host_permissions: [...xAdapter.matches],
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
          // The reply assistant's insertion in the page's world (lib/content/page-world-insert.ts),
          // needed in Firefox only; elsewhere an exposed file would just let pages detect Carebar.
          web_accessible_resources: [{ resources: ['compose-main-world.js'], matches: [...xAdapter.matches] }],
        }
      : {}),
  }),
});
