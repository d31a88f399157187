#!/usr/bin/env node
// Sets Carebar up for use: builds the Chromium and Firefox extensions and says how to load
// them. With --open it also starts Chromium with the extension loaded, on x.com.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const open = process.argv.includes('--open');

for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv2/manifest.json');
console.log(`
Carebar is built.

  Chrome, Edge, Chromium: open chrome://extensions, turn on "Developer mode",
    choose "Load unpacked" and pick ${chrome}
  Firefox: open about:debugging#/runtime/this-firefox, choose "Load Temporary Add-on…"
    and pick ${firefox}

Then open https://x.com/home. Show or hide the sidebar with the toolbar button or Alt+Shift+K.
`);

if (open) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.error(`No Chromium at ${chromium}: set CHROMIUM_PATH, or load the extension by hand as above.`);
    process.exit(1);
  }
  spawn(chromium, [`--disable-extensions-except=${chrome}`, `--load-extension=${chrome}`, 'https://x.com/home'], {
    stdio: 'ignore',
    detached: true,
  }).unref();
}
