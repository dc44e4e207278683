// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';

// The module keeps whether the reader has interacted for the whole visit: each test loads a fresh copy.
async function freshModule(): Promise<typeof import('@site/src/components/StaticHtml/firstInteraction')> {
  vi.resetModules();
  return import('@site/src/components/StaticHtml/firstInteraction');
}

/** requestIdleCallback as the test drives it: callbacks wait until the test says the browser is idle. */
function fakeIdle(): {readonly idle: () => void} {
  let waiting: Array<() => void> = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
    waiting.push(callback);
    return waiting.length;
  });
  return {
    idle: () => {
      const now = waiting;
      waiting = [];
      now.forEach((callback) => callback());
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('afterFirstInteraction', () => {
  it('runs nothing while the page only loads, then each waiting work once at idle after the first scroll', async () => {
    const {afterFirstInteraction} = await freshModule();
    const browser = fakeIdle();
    const done: string[] = [];
    afterFirstInteraction(() => done.push('tool'));
    afterFirstInteraction(() => done.push('highlighter'));
    browser.idle();
    expect(done).toEqual([]);

    window.dispatchEvent(new Event('scroll'));
    expect(done).toEqual([]);
    browser.idle();
    expect(done).toEqual(['tool', 'highlighter']);
    // A second scroll runs nothing again.
    window.dispatchEvent(new Event('scroll'));
    browser.idle();
    expect(done).toEqual(['tool', 'highlighter']);
  });

  it('runs work asked for after the first interaction (even one before anything waited) at the next idle moment', async () => {
    const {afterFirstInteraction} = await freshModule();
    const browser = fakeIdle();
    window.dispatchEvent(new KeyboardEvent('keydown', {key: 'Tab'}));
    browser.idle();
    const done: string[] = [];
    afterFirstInteraction(() => done.push('late'));
    expect(done).toEqual([]);
    browser.idle();
    expect(done).toEqual(['late']);
  });

  it('runs nothing that was cancelled, before or after the interaction, and still runs the rest', async () => {
    const {afterFirstInteraction} = await freshModule();
    const browser = fakeIdle();
    const done: string[] = [];
    const cancelBefore = afterFirstInteraction(() => done.push('cancelled before'));
    const cancelAfter = afterFirstInteraction(() => done.push('cancelled at idle'));
    afterFirstInteraction(() => done.push('kept'));
    cancelBefore();
    window.dispatchEvent(new Event('pointerdown'));
    // The interaction happened; the tool mounted (cancelling) before the browser was idle.
    cancelAfter();
    browser.idle();
    expect(done).toEqual(['kept']);
    // A later cancel of work already run does nothing harmful.
    cancelBefore();
    expect(done).toEqual(['kept']);
  });

  it('stops listening after the first interaction', async () => {
    const removed = vi.spyOn(window, 'removeEventListener');
    await freshModule();
    fakeIdle();
    window.dispatchEvent(new Event('wheel'));
    expect(removed.mock.calls.map(([event]) => event).sort()).toEqual([
      'keydown',
      'pointerdown',
      'scroll',
      'touchstart',
      'wheel',
    ]);
    removed.mockRestore();
  });
});
