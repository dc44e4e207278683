// Test double for @docusaurus/useDocusaurusContext: the nb locale of this site.
export default function useDocusaurusContext(): {
  siteConfig: {baseUrl: string; title: string};
  i18n: {
    currentLocale: string;
    defaultLocale: string;
    locales: string[];
    localeConfigs: Record<string, {htmlLang: string}>;
  };
} {
  return {
    siteConfig: {baseUrl: '/', title: 'Maskinporten for pensjonsinnretninger'},
    i18n: {
      currentLocale: 'nb',
      defaultLocale: 'nb',
      locales: ['nb', 'en'],
      localeConfigs: {nb: {htmlLang: 'nb-NO'}, en: {htmlLang: 'en'}},
    },
  };
}
