// A step of the loop is left alone by a turn that does not change it, and redrawn when what it
// shows changes: "now" moving to it or away, new words in its badge, or its best-window mark.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loopLayout } from '../../src/viz/loop/loopLayout';
import { LoopStep } from '../../src/viz/loop/LoopStep';
import { sampleMap } from './sampleMap';

const layout = loopLayout(sampleMap(), { width: 720, badges: true });
const step = layout.steps[0]!;
const onShow = () => undefined;

function drawn(props: { current: boolean; badge: { text: string; best: boolean } | null }) {
  return (
    <svg>
      <LoopStep
        step={step}
        metrics={layout.metrics}
        label="Step one"
        onShow={onShow}
        current={props.current}
        badge={props.badge}
      />
    </svg>
  );
}

describe('LoopStep redraws only on what it shows', () => {
  it('follows "now" moving to it and away', () => {
    const { container, rerender } = render(drawn({ current: false, badge: null }));
    const item = () => container.querySelector('[role="listitem"]');
    expect(item()?.getAttribute('aria-current')).toBeNull();
    rerender(drawn({ current: true, badge: null }));
    expect(item()?.getAttribute('aria-current')).toBe('step');
    expect(container.textContent).toContain('NOW');
    rerender(drawn({ current: false, badge: null }));
    expect(item()?.getAttribute('aria-current')).toBeNull();
  });

  it('shows a badge’s new words and best mark', () => {
    const { container, rerender } = render(drawn({ current: false, badge: null }));
    rerender(drawn({ current: false, badge: { text: '3 in 10', best: false } }));
    expect(container.textContent).toContain('3 in 10');
    rerender(drawn({ current: false, badge: { text: '7 in 10', best: false } }));
    expect(container.textContent).toContain('7 in 10');
    expect(container.querySelector('.dance-loop-badge')?.getAttribute('data-best')).toBe('false');
    rerender(drawn({ current: false, badge: { text: '7 in 10', best: true } }));
    expect(container.querySelector('.dance-loop-badge')?.getAttribute('data-best')).toBe('true');
    rerender(drawn({ current: false, badge: null }));
    expect(container.querySelector('.dance-loop-badge')).toBeNull();
  });
});
