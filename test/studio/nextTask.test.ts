// nextTask: where opening a map lets go of the page between loading, reading and building.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../src/studio';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('nextTask', () => {
  it('resolves in a later task: work already queued as microtasks runs first', async () => {
    const order: string[] = [];
    const waited = nextTask().then(() => order.push('next task'));
    void Promise.resolve()
      .then(() => order.push('microtask'))
      .then(() => order.push('chained microtask'));
    await waited;
    expect(order).toEqual(['microtask', 'chained microtask', 'next task']);
  });

  it('is not held back by fake timers', async () => {
    vi.useFakeTimers();
    await expect(nextTask()).resolves.toBeUndefined();
  });

  it('uses the browser scheduler’s yield where there is one', async () => {
    const yieldToPage = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldToPage });
    await nextTask();
    expect(yieldToPage).toHaveBeenCalledOnce();
  });
});
