/**
 * The repairs and the repair windows, one click from the stage: on a wide screen a drawer at the
 * foot of the side column that opens over the narration and hearts (so a therapist can try a
 * repair or show the best window without scrolling), and closes again; on a narrow screen the
 * same panel sits in the page, open.
 */
import { useState, type ReactNode } from 'react';

interface RepairDrawerProps {
  /** Open at first (narrow screens); on the stage it starts closed, out of the hearts' way. */
  readonly defaultOpen: boolean;
  readonly children: ReactNode;
}

export function RepairDrawer({ defaultOpen, children }: RepairDrawerProps) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details
      className="repair-drawer"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        Repairs and repair windows <kbd aria-hidden="true">R</kbd>
      </summary>
      <div className="repair-drawer-body">{children}</div>
    </details>
  );
}
