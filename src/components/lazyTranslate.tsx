// `Translate` and `translate()` for the tools' own texts (the `tools` group of plugins/lazy-translations), which
// load with a tool's body instead of with every page.
import toolTexts from '@lazy-translations/tools';
import {lazyTranslator} from './lazyTranslator';

const tools = lazyTranslator(toolTexts);
export const translate = tools.translate;
export default tools.Translate;
