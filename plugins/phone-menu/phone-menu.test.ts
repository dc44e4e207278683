import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {NAVBAR_LAYOUT, checkNavbarLayout} from './index';

const oneLine = (error: RegExp): RegExp =>
  new RegExp(String.raw`^\[phone-menu\] expected [^\n]*${error.source}[^\n]*$`);

describe('phone-menu, on where the navbar draws the phone menu', () => {
  it('accepts the installed theme-classic', () => {
    expect(() => checkNavbarLayout(readFileSync(NAVBAR_LAYOUT, 'utf8'))).not.toThrow();
  });

  it('accepts the menu under another local name, as a bundler may rename it', () => {
    const renamed = "import Menu from '@theme/Navbar/MobileSidebar';\nexport default () => <nav><Menu /></nav>;";
    expect(() => checkNavbarLayout(renamed)).not.toThrow();
  });

  it('stops the build with one line when the menu is drawn from elsewhere, not drawn, or the file is gone', () => {
    const moved = "import Drawer from '@theme/Navbar/Drawer';\nexport default () => <nav><Drawer /></nav>;";
    expect(() => checkNavbarLayout(moved)).toThrow(oneLine(/found imports of @theme\/Navbar\/Drawer$/));
    expect(() => checkNavbarLayout('export default () => null;')).toThrow(
      oneLine(/found no import from @theme\/Navbar\/$/),
    );
    const notDrawn = "import NavbarMobileSidebar from '@theme/Navbar/MobileSidebar';\nexport default () => <nav />;";
    expect(() => checkNavbarLayout(notDrawn)).toThrow(oneLine(/draw <NavbarMobileSidebar \/>; found it imports it/));
    expect(() => checkNavbarLayout(undefined)).toThrow(oneLine(/Layout\/index\.js; found no such file$/));
  });
});
