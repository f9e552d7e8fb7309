/** One step of a partner's sequence: its label, the worksheet's question, and the partner's words. */
import { useId } from 'react';
import { UNEXPLORED_TEXT, isUnexplored } from './unexplored';

interface LayerItemProps {
  /** The layer's name in the document (`trigger`, `longing`…), or `extra` for an added step. */
  readonly layer: string;
  readonly label: string;
  readonly question?: string;
  readonly text: string;
}

export function LayerItem({ layer, label, question, text }: LayerItemProps) {
  const labelId = useId();
  const questionId = useId();
  const unexplored = isUnexplored(text);
  return (
    <li
      className="layer"
      data-layer={layer}
      data-unexplored={unexplored}
      aria-labelledby={labelId}
      aria-describedby={question === undefined ? undefined : questionId}
    >
      <span className="layer-label" id={labelId}>
        {label}
      </span>
      {question !== undefined && (
        <span className="layer-question" id={questionId}>
          {question}
        </span>
      )}
      <p className="layer-text">{unexplored ? UNEXPLORED_TEXT : text}</p>
    </li>
  );
}
