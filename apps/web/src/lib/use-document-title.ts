import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** Sets the browser tab's title to "<page> · 联动" (or the product name alone when no page title is given). */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const appName = t('common.appName');
  // pathname is a dependency so a page keeps its title after the layout sets its default for a new route.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname re-applies the title on navigation
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName, pathname]);
}
