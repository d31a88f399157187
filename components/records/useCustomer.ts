import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MessageResponse } from '../../lib/messages/protocol';
import type { SendMessage } from '../../lib/messages/send';
import type { Network } from '../../lib/sites/post';

export type CustomerData = MessageResponse<'customer/get'>;

/** The customer panel's data, read again after every change the panel makes. */
export function useCustomer(send: SendMessage, network: Network, handle: string) {
  const [data, setData] = useState<CustomerData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setData(await send('customer/get', { network, handle }));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [send, network, handle]);
  useEffect(() => {
    setData(null);
    void reload();
  }, [reload]);
  return { data, error, setError, reload };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
