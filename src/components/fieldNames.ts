// Environment ids and form field ids as words in the page's language (src/lib/words.ts over the tools' texts),
// apart from the finding texts, so a tool can name a field or an environment without loading the catalogue.
import {environmentName as environmentWord, fieldName as fieldWord} from '@site/src/lib/words';
import {TOOL_TEXTS} from './toolTexts';

export const environmentName = (id: string): string => environmentWord(id, TOOL_TEXTS);
export const fieldName = (field: string): string => fieldWord(field, TOOL_TEXTS);
