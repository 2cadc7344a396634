import { useEffect } from 'react';

/** Calls `reload` every `ms` while `active` (a job is still reading), and stops when the page goes. */
export function usePolling(active: boolean, reload: () => Promise<void>, ms = 1500): void {
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => void reload(), ms);
    return () => window.clearInterval(timer);
  }, [active, reload, ms]);
}
