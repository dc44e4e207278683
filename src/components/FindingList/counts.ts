// Counts of findings in words, apart from the list so a tool can say them without loading the catalogue.
import {countText as countWords} from '@site/src/lib/words';
import type {Severity} from '@site/src/lib/finding-types';
import {TOOL_TEXTS} from '../toolTexts';

/** "1 advarsel" or "3 advarsler". */
export const countText = (severity: Severity, n: number): string => countWords(severity, n, TOOL_TEXTS);
