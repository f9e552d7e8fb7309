/**
 * A map's views as tabs (WAI-ARIA's tab pattern: one tab stop, arrow keys move between the tabs
 * and show each) and the panel that holds the one chosen.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface ViewTabsProps<V extends string> {
  readonly label: string;
  readonly views: readonly { readonly view: V; readonly label: string }[];
  readonly view: V;
  readonly onView: (view: V) => void;
  /** Someone is about to choose a tab (pointer over it, or focus on it): a chance to load ahead. */
  readonly onIntent?: (view: V) => void;
  readonly children: ReactNode;
}

export function ViewTabs<V extends string>({
  label,
  views,
  view,
  onView,
  onIntent,
  children,
}: ViewTabsProps<V>) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    // The arrows are the tab list's here, not the dance's.
    event.preventDefault();
    const next = (index + step + views.length) % views.length;
    onView(views[next]!.view);
    tabs.current[next]?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="map-tabs">
        {views.map((tab, index) => (
          <button
            key={tab.view}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-${tab.view}`}
            aria-selected={view === tab.view}
            aria-controls={`${id}-panel`}
            tabIndex={view === tab.view ? 0 : -1}
            onClick={() => onView(tab.view)}
            onPointerEnter={() => onIntent?.(tab.view)}
            onFocus={() => onIntent?.(tab.view)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${view}`}>
        {children}
      </div>
    </>
  );
}
