import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import { Switch } from '../src/app/dance/Switch';

const meta = {
  title: 'Dance/Switch',
  component: Switch,
  args: {
    label: 'Therapist present',
    checked: false,
    onChange: fn(),
    description:
      'A therapist in the room as co-regulator, a calm third nervous system: hearts rise more slowly and settle faster, and repairs are easier to hear. The dance still escalates, but later.',
  },
  // The switch is controlled; hold its state here as the dance view does, and still report each
  // change to the spy.
  render: function Controlled(args) {
    const [checked, setChecked] = useState(args.checked);
    return (
      <Switch
        {...args}
        checked={checked}
        onChange={(next) => {
          setChecked(next);
          args.onChange(next);
        }}
      />
    );
  },
} satisfies Meta<typeof Switch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const therapist = canvas.getByRole('switch', { name: 'Therapist present' });
    await expect(therapist).toHaveAttribute('aria-checked', 'false');
    await expect(therapist).toHaveTextContent(/Off$/);
    await expect(therapist).toHaveAccessibleDescription(/^A therapist in the room as co-regulator/);

    await userEvent.click(therapist);
    await expect(therapist).toHaveAttribute('aria-checked', 'true');
    await expect(therapist).toHaveTextContent(/On$/);
    await expect(args.onChange).toHaveBeenLastCalledWith(true);

    // Keyboard: Space and Enter each flip it, as for any button.
    await expect(therapist).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(therapist).toHaveAttribute('aria-checked', 'false');
    await expect(args.onChange).toHaveBeenLastCalledWith(false);
    await userEvent.keyboard('{Enter}');
    await expect(therapist).toHaveAttribute('aria-checked', 'true');
    await expect(args.onChange).toHaveBeenCalledTimes(3);
  },
};

export const On: Story = {
  args: { label: 'Reduce motion', checked: true, description: 'Step through without animation' },
  play: async ({ canvas, userEvent, args }) => {
    const motion = canvas.getByRole('switch', { name: 'Reduce motion' });
    await expect(motion).toHaveAttribute('aria-checked', 'true');
    await expect(motion).toHaveTextContent(/On$/);

    await userEvent.tab();
    await expect(motion).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(motion).toHaveAttribute('aria-checked', 'false');
    await expect(motion).toHaveTextContent(/Off$/);
    await expect(args.onChange).toHaveBeenLastCalledWith(false);
    await userEvent.click(motion);
    await expect(motion).toHaveAttribute('aria-checked', 'true');
    await expect(args.onChange).toHaveBeenLastCalledWith(true);
  },
};
