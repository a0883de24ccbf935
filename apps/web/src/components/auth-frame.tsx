import { Card, Grid } from 'antd';
import type { ReactNode } from 'react';
import { BRAND_COLOR, BrandMark } from './brand-mark.tsx';
import { LanguageSwitch } from './language-switch.tsx';

export interface AuthFrameProps {
  children: ReactNode;
  /** Shown beside the card on a wide screen (the product's promise on the sign-in page); hidden on a phone. */
  aside?: ReactNode;
  /** Width of the card that holds the form. */
  width?: number;
}

/** The calm, branded frame of the pages seen before signing in (sign-in, setup), with the language switch. */
export function AuthFrame({ children, aside, width = 420 }: AuthFrameProps) {
  const screens = Grid.useBreakpoint();
  const wide = Boolean(screens.lg);
  const isPhone = !screens.sm;
  const split = Boolean(aside) && wide;
  return (
    <div
      style={{
        minHeight: '100%',
        background: 'linear-gradient(160deg, #f0fdfa 0%, #f8fafc 55%, #ecfeff 100%)',
        display: 'flex',
        flexDirection: 'column',
      }}
    >
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          padding: isPhone ? '12px 16px' : '16px 32px',
        }}
      >
        {split ? <span /> : <BrandMark compact={isPhone} />}
        <LanguageSwitch compact={isPhone} />
      </header>
      <main
        style={{
          flex: 1,
          display: 'flex',
          alignItems: isPhone ? 'flex-start' : 'center',
          justifyContent: 'center',
          padding: isPhone ? '8px 12px 32px' : '16px 24px 48px',
        }}
      >
        <div
          style={{
            display: 'flex',
            width: '100%',
            maxWidth: split ? width + 440 : width,
            borderRadius: 16,
            overflow: split ? 'hidden' : undefined,
            boxShadow: split ? '0 12px 40px rgba(15, 118, 110, 0.12)' : undefined,
          }}
        >
          {split && (
            <aside
              style={{
                flex: '0 0 440px',
                background: `linear-gradient(150deg, ${BRAND_COLOR} 0%, #115e59 100%)`,
                color: '#fff',
                padding: '48px 40px',
                display: 'flex',
                flexDirection: 'column',
                gap: 32,
              }}
            >
              <BrandMark inverted />
              {aside}
            </aside>
          )}
          <Card
            variant={split ? 'borderless' : 'outlined'}
            style={{ flex: 1, minWidth: 0, borderRadius: split ? 0 : 16 }}
            styles={{ body: { padding: isPhone ? 20 : 36 } }}
          >
            {children}
          </Card>
        </div>
      </main>
    </div>
  );
}
