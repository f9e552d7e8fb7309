/** The alert that maps are not being saved on this device — there whenever that is so, on every page. */
import { saveProblemOf } from '../studio';
import { useStudioSelector } from './studio/StudioContext';

export function SaveProblem() {
  const problem = useStudioSelector(saveProblemOf);
  // An alert is announced as it appears, so it is rendered only while there is something to say.
  return problem === null ? null : (
    <div className="save-problem" role="alert">
      <p>{problem}</p>
    </div>
  );
}
