import { useEffect } from 'react';

/**
 * Keeps the screen on while the page shows (where the browser allows it), so the lead's tablet does not dim with the
 * code on it. Browsers release the lock when the page is hidden; it is asked for again when it shows.
 */
export function useWakeLock() {
  useEffect(() => {
    const wakeLock = (
      navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } }
    ).wakeLock;
    if (!wakeLock) return;
    let lock: { release(): Promise<void> } | null = null;
    const request = () => {
      if (document.visibilityState !== 'visible') return;
      wakeLock
        .request('screen')
        .then((granted) => {
          lock = granted;
        })
        .catch(() => undefined);
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      document.removeEventListener('visibilitychange', request);
      void lock?.release().catch(() => undefined);
    };
  }, []);
}
