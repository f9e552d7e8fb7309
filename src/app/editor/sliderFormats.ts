/** How a setting's number reads beside its slider and to a screen reader: short on screen, in words when spoken. */

/** A slider's number as shown and as spoken (`aria-valuetext`). */
export interface SliderText {
  readonly shown: string;
  readonly spoken: string;
}

/** A minus sign, not a hyphen: it reads as "minus" and lines up with the digits. */
const signed = (value: number, digits: number) =>
  (value < 0 ? '−' : '') + Math.abs(value).toFixed(digits);

export const score = (value: number): SliderText => ({
  shown: signed(value, 1),
  spoken: `${signed(value, 1)} on the scale from −24 to +24`,
});

export const decimal =
  (digits: number) =>
  (value: number): SliderText => ({ shown: signed(value, digits), spoken: signed(value, digits) });

export const bpm = (value: number): SliderText => ({
  shown: `${Math.round(value)} bpm`,
  spoken: `${Math.round(value)} beats per minute`,
});

export const bpmPerPoint = (value: number): SliderText => ({
  shown: `${value.toFixed(2)} bpm`,
  spoken: `${value.toFixed(2)} beats per minute a turn for each point of negativity`,
});

export const percent = (value: number): SliderText => {
  const text = `${Number((value * 100).toFixed(1))} %`;
  return { shown: text, spoken: `${text.replace(' %', ' percent')}` };
};

export const times = (value: number): SliderText => ({
  shown: `× ${value.toFixed(2)}`,
  spoken: `times ${value.toFixed(2)}`,
});

/** Turns of 6 seconds, with the minutes they make. */
export const turns = (value: number): SliderText => {
  const minutes = Number(((value * 6) / 60).toFixed(1));
  const text = `${value} ${value === 1 ? 'turn' : 'turns'} (${minutes} min)`;
  return { shown: text, spoken: text.replace('min)', minutes === 1 ? 'minute)' : 'minutes)') };
};

export const minutes = (value: number): SliderText => ({
  shown: `${value} min`,
  spoken: `${value} minutes`,
});
