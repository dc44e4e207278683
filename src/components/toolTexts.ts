// The tools' texts as a src/lib text lookup (src/lib/i18n.ts): the locale's `tools` group, which loads with a
// tool's body instead of with every page (plugins/lazy-translations). Names of fields and environments and
// counts come from src/lib/words.ts through this, so a tool can show them without loading the catalogue.
import toolTexts from '@lazy-translations/tools';
import {makeTexts, type TextLookup} from '@site/src/lib/i18n';

export const TOOL_TEXTS: TextLookup = makeTexts('nb', toolTexts);
