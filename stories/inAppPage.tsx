// Stories of whole screens sit where the app puts a page: inside its body and main landmark, so
// the page's own CSS (heights, widths, focus) applies as it does in the app.
import type { Decorator } from '@storybook/react-vite';

export const inAppPage: Decorator = (Story) => (
  <div className="app-body">
    <main className="app-main">
      <Story />
    </main>
  </div>
);
