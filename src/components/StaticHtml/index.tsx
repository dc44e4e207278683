import React, {useId, useState, type ElementType, type ReactNode} from 'react';

/**
 * Server-rendered HTML that the first page load does not hydrate. Content that never changes after load (a
 * paragraph, a list, a fact table, the troubleshooting reference, a diagram) costs React a component tree to walk,
 * props to attach and effects to run while the reader's phone is busy loading the page; here, on the first load,
 * React adopts the element the server rendered and leaves what is inside it alone (no fibers, no effects).
 *
 * How: the element carries `data-static="<useId>"`. While React hydrates, that id names the same element in the
 * server's HTML; if it is there, the element is rendered with an empty `dangerouslySetInnerHTML` (nothing from
 * any input: React does not touch the children of such an element while hydrating, nor after, as the value never
 * changes). Anywhere else it renders its children as usual: on the server, on a page reached by a link inside the
 * site (client navigation), and when React had to give up on the server's HTML and render on its own (a hydration
 * mismatch: the id is then one the page does not have), so content is never lost.
 *
 * Links in such HTML are plain links; src/theme/Root.tsx routes a click on an internal one through the router
 * (and preloads its page on hover), as Docusaurus's Link does.
 */
export const STATIC_ATTRIBUTE = 'data-static';

/** Set by Root once the first render has been committed: from then on nothing is adopted. */
let firstLoadDone = typeof document === 'undefined';
let serverIds: Set<string> | undefined;

/** Whether the first page load has been rendered (so what renders now is drawn in the browser). */
export function isFirstLoadDone(): boolean {
  return firstLoadDone;
}

export function markFirstLoadDone(): void {
  firstLoadDone = true;
  serverIds = undefined;
}

/** Whether the element with this id is in the server's HTML of the page now hydrating for the first time. */
export function fromServer(id: string): boolean {
  if (firstLoadDone) return false;
  serverIds ??= new Set(
    [...document.querySelectorAll(`[${STATIC_ATTRIBUTE}]`)].map((e) => e.getAttribute(STATIC_ATTRIBUTE) ?? ''),
  );
  return serverIds.has(id);
}

/** An element's own props, less what StaticHtml and Kept decide themselves. */
type ElementProps<T extends ElementType> = Omit<
  React.ComponentPropsWithoutRef<T>,
  'as' | 'children' | 'dangerouslySetInnerHTML'
>;

type Props<T extends ElementType> = {
  /** The element that holds the content (`p`, `ul`, `div` …). */
  readonly as: T;
  readonly children?: ReactNode;
} & ElementProps<T>;

export default function StaticHtml<T extends ElementType>({as, children, ...props}: Props<T>): React.JSX.Element {
  const Tag = as as ElementType;
  const id = useId();
  const [adopted] = useState(() => fromServer(id));
  // `props` is Props<T> without `as` and `children`, which is KeptProps' own type; TypeScript cannot see that
  // through a generic rest.
  if (adopted) return <Kept as={as} id={id} {...(props as ElementProps<T>)} />;
  return (
    <Tag {...props} {...{[STATIC_ATTRIBUTE]: id}}>
      {children}
    </Tag>
  );
}

type KeptProps<T extends ElementType> = {
  readonly as: T;
  /** The `useId` the server rendered the element with (fromServer(id) was true). */
  readonly id: string;
  readonly ref?: React.Ref<HTMLDivElement>;
} & ElementProps<T>;

/**
 * The element the server rendered with this id, adopted as it is: React attaches its props and leaves what is
 * inside alone, while hydrating and after. The one place the site sets `dangerouslySetInnerHTML`, and its value is
 * a constant empty string, never any content. Used by StaticHtml, LiveWhenNear and the kept code blocks.
 */
export function Kept<T extends ElementType>({as, id, ...props}: KeptProps<T>): React.JSX.Element {
  const Tag = as as ElementType;
  // eslint-disable-next-line no-restricted-syntax
  return <Tag {...props} {...{[STATIC_ATTRIBUTE]: id}} suppressHydrationWarning dangerouslySetInnerHTML={EMPTY} />;
}

const EMPTY = {__html: ''};
