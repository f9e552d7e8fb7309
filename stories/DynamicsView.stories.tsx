// Stories of the Dynamics view: a secure cycle with one attractor (its figures kept in a copy on
// request); a Find the Bad Guy with more softening, where a saddle parts a talk that settles from
// one that runs to the edge; the vector field on; a trajectory placed; and, on one's own copy, a
// slider that splits the attractor with a saddle (and Undo that brings it back).
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fireEvent, fn, waitFor, within } from 'storybook/test';
import badGuyText from '../models/find-the-bad-guy.json?raw';
import secureText from '../models/secure-cycle.json?raw';
import { DynamicsView } from '../src/app/dynamics/DynamicsView';
import { StudioProvider } from '../src/app/studio/StudioContext';
import { copyOfMap, type CycleMap, type Partner } from '../src/core';
import { createStudio, type MapSource } from '../src/studio';
import { inlineRunner } from '../src/studio/inlineRunner';
import { mapOf } from './sampleDances';

const NOW = '2026-12-02T10:00:00.000Z';
const secure = mapOf(secureText);

/** Find the Bad Guy with each partner softening more, and sooner: a saddle and an attractor. */
const softer = (partner: Partner): Partner => ({
  ...partner,
  dynamics: { ...partner.dynamics, repairStrength: 1.5, repairThreshold: -2 },
});
const badGuy = mapOf(badGuyText);
const badGuySofter: CycleMap = {
  ...copyOfMap(badGuy, 'bad-guy-softer', NOW, 'Find the Bad Guy, softening sooner'),
  partners: [softer(badGuy.partners[0]), softer(badGuy.partners[1])],
};
const secureCopy = copyOfMap(secure, 'secure-copy', NOW, 'Secure cycle (our copy)');

interface DynamicsParameters {
  readonly map?: CycleMap;
  readonly source?: MapSource;
}

function DynamicsStudio(props: { map: CycleMap; source: MapSource; children: ReactNode }) {
  const [studio] = useState(() => {
    const created = createStudio({ analysis: inlineRunner({ maxRuns: 20 }) });
    created.send({ type: 'document.load', map: props.map, source: props.source });
    return created;
  });
  return <StudioProvider studio={studio}>{props.children}</StudioProvider>;
}

/** The map page around the view (heading, landmark) and a studio of its own with the map open. */
const withMap: Decorator = (Story, { parameters }) => {
  const { map = secure, source = 'builtIn' } = parameters as DynamicsParameters;
  return (
    <DynamicsStudio map={map} source={source}>
      <main className="app-body">
        <div>
          <h1>{map.title}</h1>
          <Story />
        </div>
      </main>
    </DynamicsStudio>
  );
};

const meta = {
  title: 'Dynamics/DynamicsView',
  component: DynamicsView,
  parameters: { layout: 'fullscreen' },
  decorators: [withMap],
} satisfies Meta<typeof DynamicsView>;

export default meta;
type Story = StoryObj<typeof meta>;

const plane = (root: HTMLElement) => within(root).getByRole('region', { name: 'Phase plane' });
const marks = (root: HTMLElement) =>
  within(within(plane(root)).getByRole('list', { name: 'Steady states' })).getAllByRole('listitem');
const kinds = (root: HTMLElement) => marks(root).map((mark) => mark.dataset.kind);

/** The trajectory, once drawn whole (turn by turn takes up to 3 s). */
async function drawnWhole(root: HTMLElement): Promise<SVGPathElement> {
  await waitFor(
    () =>
      expect(plane(root).querySelector('.trajectory-line')).toHaveAttribute('data-drawn', 'whole'),
    { timeout: 5000 },
  );
  return plane(root).querySelector<SVGPathElement>('.trajectory-line')!;
}

export const OneAttractor: Story = {
  // On a pattern the explored figures can be kept in a copy of one's own.
  args: { onEditCopy: fn() },
  play: async ({ canvasElement, args }) => {
    await expect(kinds(canvasElement)).toEqual(['stable']);
    await expect(marks(canvasElement)[0]).toHaveAccessibleName(
      /^Steady state 1, stable: Noor \d\.\d, Sam \d\.\d\. Eigenvalues /,
    );
    await expect(plane(canvasElement).querySelectorAll('path.nullcline')).toHaveLength(2);
    await expect(within(canvasElement).getByText(/explore a copy that is not saved/)).toBeVisible();
    await fireEvent.click(
      within(canvasElement).getByRole('button', { name: 'Edit a copy with these figures' }),
    );
    await expect(args.onEditCopy).toHaveBeenCalledWith(secure);
  },
};

export const DemonDialogueWithASaddle: Story = {
  parameters: { map: badGuySofter },
  // Below the saddle: the talk runs away to the edge of the scale.
  args: { initialStart: [-14, -14] },
  play: async ({ canvasElement }) => {
    await expect(kinds(canvasElement)).toEqual(['saddle', 'stable']);
    await drawnWhole(canvasElement);
    await expect(plane(canvasElement).querySelector('.trajectory')).toHaveAttribute(
      'data-ending',
      'edge',
    );
    await expect(
      within(plane(canvasElement)).getByText(/runs to the edge of the scale/),
    ).toBeVisible();
  },
};

export const VectorFieldOn: Story = {
  args: { initialField: true },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('switch', { name: /Vector field/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(
      plane(canvasElement).querySelectorAll('.vector-field line').length,
    ).toBeGreaterThan(100);
  },
};

export const TrajectoryPlaced: Story = {
  args: { initialStart: [-12, -6] },
  play: async ({ canvasElement }) => {
    const line = await drawnWhole(canvasElement);
    await expect(line.getAttribute('d')).toMatch(/^M.+L.+L/);
    await expect(
      within(plane(canvasElement)).getByText(/^From Noor −12\.0, Sam −6\.0, .*settles at/),
    ).toBeVisible();
  },
};

export const SliderSplitsTheAttractor: Story = {
  parameters: { map: secureCopy, source: 'library' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(kinds(canvasElement)).toEqual(['stable']);
    const before = plane(canvasElement)
      .querySelector('path.nullcline[data-partner="1"]')!
      .getAttribute('d');
    // Both partners more moved by the other's negativity (user-event cannot drag a range input).
    for (const name of ['Noor', 'Sam']) {
      const group = within(canvas.getByRole('group', { name: new RegExp(`^How ${name} moves`) }));
      const slope = group.getByRole('slider', { name: 'Moved by the other’s negativity' });
      await fireEvent.change(slope, { target: { value: '0.6' } });
      await fireEvent.blur(slope);
    }
    await expect(kinds(canvasElement)).toContain('saddle');
    await expect(
      plane(canvasElement).querySelector('path.nullcline[data-partner="1"]')!.getAttribute('d'),
    ).not.toBe(before);
    await userEvent.click(canvas.getByRole('button', { name: /Undo/ }));
    await userEvent.click(canvas.getByRole('button', { name: /Undo/ }));
    await expect(kinds(canvasElement)).toEqual(['stable']);
  },
};
