// Small hooks the tools share: debounced input and the page's locale for dates and numbers.
import {useEffect, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** The value, settled: it changes only after the reader has stopped typing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs = 200): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

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

/** The current time in whole seconds, ticking once a second while `active`. */
export function useNowSeconds(active: boolean): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => setNow(Math.floor(Date.now() / 1000)), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** A Unix time (seconds) as local time and UTC, in the page's language. */
export function formatUnixTime(seconds: number, locale: string): {local: string; utc: string; iso: string} {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return {local: String(seconds), utc: String(seconds), iso: ''};
  const options: Intl.DateTimeFormatOptions = {dateStyle: 'medium', timeStyle: 'medium'};
  return {
    local: new Intl.DateTimeFormat(locale, options).format(date),
    utc: new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC'}).format(date),
    iso: date.toISOString(),
  };
}
