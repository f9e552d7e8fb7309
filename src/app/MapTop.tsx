/**
 * The line above a map's page: its title as the page's heading (focused when the map opens, so
 * keyboard and screen-reader users know where they are) and the page's actions beside it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { CycleMap } from '../core';
import { afterPaint } from '../viz/motion/afterPaint';
import { MAP_TITLE } from './mapTitle';

interface MapTopProps {
  readonly map: CycleMap;
  /** The actions: Back, Download and what else the page offers. */
  readonly children: ReactNode;
}

export function MapTop({ map, children }: MapTopProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Once the new page has been laid out and painted: focusing scrolls the heading into view, and
    // done at once it would make the browser lay the whole page out first, in the same task.
    return afterPaint(() => heading.current?.focus());
  }, [map.id]);
  return (
    <div className="map-top">
      <h1 ref={heading} tabIndex={-1} elementtiming={MAP_TITLE}>
        {map.title}
      </h1>
      <div className="map-actions">{children}</div>
    </div>
  );
}
