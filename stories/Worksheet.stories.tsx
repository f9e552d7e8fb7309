// Stories of the printed worksheet: the Protest Polka's sheet in Theo's and Priya's own words; a
// new map's sheet with a line to write on for every layer; a map told at length, printed smaller
// with every word kept; and one told at greater length still, each long answer shortened with "…"
// and the sheet saying so. The sheet waits hidden beside the page until Print; here it is shown.
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { NOT_THERAPY_TEXT, VIOLENCE_TEXT } from '../src/app/SafetyPanel';
import { Worksheet } from '../src/app/worksheet/Worksheet';
import type { CycleMap, Layer, Partner } from '../src/core';
import { blankMap } from './libraryStudio';
import { polka } from './sampleDances';

/** A partner of the Polka with some layers told at length. */
const toldAtLength = (partner: Partner, layers: Partial<Record<Layer, string>>): Partner => ({
  ...partner,
  layers: { ...partner.layers, ...layers },
});

const theoAtLength = toldAtLength(polka.partners[0], {
  trigger:
    'Priya says "I\'m fine" and turns back to her laptop while I\'m still talking. It is usually late, after dinner, when I have waited all day to tell her something. She nods without looking up, and I hear the keys again before I have finished the sentence. Then the study door closes, quietly, and I am standing in the hall still holding what I wanted to tell her.',
  perception:
    "I don't matter to her; I'm just an interruption. In that moment it feels like proof of what I have feared for years: that I am too much, that if I stop reaching for her she will not notice I have gone. I tell myself she has already decided, and that the work, the laptop, anything at all, is more interesting to her than I am.",
  primaryEmotion:
    'lonely and scared, underneath all the noise. It is a hollow feeling in my chest, the one I had as a boy waiting in an empty house for someone to come home. The anger comes fast because it is easier to feel than this; if I let the loneliness in, I am afraid it will swallow me, so I push, and the pushing is what she sees.',
});

const priyaAtLength = toldAtLength(polka.partners[1], {
  trigger:
    'Theo\'s voice gets sharp, and he follows me down the hall. I can hear it start before the words: a tightness, a quickening. I am tired, with work still due tonight, and I had hoped for a quiet hour. "You never listen" lands as a verdict, and when he stands in the study doorway my whole body braces, as if I am about to hear everything I have done wrong.',
  move: 'I say "I\'m fine, it\'s nothing", and close the study door. I go very still and very polite, answer in as few words as I can and wait for it to pass. Inside I am racing to find the one right thing to say, and when I cannot find it I say nothing at all, because nothing feels safer than the wrong thing.',
  primaryEmotion:
    'ashamed, and afraid of making it worse. The shame comes first, hot in my face, a voice that says I have let him down again. Underneath it is fear: if I open my mouth I will make it worse, and he will see how little I have to give. So I freeze, and the freezing looks like not caring, when really I care so much that I cannot move.',
  attachmentFear:
    "that I'm a disappointment, that I'll get it wrong and lose him. I am afraid that one day he will decide I am not worth the trouble, that all the ways I go quiet will add up to a reason to leave. So I try to be no trouble at all, and the harder I try, the further I seem to get from the person I most want to be close to.",
});

/** The Polka with Theo's side told at length: longer than most maps, short of too long. */
const polkaTheoAtLength: CycleMap = { ...polka, partners: [theoAtLength, polka.partners[1]] };

/** The Polka with both sides told at length: more than one page holds whole. */
const polkaBothAtLength: CycleMap = { ...polka, partners: [theoAtLength, priyaAtLength] };

/**
 * On screen the app keeps the sheet hidden beside the page, and only Print shows it; here it is
 * shown, so the story can be looked at (the print stylesheet's layout applies on paper only). It
 * keeps its `hidden` attribute, out of the screen's accessibility tree as in the app, so the plays
 * read it as text and find its roles with `hidden: true`.
 */
const shownAsPrinted: Decorator = (Story) => (
  <>
    <style>{'body > .worksheet[hidden] { display: block; padding: 1rem; }'}</style>
    <Story />
  </>
);

const meta = {
  title: 'Worksheet/Worksheet',
  component: Worksheet,
  args: { map: polka },
  decorators: [shownAsPrinted],
} satisfies Meta<typeof Worksheet>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The one sheet beside the page: in <body>, outside the story's own canvas. */
function sheetBeside(canvasElement: HTMLElement): HTMLElement {
  const sheets =
    canvasElement.ownerDocument.body.querySelectorAll<HTMLElement>(':scope > .worksheet');
  if (sheets.length !== 1) throw new Error(`Expected one worksheet, found ${sheets.length}.`);
  return sheets[0]!;
}

/** A partner's column, found by the name at its head (the sheet is out of the screen's tree). */
const columnOf = (sheet: HTMLElement, name: string) =>
  within(sheet).getByRole('heading', { level: 2, name, hidden: true }).closest('section')!;

/** What the sheet prints beside `label` in a column: the words, or "" where a line is left to write on. */
const answer = (column: HTMLElement, label: string) =>
  within(column).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

/** The words at the head of the sheet, under its title. */
const headOf = (sheet: HTMLElement) => sheet.querySelector('header')!;

/** The notes at the foot of the sheet. */
const footOf = (sheet: HTMLElement) => sheet.querySelector('footer')!;

/** The sentences between the two columns, from top to bottom. */
const loopOf = (sheet: HTMLElement) =>
  [...sheet.querySelectorAll('.worksheet-loop p')].map((line) => line.textContent);

/** The not-therapy note, then the one for a relationship where someone is afraid. */
const SAFETY_NOTES = [NOT_THERAPY_TEXT, VIOLENCE_TEXT];

/**
 * The Protest Polka on one page: each partner above and below the line in their own words, the
 * loop between them, their ways back to each other, and the not-therapy and safety notes.
 */
export const ProtestPolka: Story = {
  play: async ({ canvasElement }) => {
    const sheet = sheetBeside(canvasElement);
    // The app never shows it on screen: it waits, hidden, for Print.
    await expect(sheet).toHaveAttribute('hidden');
    await expect(canvasElement).not.toContainElement(sheet);
    await expect(sheet).toHaveAttribute('data-density', 'normal');
    const on = within(sheet);
    await expect(on.getByRole('heading', { level: 1, hidden: true })).toHaveTextContent(
      'Our cycle: Protest Polka',
    );
    await expect(headOf(sheet)).toHaveTextContent(
      'The dance we both get caught in — the cycle is the problem, not either of us.',
    );
    await expect(headOf(sheet)).not.toHaveTextContent(/Long answers are shortened/);
    await expect(
      on.getAllByRole('heading', { level: 2, hidden: true }).map((heading) => heading.textContent),
    ).toEqual(['Theo', 'Priya']);

    const [theo, priya] = polka.partners;
    const theos = columnOf(sheet, 'Theo');
    const priyas = columnOf(sheet, 'Priya');
    await expect(answer(theos, 'Trigger')).toBe(theo.layers.trigger);
    await expect(answer(theos, 'Move')).toBe(theo.layers.move);
    await expect(answer(priyas, 'Primary emotion')).toBe(priya.layers.primaryEmotion);
    await expect(answer(priyas, 'Longing')).toBe(priya.layers.longing);
    await expect(theos).not.toHaveTextContent(priya.layers.longing);

    await expect(loopOf(sheet)).toEqual([
      'Theo’s move sets off Priya’s trigger',
      'Priya’s move sets off Theo’s trigger',
    ]);

    const theosRepairs = within(theos).getAllByRole('listitem', { hidden: true });
    await expect(theosRepairs).toHaveLength(theo.repairs.length);
    await expect(theosRepairs[0]).toHaveTextContent(`Name the cycle — “${theo.repairs[0]!.words}”`);
    await expect(within(priyas).getAllByRole('listitem', { hidden: true })).toHaveLength(
      priya.repairs.length,
    );

    await expect([...footOf(sheet).children].map((note) => note.textContent)).toEqual(SAFETY_NOTES);
    // Paper has nothing to press.
    await expect(on.queryByRole('button', { hidden: true })).toBeNull();
  },
};

/** A new map: every layer a line to write on by hand, and no ways back written down yet. */
export const ANewMapToFillIn: Story = {
  args: { map: blankMap },
  play: async ({ canvasElement }) => {
    const sheet = sheetBeside(canvasElement);
    await expect(within(sheet).getByRole('heading', { level: 1, hidden: true })).toHaveTextContent(
      'Our cycle: Our cycle',
    );
    for (const name of ['Partner 1', 'Partner 2']) {
      const column = columnOf(sheet, name);
      // Seven layers, four above the line and three below, each left blank to fill in.
      await expect(column.querySelectorAll('dd .worksheet-blank')).toHaveLength(7);
      await expect(answer(column, 'Longing')).toBe('');
      await expect(column).toHaveTextContent(/Ways back to each other\s*None written down yet\.$/);
      await expect(within(column).queryByRole('listitem', { hidden: true })).toBeNull();
    }
    await expect(loopOf(sheet)).toEqual([
      'Partner 1’s move sets off Partner 2’s trigger',
      'Partner 2’s move sets off Partner 1’s trigger',
    ]);
    await expect([...footOf(sheet).children].map((note) => note.textContent)).toEqual(SAFETY_NOTES);
  },
};

/** Theo's side told at length: the sheet prints smaller to keep one page, every word whole. */
export const ToldAtLength: Story = {
  args: { map: polkaTheoAtLength },
  play: async ({ canvasElement }) => {
    const sheet = sheetBeside(canvasElement);
    await expect(sheet).toHaveAttribute('data-density', 'compact');
    await expect(headOf(sheet)).not.toHaveTextContent(/Long answers are shortened/);
    const theos = columnOf(sheet, 'Theo');
    await expect(answer(theos, 'Trigger')).toBe(theoAtLength.layers.trigger);
    await expect(answer(theos, 'Primary emotion')).toBe(theoAtLength.layers.primaryEmotion);
  },
};

/**
 * Both sides told at greater length: each long answer is shortened with "…" to fit one page,
 * and the sheet says the full words are in Cyclemap; short answers print whole.
 */
export const LongAnswersShortened: Story = {
  args: { map: polkaBothAtLength },
  play: async ({ canvasElement }) => {
    const sheet = sheetBeside(canvasElement);
    await expect(sheet).toHaveAttribute('data-density', 'tight');
    await expect(headOf(sheet)).toHaveTextContent(
      'Long answers are shortened here (…) to fit one page; the full words are in Cyclemap and in the downloaded map.',
    );
    const priyas = columnOf(sheet, 'Priya');
    const move = answer(priyas, 'Move') ?? '';
    await expect(move).toMatch(/^I say "I'm fine, it's nothing", and close the study door\. .*…$/);
    await expect(move.length).toBeLessThanOrEqual(150);
    await expect(answer(columnOf(sheet, 'Theo'), 'Perception')).toMatch(
      /^I don't matter to her; I'm just an interruption\. .*…$/,
    );
    // A short answer is printed whole.
    await expect(answer(priyas, 'Longing')).toBe(priyaAtLength.layers.longing);
  },
};
