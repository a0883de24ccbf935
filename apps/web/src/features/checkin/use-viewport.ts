import { useEffect, useState } from 'react';

const readViewport = () => ({ width: window.innerWidth, height: window.innerHeight });

/** The window's inner size, kept current as a tablet turns or a laptop window is resized. */
export function useViewport() {
  const [size, setSize] = useState(readViewport);
  useEffect(() => {
    const update = () => setSize(readViewport());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return size;
}
