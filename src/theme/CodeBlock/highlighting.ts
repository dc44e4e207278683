// Loads the code blocks' highlighter (prism-react-renderer, Content/Highlighted.tsx) and the Prism languages that
// are not built into it, when a code block needs them: a block kept from the server's HTML when the reader touches
// it (in dark mode, when it comes near), a block drawn in the browser (a page reached by a link inside the site, a
// tab) at once, and otherwise at idle after the reader's first interaction. Loading a page runs no Prism. Prism's
// built-in languages (json, python, yaml, …) need nothing more; a unit test checks that every language the pages
// use is one of those or in the table.
import {hasGrammar, registeredHighlight} from './Content/LazyHighlight';
import {isFirstLoadDone} from '@site/src/components/StaticHtml';
import {afterFirstInteraction} from '@site/src/components/StaticHtml/firstInteraction';

/** Code block language (as written after ```) -> the module that registers it with the highlighter's Prism. */
export const PRISM_LANGUAGE_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  bash: () => import('../prism-languages/bash'),
  sh: () => import('../prism-languages/bash'),
  shell: () => import('../prism-languages/bash'),
  java: () => import('../prism-languages/java'),
};

const loading = new Map<string, Promise<void>>();

/** The language of a code block from its props: `language`, or the `language-…` class Markdown gives it. */
export function codeLanguage(props: {readonly language?: string; readonly className?: string}): string {
  const language = props.language ?? /(?:^|\s)language-(\S+)/.exec(props.className ?? '')?.[1] ?? '';
  return language.toLowerCase();
}

/** Whether a block of this language can be drawn highlighted now, without loading anything. */
export function highlightingReady(language: string): boolean {
  return registeredHighlight() !== undefined && (!(language in PRISM_LANGUAGE_LOADERS) || hasGrammar(language));
}

/**
 * The highlighter, then the language's module where it needs one (the language file extends the highlighter's
 * Prism, so it runs after it). Once per language; a failed load may be tried again.
 */
export function loadHighlighting(language: string): Promise<void> {
  if (highlightingReady(language)) return Promise.resolve();
  let promise = loading.get(language);
  if (!promise) {
    promise = import('./Content/Highlighted')
      .then(() => PRISM_LANGUAGE_LOADERS[language]?.())
      .then(
        () => undefined,
        (error: unknown) => {
          loading.delete(language);
          throw error;
        },
      );
    loading.set(language, promise);
  }
  return promise;
}

/**
 * What a page with code blocks awaits in its own module (plugins/prism-languages): nothing on the first load (its
 * blocks are kept from the server's HTML) or on the server; after a link inside the site, the highlighter and the
 * page's languages, so the page is shown with its blocks highlighted. A failed load shows the page anyway.
 */
export function pageHighlighting(languages: readonly string[]): Promise<void> | undefined {
  if (typeof window === 'undefined' || !isFirstLoadDone()) return undefined;
  return Promise.all(languages.map((language) => loadHighlighting(language))).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Loads the highlighter and this language when the browser is idle after the reader's first interaction with
 * the page (a tap, a key, a scroll), so that a block drawn later (a tab opened, a block brought to life) is drawn
 * highlighted at once, while loading the page itself runs no Prism.
 */
export function loadAfterFirstInteraction(language: string): void {
  if (typeof window === 'undefined' || highlightingReady(language)) return;
  afterFirstInteraction(() => loadHighlighting(language).catch(() => undefined));
}

// On the server every page is rendered highlighted: the highlighter and all languages load with the server bundle,
// before any page is rendered (its import() resolves at once; the wrapper says so loudly if not).
if (typeof window === 'undefined')
  for (const language of ['', ...Object.keys(PRISM_LANGUAGE_LOADERS)]) void loadHighlighting(language);
