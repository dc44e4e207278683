// Swizzled (safe): Docusaurus's version loads every `prism.additionalLanguages` file into the bundle every page
// downloads. Here no language is loaded up front: a page whose code blocks need one (```bash, ```java) imports
// it from src/theme/prism-languages (plugins/prism-languages adds the import); the rest are built in.
export default function prismIncludeLanguages(): void {}
