import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionFrames } from '../../src/core';
import { repairMarks } from '../../src/studio';
import { ScoreChart } from '../../src/viz/chart/ScoreChart';
import { polka, polkaAlone, polkaFailBreakLand } from '../../stories/sampleDances';

const escalatingFrames = sessionFrames(polkaAlone);
const repairedFrames = sessionFrames(polkaFailBreakLand);
const repairedMarks = repairMarks(polka, polkaFailBreakLand);

const figureName = 'Feelings and heart rates, turn by turn';

describe('the score chart', () => {
  it('is a named figure that says its numbers are illustrations, not measurements', () => {
    render(<ScoreChart map={polka} frames={escalatingFrames} currentIndex={8} repairs={[]} />);
    const figure = screen.getByRole('figure', { name: figureName });
    expect(figure).toHaveTextContent(
      'Scores and heart rates are illustrations from the model, not measurements.',
    );
    expect(within(figure).getByRole('img')).toHaveAccessibleName(
      'Scores from turn 0 to 8: Theo from −2 to −4, Priya from −1 to −5; neither flooded.',
    );
  });

  it('tells the partners apart by name, not by colour alone', () => {
    render(<ScoreChart map={polka} frames={escalatingFrames} currentIndex={30} repairs={[]} />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Theo', 'Priya', 'Flooding']);
    // Each name also sits at the end of its lines, in both panels.
    const chart = screen.getByRole('img');
    expect(within(chart).getAllByText('Theo')).toHaveLength(2);
    expect(within(chart).getAllByText('Priya')).toHaveLength(2);
  });

  it('follows playback: the current turn is marked and later turns are not drawn', () => {
    const { rerender } = render(
      <ScoreChart map={polka} frames={escalatingFrames} currentIndex={20} repairs={[]} />,
    );
    const figure = screen.getByRole('figure', { name: figureName });
    expect(figure).toHaveAttribute('data-turn', '20');
    expect(within(figure).getByText('turn 20')).toBeInTheDocument();
    expect(figure.querySelectorAll('path[data-future="true"]')).toHaveLength(0);
    rerender(<ScoreChart map={polka} frames={escalatingFrames} currentIndex={45} repairs={[]} />);
    expect(figure).toHaveAttribute('data-turn', '45');
    expect(screen.getByRole('img')).toHaveAccessibleName(/both flooded from turn 38\.$/);
  });

  it('can draw the rest of the dance faded behind the current turn', () => {
    render(
      <ScoreChart
        map={polka}
        frames={escalatingFrames}
        currentIndex={20}
        repairs={[]}
        showFuture
      />,
    );
    const figure = screen.getByRole('figure', { name: figureName });
    expect(figure).toHaveAttribute('data-show-future', 'true');
    expect(figure.querySelectorAll('path[data-future="true"]')).toHaveLength(4);
  });

  it('marks each repair with a symbol and words, and the break as a labelled gap', () => {
    render(
      <ScoreChart
        map={polka}
        frames={repairedFrames}
        currentIndex={repairedFrames.length - 1}
        repairs={repairedMarks}
      />,
    );
    const chart = screen.getByRole('img');
    expect(within(chart).getByText('✗ Theo: Soft reach')).toBeInTheDocument();
    expect(within(chart).getByText('☾ Priya: Self-soothing break')).toBeInTheDocument();
    expect(within(chart).getByText('✓ Priya: Soft reach')).toBeInTheDocument();
    expect(within(chart).getByText('20-minute break')).toBeInTheDocument();
    expect(within(chart).getByText('246')).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(legend).toHaveTextContent('Repairs: ✓ landed, ✗ failed, ☾ break');
  });

  it('draws the same dance without repair faintly, only when there are repairs', () => {
    const { rerender } = render(
      <ScoreChart
        map={polka}
        frames={escalatingFrames}
        currentIndex={30}
        repairs={[]}
        baseline={escalatingFrames}
      />,
    );
    const figure = screen.getByRole('figure', { name: figureName });
    expect(figure.querySelectorAll('.score-chart-baseline path')).toHaveLength(0);
    expect(screen.getByRole('list', { name: 'Legend' })).not.toHaveTextContent('Without repair');
    expect(screen.getByRole('img')).not.toHaveAccessibleName(/Without the repairs/);

    rerender(
      <ScoreChart
        map={polka}
        frames={repairedFrames}
        currentIndex={repairedFrames.length - 1}
        repairs={repairedMarks}
        baseline={escalatingFrames}
      />,
    );
    // Score and heart rate, for each partner.
    expect(figure.querySelectorAll('.score-chart-baseline path')).toHaveLength(4);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getByText('Without repair (same seed)')).toBeInTheDocument();
    expect(screen.getByRole('img')).toHaveAccessibleName(
      /; reconnected at turn 251\. Without the repairs, the same dance ends disengaged at turn 57\.$/,
    );
  });

  it('hides repairs not yet tried at the current turn', () => {
    render(
      <ScoreChart map={polka} frames={repairedFrames} currentIndex={44} repairs={repairedMarks} />,
    );
    const chart = screen.getByRole('img');
    expect(within(chart).getByText('✗ Theo: Soft reach')).toBeInTheDocument();
    expect(within(chart).queryByText('☾ Priya: Self-soothing break')).toBeNull();
    expect(within(chart).queryByText('20-minute break')).toBeNull();
  });

  it('lists the last turns as numbers for screen readers', () => {
    render(<ScoreChart map={polka} frames={escalatingFrames} currentIndex={45} repairs={[]} />);
    const table = screen.getByRole('table', { name: 'The last 10 turns shown, as numbers' });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(header).toEqual([
      'Turn',
      'Theo’s score',
      'Theo’s heart rate (bpm)',
      'Priya’s score',
      'Priya’s heart rate (bpm)',
    ]);
    expect(within(table).getByRole('row', { name: /^45 / })).toHaveTextContent(
      '45−24112 (flooded)−19108 (flooded)',
    );
  });

  it('draws an empty chart, not an error, before there are frames', () => {
    render(<ScoreChart map={polka} frames={[]} currentIndex={0} repairs={[]} />);
    expect(screen.getByRole('img')).toHaveAccessibleName('No turns to show yet.');
  });
});
