// The page's language, for the fact tables (server-rendered on guide pages) and the tools: apart from the tools'
// hooks, so a page with a table does not load them.
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** BCP 47 tag of the page (`nb-NO` or `en`), for Intl formatting. */
export function usePageLocale(): string {
  const {i18n} = useDocusaurusContext();
  return i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
}

/** `nb` or `en`: which side of a `{nb, en}` pair in src/lib to show. */
export function useLanguage(): 'nb' | 'en' {
  const {i18n} = useDocusaurusContext();
  return i18n.currentLocale === 'en' ? 'en' : 'nb';
}
