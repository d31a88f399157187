import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parsePrefs, readPrefs, updatePrefs, watchPrefs } from '../../lib/prefs';

beforeEach(() => fakeBrowser.reset());

describe('prefs', () => {
  it('opens the sidebar by default and falls back on damaged values', () => {
    expect(parsePrefs(undefined)).toEqual({ sidebarOpen: true });
    expect(parsePrefs({ sidebarOpen: 'yes' })).toEqual({ sidebarOpen: true });
    expect(parsePrefs({ sidebarOpen: false })).toEqual({ sidebarOpen: false });
  });

  it('remembers a toggle and tells every listener', async () => {
    const listener = vi.fn();
    const unwatch = watchPrefs(listener);
    await updatePrefs((p) => ({ sidebarOpen: !p.sidebarOpen }));
    await expect(readPrefs()).resolves.toEqual({ sidebarOpen: false });
    expect(listener).toHaveBeenLastCalledWith({ sidebarOpen: false });
    await updatePrefs((p) => ({ sidebarOpen: !p.sidebarOpen }));
    expect(listener).toHaveBeenLastCalledWith({ sidebarOpen: true });
    unwatch();
    await updatePrefs(() => ({ sidebarOpen: false }));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
