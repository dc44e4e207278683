/**
 * dd.mm.yyyy, as the endringslogg tables on the pages write it in both locales (CONTRIBUTING.md), so a date
 * reads the same on a page, in its "changed since" note and on the aggregated change log. An input that is not
 * an ISO date is returned as it is.
 */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${day}.${month}.${year}`;
}
