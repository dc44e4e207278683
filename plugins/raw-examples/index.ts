// Lets a page import any file as its text: `import text from '@site/examples/java/MaskinportenToken.java?raw'`.
// The code samples page shows the files in examples/ this way, so it shows exactly what test/samples runs.
// Vite (and so vitest) understands `?raw` on its own; this gives webpack/rspack the same meaning.

import type {LoadContext, Plugin} from '@docusaurus/types';

export default function rawExamplesPlugin(_context: LoadContext): Plugin {
  return {
    name: 'raw-examples',
    configureWebpack() {
      return {
        module: {
          rules: [{resourceQuery: /(^|[?&])raw($|&)/, type: 'asset/source'}],
        },
      };
    },
  };
}
