// A part of a page that is kept as the server drew it on the first load (StaticHtml: visible, highlighted,
// searchable, with no code downloaded or run for it) and brought to life when the reader touches it (a mouse over
// it, keyboard focus, a key, a tap or click, which is held and given again once live) or, when what the server drew
// is not what this reader should see (dark mode: the server highlights in the light theme's colours; a stored tab
// choice), when they come near it. Otherwise its code loads when it is near, at idle after the reader's first
// interaction with the page, so a touch finds it there. Then React renders it in place of the kept HTML, with the
// same markup. On the server, and after a client-side navigation, it renders as usual.
import React, {useCallback, useEffect, useId, useRef, useState, type ComponentType} from 'react';
import {useColorMode} from '@docusaurus/theme-common';
import {Kept, fromServer, STATIC_ATTRIBUTE} from '.';
import {atPath, useWhenTouched, type HeldTouch} from './near';

/** A part's code: loaded when the reader needs it in the browser, and before any page renders on the server. */
export interface Part {
  readonly load: () => Promise<{default: ComponentType}>;
  /** On the server: the component, once its module has loaded (before the first page is rendered). */
  readonly onServer: () => ComponentType | undefined;
  /**
   * In the browser, on the first load: whether the reader should see something else than the server drew (their
   * stored tab choice), so the part comes to life when near, not only when touched.
   */
  readonly differsForReader?: () => boolean;
}

/**
 * Declares a part at module level: `const samples = part(() => import('./Samples'))`. The import is a chunk of its
 * own in the browser; on the server its module is loaded at once, so every page renders the part in place.
 */
export function part(load: () => Promise<{default: ComponentType}>, differsForReader?: () => boolean): Part {
  let loaded: ComponentType | undefined;
  if (typeof window === 'undefined') void load().then((module) => (loaded = module.default));
  return {load, onServer: () => loaded, differsForReader};
}

interface Props {
  readonly part: Part;
  /** Attributes of the part's element (tests find it by them). */
  readonly attributes?: Readonly<Record<`data-${string}`, string>>;
}

export default function LiveWhenNear({part: {load, onServer, differsForReader}, attributes}: Props): React.JSX.Element {
  const id = useId();
  const [kept] = useState(() => fromServer(id));
  const [Loaded, setLoaded] = useState<ComponentType | null>(null);
  const element = useRef<HTMLDivElement>(null);
  const held = useRef<HeldTouch>({});

  const bringToLife = useCallback(() => {
    // Offline before its code ever loaded: the part stays as the server drew it (a click asks again).
    load().then(
      (module) => setLoaded(() => module.default),
      () => undefined,
    );
  }, [load]);
  const prefetch = useCallback(() => void load().catch(() => undefined), [load]);
  // A client-side navigation: nothing kept, so the part loads and renders at once.
  useEffect(() => {
    if (!kept) bringToLife();
  }, [kept, bringToLife]);
  const dark = useColorMode().colorMode === 'dark';
  const [differs] = useState(() => kept && (differsForReader?.() ?? false));
  useWhenTouched(element, kept && Loaded === null, dark || differs, bringToLife, prefetch, held);
  // What the reader did to the kept part: given to the same element of the live one.
  useEffect(() => {
    const root = element.current;
    if (!Loaded || !root) return;
    const {click, focus} = held.current;
    held.current = {};
    const focusTarget = focus ? atPath(root, focus) : undefined;
    if (focusTarget instanceof HTMLElement) focusTarget.focus();
    const clickTarget = click ? atPath(root, click) : undefined;
    if (clickTarget instanceof HTMLElement) clickTarget.click();
  }, [Loaded]);

  const marker = {[STATIC_ATTRIBUTE]: id};
  if (Loaded)
    // A new element (its key): React removes the kept one with everything the server put in it.
    return (
      <div key="live" ref={element} {...attributes} data-hydrated="true">
        <Loaded />
      </div>
    );
  if (kept) return <Kept as="div" key="kept" ref={element} id={id} {...attributes} />;
  return (
    <div key="kept" ref={element} {...attributes} {...marker}>
      <OnServer onServer={onServer} />
    </div>
  );
}

/** The part as the server renders it; in the browser (a client-side navigation) nothing until its code is there. */
function OnServer({onServer}: {readonly onServer: Part['onServer']}): React.ReactNode {
  if (typeof window !== 'undefined') return null;
  const Component = onServer();
  // Loud, not an empty part on every page: its module had not loaded when the server rendered the page.
  if (!Component) throw new Error("LiveWhenNear: a part's module had not loaded when the server rendered the page");
  // eslint-disable-next-line react-hooks/static-components -- one component per part, loaded once per process
  return <Component />;
}
