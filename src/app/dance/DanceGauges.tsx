/** Both partners' hearts, side by side under the narration. */
import { memo } from 'react';
import { floodLine, type CycleMap, type DanceSnapshot } from '../../core';
import type { LoopRegister } from '../../studio';
import { ArousalGauge } from '../../viz/body/ArousalGauge';

interface DanceGaugesProps {
  readonly map: CycleMap;
  readonly moment: DanceSnapshot;
  readonly register: LoopRegister;
  readonly reducedMotion: boolean;
}

export const DanceGauges = memo(function DanceGauges({
  map,
  moment,
  register,
  reducedMotion,
}: DanceGaugesProps) {
  return (
    <div className="dance-gauges">
      {([0, 1] as const).map((i) => {
        const partner = map.partners[i];
        const now = moment.context.partners[i];
        return (
          <div key={i} className="dance-gauge" data-partner={i}>
            <ArousalGauge
              name={partner.name}
              partner={i}
              heartRate={now.heartRate}
              restingHeartRate={partner.dynamics.restingHeartRate}
              floodLine={floodLine(partner.dynamics)}
              flooded={now.flooded}
              reducedMotion={reducedMotion}
              register={register}
            />
          </div>
        );
      })}
    </div>
  );
});
