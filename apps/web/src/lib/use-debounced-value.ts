import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `delay` ms, so typing does not send a request per keystroke. */
export function useDebouncedValue<T>(value: T, delay = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
