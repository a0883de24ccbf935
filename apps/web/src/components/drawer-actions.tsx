import type { ReactNode } from 'react';

/**
 * The cancel/save buttons of a drawer form, kept in view at the bottom while a long form scrolls,
 * so a phone user need not scroll to the end to save.
 */
export function DrawerActions({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        position: 'sticky',
        bottom: -24,
        margin: '0 -24px -24px',
        padding: '12px 24px',
        background: '#fff',
        borderTop: '1px solid #f0f0f0',
        display: 'flex',
        justifyContent: 'flex-end',
        gap: 8,
        zIndex: 2,
      }}
    >
      {children}
    </div>
  );
}
