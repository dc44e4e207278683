// The phone menu is drawn on the reader's first reach for the page (src/theme/Navbar/MobileSidebar), by wrapping
// the theme's Navbar/MobileSidebar, which Docusaurus does not list as safe to wrap. If the navbar stopped drawing
// the menu through that component, the wrapper would quietly do nothing and every page would draw the menu at
// load again: this plugin stops the build with one line instead.
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {InternalDetailChanged, readIfThere} from '../internal-detail';

const PLUGIN = 'phone-menu';

/** theme-classic's navbar layout, which draws the phone menu. */
export const NAVBAR_LAYOUT = join(
  dirname(createRequire(import.meta.url).resolve('@docusaurus/theme-classic/package.json')),
  'lib/theme/Navbar/Layout/index.js',
);

/** Throws one line unless `source` (the navbar layout) imports the phone menu from @theme/Navbar/MobileSidebar and draws it. */
export function checkNavbarLayout(source: string | undefined): void {
  if (source === undefined) throw new InternalDetailChanged(PLUGIN, `theme-classic's ${NAVBAR_LAYOUT}`, 'no such file');
  const imported = /import\s+(\w+)\s+from\s+['"]@theme\/Navbar\/MobileSidebar['"]/.exec(source);
  if (!imported) {
    const found = [...source.matchAll(/from\s+['"](@theme\/Navbar\/[^'"]*)['"]/g)].map((m) => m[1]);
    throw new InternalDetailChanged(
      PLUGIN,
      'the navbar layout to import the phone menu from @theme/Navbar/MobileSidebar',
      found.length > 0 ? `imports of ${found.join(', ')}` : 'no import from @theme/Navbar/',
    );
  }
  if (!new RegExp(`<${imported[1]}\\s*/>`).test(source))
    throw new InternalDetailChanged(
      PLUGIN,
      `the navbar layout to draw <${imported[1]} />`,
      'it imports it but does not draw it so',
    );
}

export default function phoneMenuPlugin(): Plugin {
  return {
    name: PLUGIN,
    loadContent: async () => checkNavbarLayout(readIfThere(NAVBAR_LAYOUT)),
  };
}
