// Prism's language files extend the Prism object on `globalThis`; prism-react-renderer (which Docusaurus's code
// blocks use) has its own instance. This mounts that instance while one language file runs, as Docusaurus's
// prism-include-languages does for `additionalLanguages`, but per language, so only the languages of the code
// blocks drawn are loaded (src/theme/CodeBlock/highlighting.ts).
import {Prism} from 'prism-react-renderer';

export function registerPrismLanguage(load: () => void): void {
  const global = globalThis as {Prism?: unknown};
  const before = global.Prism;
  global.Prism = Prism;
  try {
    load();
  } finally {
    if (before === undefined) delete global.Prism;
    else global.Prism = before;
  }
}
