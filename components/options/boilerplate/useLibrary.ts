import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Library } from '../../../lib/db/boilerplate';
import type { SendMessage } from '../../../lib/messages/send';
import { errorText } from '../../records/useCustomer';

/** Dispatched on `window` by whatever else changes the library on this page (an import). */
export const LIBRARY_CHANGED_EVENT = 'carebar:library-changed';

/** The stored library, loaded again whenever something else on the page changes it. */
export function useLibrary(send: SendMessage) {
  const [library, setLibrary] = useState<Library | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setLibrary(await send('boilerplate/list', {}));
      setLoadError(null);
    } catch (e) {
      setLoadError(errorText(e));
    }
  }, [send]);

  useEffect(() => {
    void reload();
    const changed = () => void reload();
    window.addEventListener(LIBRARY_CHANGED_EVENT, changed);
    return () => window.removeEventListener(LIBRARY_CHANGED_EVENT, changed);
  }, [reload]);

  return { library, setLibrary, loadError, reload };
}
