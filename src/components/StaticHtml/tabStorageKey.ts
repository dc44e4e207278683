/**
 * The start of the key under which Docusaurus's Tabs keep a group's chosen tab (`groupId`) in the browser's storage
 * (theme-common's tabsUtils). Not public API: plugins/tab-storage stops the build with one line if it moves. A file
 * of its own, without imports, so that the plugin can read it when the site's config loads.
 */
export const TAB_STORAGE_KEY_PREFIX = 'docusaurus.tab.';
