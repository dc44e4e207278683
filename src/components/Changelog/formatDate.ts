/** dd.mm.yyyy as the endringslogg tables write it, for Norwegian; ISO yyyy-mm-dd for other locales. */
export function formatDate(isoDate: string, locale: string): string {
  if (locale !== 'nb') return isoDate;
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
