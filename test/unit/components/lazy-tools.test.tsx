// @vitest-environment jsdom
import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, render, waitFor} from '@testing-library/react';
import {NEAR_VIEWPORT_MARGIN, TOOL_COMPONENTS} from '@site/src/components/LazyTools';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A stand-in IntersectionObserver the test drives: it records what is observed and reports when told to. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(element: Element): void {
    this.observed.push(element);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  unobserve(): void {}
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  /** The observed element comes within the observer's margin of the viewport (or not). */
  report(isIntersecting: boolean): void {
    const entries = this.observed.map((target) => ({isIntersecting, target}) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

function withFakeObserver(): typeof FakeIntersectionObserver {
  FakeIntersectionObserver.instances = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  return FakeIntersectionObserver;
}

const ScopeValidator = TOOL_COMPONENTS['scope-validator'];

describe('a tool loads its body when it comes near the viewport', () => {
  it('shows the loading note until the tool is near, then mounts the body and says data-ready', async () => {
    const observers = withFakeObserver();
    const {container} = render(<ScopeValidator />);
    const shell = container.querySelector('[data-tool="scope-validator"]')!;
    expect(shell.getAttribute('data-ready')).toBeNull();
    expect(shell.textContent).toContain('Laster verktøyet');
    expect(shell.querySelector('[data-example]')).toBeNull();

    const observer = observers.instances[0]!;
    expect(observer.options.rootMargin).toBe(NEAR_VIEWPORT_MARGIN);
    expect(observer.observed).toHaveLength(1);
    // Still far away: nothing loads.
    act(() => observer.report(false));
    expect(shell.querySelector('[data-example]')).toBeNull();

    act(() => observer.report(true));
    await waitFor(() => expect(shell.getAttribute('data-ready')).toBe('true'));
    expect(shell.querySelector('[data-example]')).not.toBeNull();
    expect(shell.textContent).not.toContain('Laster verktøyet');
    // Loaded once: the observer has done its work.
    expect(observer.disconnected).toBe(true);
  });

  it('mounts a tool whose code is already loaded in the same step it comes near, with no loading note', async () => {
    const observers = withFakeObserver();
    // A first copy loads the code …
    const first = render(<ScopeValidator />);
    act(() => observers.instances[0]!.report(true));
    await waitFor(() => expect(first.container.querySelector('[data-tool]')!.getAttribute('data-ready')).toBe('true'));
    // … so a second one, coming near, shows its body at once: no Suspense step (React would hold its note 300 ms).
    const second = render(<ScopeValidator />);
    const shell = second.container.querySelector('[data-tool]')!;
    act(() => observers.instances[1]!.report(true));
    expect(shell.querySelector('[data-example]')).not.toBeNull();
    expect(shell.textContent).not.toContain('Laster verktøyet');
  });

  it('mounts at once in a browser without IntersectionObserver', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const {container} = render(<ScopeValidator />);
    const shell = container.querySelector('[data-tool="scope-validator"]')!;
    await waitFor(() => expect(shell.getAttribute('data-ready')).toBe('true'));
    expect(shell.querySelector('[data-example]')).not.toBeNull();
  });

  it('stops watching a tool that leaves the page before it came near', () => {
    const observers = withFakeObserver();
    const {unmount} = render(<ScopeValidator />);
    const observer = observers.instances[0]!;
    expect(observer.disconnected).toBe(false);
    unmount();
    expect(observer.disconnected).toBe(true);
  });
});
