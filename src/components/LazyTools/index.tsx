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

/** Rendered after the lazy body inside the same Suspense boundary: its effect runs once the body has mounted. */
function Mounted({onMount}: {readonly onMount: () => void}): null {
  useEffect(onMount, [onMount]);
  return null;
}

/**
 * How far outside the viewport a tool starts loading: a third of a phone screen ahead of the reader, so the body is
 * there when they scroll to it, while a page with six tools does not load and mount them all at once (on the
 * tools page that was over a second of blocked main thread on a mid-range phone).
 */
export const NEAR_VIEWPORT_MARGIN = '300px 0px';

/** True from the first time the element comes within NEAR_VIEWPORT_MARGIN of the viewport (at once without IntersectionObserver). */
function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [isNear, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        setNear(true);
        observer.disconnect();
      },
      {rootMargin: NEAR_VIEWPORT_MARGIN},
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return isNear;
}

/** The tool's body, loaded and mounted once the tool comes near the viewport. */
function BodyWhenNear({
  Body,
  onMount,
}: {
  readonly Body: ComponentType;
  readonly onMount: () => void;
}): React.JSX.Element {
  const placeholder = useRef<HTMLDivElement>(null);
  const isNear = useNearViewport(placeholder);
  if (!isNear)
    return (
      <div ref={placeholder}>
        <Loading />
      </div>
    );
  return (
    <Suspense fallback={<Loading />}>
      <Body />
      <Mounted onMount={onMount} />
    </Suspense>
  );
}

function browserTool(tool: ToolId): ComponentType<ToolProps> {
  const Body = lazy(TOOL_REGISTRY[tool].load);
  function Tool({hideTitle}: ToolProps): React.JSX.Element {
    // data-ready="true" on the shell once the body is there: tests and the byte budget wait for it.
    const [isReady, setReady] = useState(false);
    const onMount = useCallback(() => setReady(true), []);
    return (
      <ToolShell tool={tool} title={toolTitle(tool)} hideTitle={hideTitle} ready={isReady}>
        <BrowserOnly fallback={<ToolNeedsJavaScript />}>
          {() => <BodyWhenNear Body={Body} onMount={onMount} />}
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

export const {ScopeValidator, EnvironmentChecker, TokenInspector, GrantBuilder, ErrorExplainer, CertificateTool} =
  MDX_TOOLS;
