// A part of a page that is kept as the server drew it on the first load (StaticHtml: visible, highlighted,
// searchable, with no code downloaded or run for it) and brought to life when the reader comes near it or touches
// it: then its code loads, and React renders it in place of the kept HTML, with the same markup. On the server,
// and after a client-side navigation, it renders as usual.
import React, {useCallback, useEffect, useId, useRef, useState, type ComponentType} from 'react';
import {Kept, fromServer, STATIC_ATTRIBUTE} from '.';
import {useWhenNear} from './near';

/** A part's code: loaded when the reader comes near in the browser, and before any page renders on the server. */
export interface Part {
  readonly load: () => Promise<{default: ComponentType}>;
  /** On the server: the component, once its module has loaded (before the first page is rendered). */
  readonly onServer: () => ComponentType | undefined;
}

/**
 * Declares a part at module level: `const samples = part(() => import('./Samples'))`. The import is a chunk of its
 * own in the browser; on the server its module is loaded at once, so every page renders the part in place.
 */
export function part(load: () => Promise<{default: ComponentType}>): Part {
  let loaded: ComponentType | undefined;
  if (typeof window === 'undefined') void load().then((module) => (loaded = module.default));
  return {load, onServer: () => loaded};
}

interface Props {
  readonly part: Part;
  /** Attributes of the part's element (tests find it by them). */
  readonly attributes?: Readonly<Record<`data-${string}`, string>>;
}

export default function LiveWhenNear({part: {load, onServer}, attributes}: Props): React.JSX.Element {
  const id = useId();
  const [kept] = useState(() => fromServer(id));
  const [Loaded, setLoaded] = useState<ComponentType | null>(null);
  const element = useRef<HTMLDivElement>(null);

  const bringToLife = useCallback(() => {
    void load().then((module) => setLoaded(() => module.default));
  }, [load]);
  // A client-side navigation: nothing kept, so the part loads and renders at once.
  useEffect(() => {
    if (!kept) bringToLife();
  }, [kept, bringToLife]);
  useWhenNear(element, kept && Loaded === null, bringToLife);

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
