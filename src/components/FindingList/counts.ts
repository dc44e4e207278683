// Counts of findings in words, apart from the list so a tool can say them without loading the catalogue.
import {translate} from '../lazyTranslate';
import type {Severity} from '@site/src/lib/finding-types';

/** "1 advarsel" or "3 advarsler": bokmål and English both have one form for 1 and one for the rest. */
export function countText(severity: Severity, n: number): string {
  const one = {
    error: translate({id: 'tools.findings.count.error.one', message: '1 feil'}),
    warning: translate({id: 'tools.findings.count.warning.one', message: '1 advarsel'}),
    info: translate({id: 'tools.findings.count.info.one', message: '1 info'}),
  };
  const other = {
    error: translate({id: 'tools.findings.count.error.other', message: '{count} feil'}, {count: n}),
    warning: translate({id: 'tools.findings.count.warning.other', message: '{count} advarsler'}, {count: n}),
    info: translate({id: 'tools.findings.count.info.other', message: '{count} info'}, {count: n}),
  };
  return n === 1 ? one[severity] : other[severity];
}
