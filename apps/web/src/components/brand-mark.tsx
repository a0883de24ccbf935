import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export const BRAND_COLOR = '#0f766e';

/** The two linked rings of the logo (same drawing as public/favicon.svg). */
export function BrandLogo({ size = 32, inverted = false }: { size?: number; inverted?: boolean }) {
  // Inverted: a white tile, for the logo on the brand colour.
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      <rect width="64" height="64" rx="14" fill={inverted ? '#fff' : BRAND_COLOR} />
      <circle cx="24" cy="32" r="11" fill="none" stroke={inverted ? BRAND_COLOR : '#fff'} strokeWidth="5" />
      <circle cx="40" cy="32" r="11" fill="none" stroke={inverted ? '#14b8a6' : '#99f6e4'} strokeWidth="5" />
    </svg>
  );
}

export interface BrandMarkProps {
  /** Smaller logo and name, for a phone's top bar. */
  compact?: boolean;
  /** White text, on the brand colour. */
  inverted?: boolean;
  /** The tagline under the name; shown unless compact. */
  tagline?: boolean;
}

/** Logo, product name and the tagline. */
export function BrandMark({ compact = false, inverted = false, tagline = !compact }: BrandMarkProps) {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, minWidth: 0 }}>
      <BrandLogo size={compact ? 28 : 36} inverted={inverted} />
      <div style={{ minWidth: 0 }}>
        <Typography.Title
          level={compact ? 5 : 4}
          style={{ margin: 0, color: inverted ? '#fff' : BRAND_COLOR, letterSpacing: 1, lineHeight: 1.2 }}
        >
          {t('common.appName')}
        </Typography.Title>
        {tagline && (
          <Typography.Text
            style={{ fontSize: 12, color: inverted ? 'rgba(255,255,255,0.85)' : undefined }}
            type={inverted ? undefined : 'secondary'}
          >
            {t('common.appTagline')}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}
