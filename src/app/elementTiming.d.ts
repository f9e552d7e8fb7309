/**
 * The Element Timing API's attribute (`elementtiming="…"`), which React passes to the DOM as it
 * is but its types do not list. `viz/motion/afterShown` waits on the paint it reports.
 */
import 'react';

declare module 'react' {
  // Merged into React's own declaration, whose type parameter must keep its name.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
