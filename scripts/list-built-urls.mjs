// Every address a Docusaurus build serves, for the check that published addresses keep working
// (test/content/run.mjs --built <mappe>). Usable on its own: `node scripts/list-built-urls.mjs build`.
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

/**
 * The served paths of a build, sorted: `docs/oversikt/index.html` is `/docs/oversikt`, the build's own
 * `index.html` is `/`, a locale's home (a folder with its own `404.html`, like `en/`) is `/en/`, and any other
 * `.html` or `.xml` file (feeds, sitemaps) is its own path (`/404.html`, the redirect page `/dsop_ajourhold_Integrasjonmaskinporten.html`).
 * @param {string} buildDir the folder `docusaurus build --out-dir` wrote
 * @returns {string[]}
 */
export function listBuiltUrls(buildDir) {
  /** @type {Set<string>} */
  const paths = new Set();
  /**
   * @param {string} dir absolute folder
   * @param {string} urlPath its path on the site, '' for the build root
   */
  const walk = (dir, urlPath) => {
    const entries = readdirSync(dir, {withFileTypes: true});
    const names = new Set(entries.map((entry) => entry.name));
    for (const entry of entries) {
      if (entry.isDirectory()) {
        walk(join(dir, entry.name), `${urlPath}/${entry.name}`);
      } else if (entry.name === 'index.html') {
        const isSiteRoot = urlPath === '' || names.has('404.html');
        paths.add(isSiteRoot ? `${urlPath}/` : urlPath);
      } else if (entry.name.endsWith('.html') || entry.name.endsWith('.xml')) {
        paths.add(`${urlPath}/${entry.name}`);
      }
    }
  };
  walk(buildDir, '');
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [buildDir] = process.argv.slice(2);
  if (!buildDir) {
    console.error('bruk: node scripts/list-built-urls.mjs <byggemappe>');
    process.exit(2);
  }
  for (const path of listBuiltUrls(buildDir)) console.log(path);
}
