// The finding texts as a src/lib text lookup (src/lib/i18n.ts): the locale's `findings` group, which loads with
// the finding list on a tool's first use (plugins/lazy-translations), then the tools' group for the names of
// places and fields. Its language picks the side of values a table holds in both languages.
import findingTexts from '@lazy-translations/findings';
import toolTexts from '@lazy-translations/tools';
import {makeTexts, type Texts} from '@site/src/lib/i18n';
import {hasOwn} from '@site/src/lib/is-object';

// code.json's 'finding.params.language' is the language of the translation (absent in Norwegian).
const language = hasOwn(findingTexts, 'finding.params.language') && findingTexts['finding.params.language'] === 'en';

export const FINDING_TEXTS: Texts = makeTexts(language ? 'en' : 'nb', findingTexts, toolTexts);
