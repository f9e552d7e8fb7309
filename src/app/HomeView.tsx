/** The start page: what Cyclemap is, the built-in cycles, and opening a map file from this device. */
import { useEffect, useRef } from 'react';
import type { BuiltInEntry } from './builtInCycles';
import { BuiltInCycleList } from './BuiltInCycleList';
import { YourMaps } from './library/YourMaps';

interface HomeViewProps {
  readonly cycles: readonly BuiltInEntry[];
  readonly onOpenMap: (map: BuiltInEntry) => void;
  readonly onNewMap: () => void;
  /** True when arriving here from a map, so keyboard and screen-reader users land on this page's heading. */
  readonly focusHeading?: boolean;
}

export function HomeView({ cycles, onOpenMap, onNewMap, focusHeading = false }: HomeViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <div className="home-view">
      <h1 ref={heading} tabIndex={-1}>
        Map the dance, not the partner
      </h1>
      <div className="intro">
        <p>
          Cyclemap helps a couple, one partner or an EFT therapist map the fight that keeps coming
          back: the “dance of distress” of Emotionally Focused Therapy. Each partner’s protective
          move is the other partner’s trigger, so the steps close into a loop.
        </p>
        <p>
          <strong>The cycle is the common enemy</strong>, not either of you. Seeing it is the first
          step out of it.
        </p>
      </div>
      <YourMaps onNewMap={onNewMap} />
      <BuiltInCycleList cycles={cycles} onOpen={onOpenMap} />
      <section className="open-own-map" aria-labelledby="open-own-map-heading">
        <h2 id="open-own-map-heading">Maps saved as files</h2>
        <p>
          A map downloaded from Cyclemap (a <code>.cyclemap.json</code> file), or a file from
          “Download all maps”, opens with <strong>Open a map file…</strong> at the top of every page
          — several at once if you like — or by dropping the files onto the page. Each comes into
          Your maps as a map of its own; nothing already there is replaced. Files are read on this
          device and never uploaded.
        </p>
      </section>
    </div>
  );
}
