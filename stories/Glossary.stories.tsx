// The glossary page, at its top and opened at one term, and the links that lead to it where a
// term appears (a word in a sentence, a "?" beside a control).
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { GlossaryPage } from '../src/app/pages/GlossaryPage';
import { GLOSSARY_IDS, GLOSSARY_TERMS } from '../src/viz/glossary/glossaryTerms';
import { Term } from '../src/viz/glossary/Term';
import { TermHelp } from '../src/viz/glossary/TermHelp';

/** The page as it sits in the app's main area. */
const inMain: Decorator = (Story) => (
  <main className="app-main">
    <Story />
  </main>
);

const meta = {
  title: 'Shell/Glossary',
  component: GlossaryPage,
  args: { term: null, onBack: fn() },
} satisfies Meta<typeof GlossaryPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllTerms: Story = {
  decorators: [inMain],
  play: async ({ canvas, args, userEvent }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: 'Glossary' })).toHaveFocus();
    for (const id of GLOSSARY_IDS)
      await expect(canvas.getByRole('region', { name: GLOSSARY_TERMS[id] })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
    await expect(args.onBack).toHaveBeenCalledTimes(1);
  },
};

export const OpenedAtFlooding: Story = {
  decorators: [inMain],
  args: { term: 'flooding' },
  play: async ({ canvas }) => {
    const entry = canvas.getByRole('region', { name: GLOSSARY_TERMS.flooding });
    await expect(within(entry).getByRole('heading', { level: 2 })).toHaveFocus();
    await expect(entry).toHaveAttribute('data-current', 'true');
    await expect(entry).toBeVisible();
  },
};

/** A term where it appears: in running text, and as a "?" beside a control's label. */
export const TermsWhereTheyAppear: StoryObj = {
  render: () => (
    <main className="app-main">
      <h1>Terms where they appear</h1>
      <p>
        Listening cannot get through while <Term id="flooding">flooded</Term>, and even kind words
        can sound hostile under{' '}
        <Term id="negative-sentiment-override">negative sentiment override</Term>.
      </p>
      <p>
        <label htmlFor="story-seed">Seed</label>
        <TermHelp id="seed" />
        <input id="story-seed" type="number" defaultValue={7} />
      </p>
    </main>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'flooded, in the glossary' })).toHaveAttribute(
      'href',
      '#/glossary/flooding',
    );
    await expect(canvas.getByRole('link', { name: 'What “Seed” means' })).toHaveAttribute(
      'href',
      '#/glossary/seed',
    );
    // The seed field keeps its own name: the "?" sits beside its label, not inside it.
    await expect(canvas.getByRole('spinbutton', { name: 'Seed' })).toBeInTheDocument();
  },
};
