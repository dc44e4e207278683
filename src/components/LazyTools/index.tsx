// The tools as MDX pages and the tools page use them, made from the registry. Each one's code (jose,
// @peculiar/x509, the finding texts) is a separate chunk, loaded only by a page that shows it; what is imported
// here statically ends up in the bundle every page loads, so keep this file and the registry small.
import React, {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type RefObject,
} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Translate from '@docusaurus/Translate';
import {TOOLS, type ToolComponentName, type ToolId} from '@site/src/lib/tools';
import ToolShell, {ToolNeedsJavaScript} from '../ToolShell';
import {TOOL_REGISTRY} from './registry';
import {afterFirstInteraction} from '../StaticHtml/firstInteraction';

export type {ToolId};

export function toolTitle(tool: ToolId): string {
  return TOOL_REGISTRY[tool].title();
}

function Loading(): React.JSX.Element {
  return (
    <p role="status">
      <Translate id="tools.loading">Laster verktøyet …</Translate>
    </p>
  );
}

export interface ToolProps {
  /** On the tools page the heading above the tool already names it. */
  readonly hideTitle?: boolean;
}

/** Rendered right after the body (inside its Suspense boundary when it loads lazily): its effect runs once the body has mounted. */
function Mounted({onMount}: {readonly onMount: () => void}): null {
  useEffect(onMount, [onMount]);
  return null;
}

/**
 * How far outside the viewport a tool mounts: a third of a phone screen ahead of the reader (its code is fetched
 * before, at idle once the reader has scrolled or touched the page), so the body is there when they scroll to it,
 * while a page with six tools does not mount them all at once (on the tools page that was over a second of
 * blocked main thread on a mid-range phone).
 */
export const NEAR_VIEWPORT_MARGIN = '300px 0px';

/** Calls onNear once, the first time the element comes within NEAR_VIEWPORT_MARGIN of the viewport (at once without IntersectionObserver). */
function useWhenNearViewport(ref: RefObject<Element | null>, onNear: () => void): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      onNear();
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        onNear();
      },
      {rootMargin: NEAR_VIEWPORT_MARGIN},
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, onNear]);
}

/**
 * Fetches a tool's code at idle after the reader's first interaction with the page (a scroll, a tap, a key), so
 * that it mounts at once when they scroll to it; it is mounted (the costly part) only then. Loading the page
 * fetches none of it: a tool already near the viewport loads as it mounts.
 */
function usePrefetchAfterFirstInteraction(load: () => Promise<unknown>, isNeeded: boolean): void {
  useEffect(() => {
    if (!isNeeded) return undefined;
    return afterFirstInteraction(() => void load().catch(() => undefined));
  }, [load, isNeeded]);
}

/**
 * The tool's body, mounted once the tool comes near the viewport. Its code is usually there by then (fetched at
 * idle): then it mounts as it is, without suspending, since React holds a revealed Suspense fallback for 300 ms,
 * which a reader scrolling to the tool would see. Otherwise it loads lazily. Which of the two is decided once, so
 * the body is never mounted twice.
 */
function BodyWhenNear({
  Body,
  load,
  loadedBody,
  onMount,
}: {
  readonly Body: ComponentType;
  readonly load: () => Promise<unknown>;
  /** The body's component once its code has loaded. */
  readonly loadedBody: () => ComponentType | undefined;
  readonly onMount: () => void;
}): React.JSX.Element {
  const placeholder = useRef<HTMLDivElement>(null);
  const [body, setBody] = useState<{readonly loaded: ComponentType | undefined} | null>(null);
  const onNear = useCallback(() => setBody((current) => current ?? {loaded: loadedBody()}), [loadedBody]);
  useWhenNearViewport(placeholder, onNear);
  usePrefetchAfterFirstInteraction(load, body === null);
  if (body === null)
    return (
      // It fills the room the frame keeps for the body, so the tool mounts when that room comes near, not its top.
      <div ref={placeholder} data-tool-placeholder="">
        <Loading />
      </div>
    );
  const Loaded = body.loaded;
  if (Loaded)
    return (
      <>
        <Loaded />
        <Mounted onMount={onMount} />
      </>
    );
  return (
    <Suspense fallback={<Loading />}>
      <Body />
      <Mounted onMount={onMount} />
    </Suspense>
  );
}

/** Each tool's reserved body height per width band (ToolRow.reserve). */
const RESERVES = new Map<ToolId, readonly number[]>(TOOLS.map(({id, reserve}) => [id, reserve]));

function browserTool(tool: ToolId): ComponentType<ToolProps> {
  let loaded: ComponentType | undefined;
  const load = (): Promise<{default: ComponentType}> =>
    TOOL_REGISTRY[tool].load().then((module) => {
      loaded = module.default;
      return module;
    });
  const loadedBody = (): ComponentType | undefined => loaded;
  const Body = lazy(load);
  function Tool({hideTitle}: ToolProps): React.JSX.Element {
    // data-ready="true" on the shell once the body is there: tests and the byte budget wait for it.
    const [isReady, setReady] = useState(false);
    const onMount = useCallback(() => setReady(true), []);
    return (
      <ToolShell tool={tool} title={toolTitle(tool)} hideTitle={hideTitle} ready={isReady} reserve={RESERVES.get(tool)}>
        <BrowserOnly fallback={<ToolNeedsJavaScript />}>
          {() => <BodyWhenNear Body={Body} load={load} loadedBody={loadedBody} onMount={onMount} />}
        </BrowserOnly>
      </ToolShell>
    );
  }
  Tool.displayName = `Lazy(${tool})`;
  return Tool;
}

/** Each tool's component, by id. */
export const TOOL_COMPONENTS = Object.fromEntries(TOOLS.map(({id}) => [id, browserTool(id)])) as Record<
  ToolId,
  ComponentType<ToolProps>
>;

/** The tools by the names MDX pages write them with: `<TokenInspector />`. */
export const MDX_TOOLS = Object.fromEntries(TOOLS.map(({id, component}) => [component, TOOL_COMPONENTS[id]])) as Record<
  ToolComponentName,
  ComponentType<ToolProps>
>;
