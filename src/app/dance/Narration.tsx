/** The caption of the moment on screen, read out by screen readers as the dance plays. */
interface NarrationProps {
  readonly text: string;
}

export function Narration({ text }: NarrationProps) {
  return (
    <section className="narration" aria-label="Narration" aria-live="polite" aria-atomic="true">
      <p>{text}</p>
    </section>
  );
}
