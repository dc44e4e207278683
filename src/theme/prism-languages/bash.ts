// Highlighting for ```bash code blocks: loaded when such a block is drawn (src/theme/CodeBlock/highlighting.ts).
import {registerPrismLanguage} from './register';

// The language file is a script that extends the global Prism, not a module with exports: it must run while
// registerPrismLanguage has mounted prism-react-renderer's instance, hence require, not import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
registerPrismLanguage(() => require('prismjs/components/prism-bash'));
