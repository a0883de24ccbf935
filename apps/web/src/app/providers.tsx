import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from '../lib/query-client.ts';

// antd sets its own font on components; this stack names the common CJK fonts so Chinese renders well everywhere.
const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', " +
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif";

// Teal reads as calm and civic; it also keeps clear contrast with antd's red for errors. antd derives a greyish
// palette from so dark a teal (selected rows and menu items turned grey), so the light and hover shades are given.
const THEME = {
  token: {
    colorPrimary: '#0f766e',
    colorPrimaryHover: '#0d9488',
    colorPrimaryActive: '#115e59',
    colorPrimaryBg: '#e0f2ef',
    colorPrimaryBgHover: '#ccebe6',
    colorPrimaryBorder: '#99d5cc',
    colorPrimaryBorderHover: '#5eb8aa',
    colorPrimaryText: '#0f766e',
    colorPrimaryTextHover: '#0d9488',
    colorPrimaryTextActive: '#115e59',
    colorLink: '#0f766e',
    colorLinkHover: '#0d9488',
    colorLinkActive: '#115e59',
    borderRadius: 8,
    fontFamily: FONT_FAMILY,
  },
};

export function Providers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [queryClient] = useState(createQueryClient);
  return (
    // autoInsertSpace off: antd would turn 登录 into "登 录", which reads oddly and changes the button's accessible name.
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp style={{ height: '100%' }}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
