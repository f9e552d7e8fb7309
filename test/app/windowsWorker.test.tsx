/**
 * The analysis worker's side (issue 12), run on this thread: its module answers the messages the
 * pool sends to `self`. A block is answered with its counts, a warm-up with `warmed` only (played
 * a few runs a call, so V8 compiles the code for the calls to come), a failure with a sentence.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as core from '../../src/core';
import type { WindowsBlockRequest, WindowsReply } from '../../src/app/studio/windowsWorker';
import { polka } from '../../stories/sampleDances';

vi.mock('../../src/core', async (importOriginal) => {
  const actual = await importOriginal<typeof core>();
  return { ...actual, repairWindowsBlock: vi.fn(actual.repairWindowsBlock) };
});

const played = vi.mocked(core.repairWindowsBlock);
const replies: WindowsReply[] = [];
const scope = self as unknown as {
  onmessage: ((event: { data: WindowsBlockRequest }) => void) | null;
  postMessage: (reply: WindowsReply) => void;
};
const originalPost = scope.postMessage;

beforeAll(async () => {
  scope.postMessage = (reply) => replies.push(reply);
  await import('../../src/app/studio/windowsWorker');
});
afterAll(() => {
  scope.onmessage = null;
  scope.postMessage = originalPost;
});
beforeEach(() => {
  replies.length = 0;
  played.mockClear();
});

const send = (data: WindowsBlockRequest) => scope.onmessage?.({ data });
const request = { map: polka, seed: 7, therapistPresent: false };

describe('the analysis worker', () => {
  it('answers a block with the counts of exactly its runs', () => {
    send({ ...request, fromRun: 50, toRun: 100 });
    expect(replies).toEqual([
      {
        type: 'counts',
        fromRun: 50,
        counts: core.repairWindowsBlock(polka, { seed: 7, therapistPresent: false }, 50, 100),
      },
    ]);
  });

  it('plays a warm-up a few runs at a call, in both settings, and answers it with no figures', () => {
    send({ ...request, fromRun: 0, toRun: 9, warmUp: true });
    expect(
      played.mock.calls.map(([, options, from, to]) => [from, to, options.therapistPresent]),
    ).toEqual([
      [0, 2, false],
      [2, 4, true],
      [4, 6, false],
      [6, 8, true],
      [8, 9, false],
    ]);
    expect(replies).toEqual([{ type: 'warmed' }]);
  });

  it('says so in a sentence when a block cannot be played', () => {
    played.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    send({ ...request, fromRun: 0, toRun: 50 });
    expect(replies).toEqual([{ type: 'error', message: 'The analysis stopped unexpectedly.' }]);
  });
});
