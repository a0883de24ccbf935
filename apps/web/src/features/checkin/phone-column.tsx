import type { ReactNode } from 'react';

/** A single phone-width column, centred on larger screens: the check-in pages are held in one hand. */
export function PhoneColumn({ children }: { children: ReactNode }) {
  return <div style={{ maxWidth: 480, margin: '0 auto', display: 'grid', gap: 16 }}>{children}</div>;
}
