import {createStorageSlot} from '@docusaurus/theme-common';
import {TAB_STORAGE_KEY_PREFIX} from './tabStorageKey';

/** The tab this reader chose for the group on an earlier visit, if any (null also where storage is off). */
export function storedTabChoice(groupId: string): string | null {
  try {
    return createStorageSlot(`${TAB_STORAGE_KEY_PREFIX}${groupId}`).get();
  } catch {
    return null;
  }
}

/** The group of the tabs that show one code sample per language (the code samples, the key-pair samples). */
export const LANGUAGE_TAB_GROUP = 'language';

/** Whether the reader chose a language tab on an earlier visit: kept samples would show the default one. */
export function languageChoiceStored(): boolean {
  return storedTabChoice(LANGUAGE_TAB_GROUP) !== null;
}
