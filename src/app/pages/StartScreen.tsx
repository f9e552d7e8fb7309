/** The one short screen before mapping: when to map, writing your own side first, and when this is not the right start. */
import { useEffect, useRef } from 'react';
import { VIOLENCE_TEXT } from '../SafetyPanel';

interface StartScreenProps {
  readonly title: string;
  readonly onStart: () => void;
  readonly onQuickExit: () => void;
}

export function StartScreen({ title, onStart, onQuickExit }: StartScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <article className="start-screen">
      <h1 ref={heading} tabIndex={-1}>
        Before you map “{title}”
      </h1>
      <ul>
        <li>
          Map together when you are both calm — not in the middle of a fight. If it gets heated,
          stop and come back another day.
        </li>
        <li>
          Each of you can write your own side first. Describe moves and feelings, not who is to
          blame: the cycle is the common enemy.
        </li>
        <li>Nothing you write leaves this device unless you download it.</li>
      </ul>
      <p className="safety-violence">{VIOLENCE_TEXT}</p>
      <div className="map-actions">
        <button type="button" className="primary" onClick={onStart}>
          Start mapping
        </button>
        <button type="button" onClick={onQuickExit}>
          Quick exit
        </button>
      </div>
    </article>
  );
}
