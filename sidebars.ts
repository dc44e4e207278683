import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {GUIDE_SIDEBAR} from './src/lib/guide-path';

// The guide in reading order: what Maskinporten is, the whole way in one page, then one page per step from
// access to a working token (src/lib/guide-path.ts), then the glossary. "Neste" follows this order.
const sidebars: SidebarsConfig = {
  guide: [...GUIDE_SIDEBAR],
};

export default sidebars;
