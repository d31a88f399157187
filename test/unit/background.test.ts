import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { readPrefs } from '../../lib/prefs';

type CommandListener = (command: string) => void;

/** fakeBrowser has no commands API; this stands in for the keyboard shortcut. */
function fakeCommands(): { press: (command: string) => void } {
  const listeners: CommandListener[] = [];
  Object.assign(fakeBrowser, { commands: { onCommand: { addListener: (l: CommandListener) => listeners.push(l) } } });
  return { press: (command) => listeners.forEach((l) => l(command)) };
}

async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
}

beforeEach(() => fakeBrowser.reset());

describe('background', () => {
  it('the shortcut shows or hides the sidebar, and the choice is kept', async () => {
    const commands = fakeCommands();
    background.main();
    await expect(readPrefs()).resolves.toEqual({ sidebarOpen: true });

    commands.press('toggle-sidebar');
    await settled();
    await expect(readPrefs()).resolves.toEqual({ sidebarOpen: false });

    commands.press('toggle-sidebar');
    await settled();
    await expect(readPrefs()).resolves.toEqual({ sidebarOpen: true });

    commands.press('some-other-command');
    await settled();
    await expect(readPrefs()).resolves.toEqual({ sidebarOpen: true });
  });

  it('answers messages through their schemas', async () => {
    fakeCommands();
    background.main();
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ name: 'posts/triage', payload: { posts: [] } }, {});
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid "posts\/triage" message/) as unknown });
  });
});
