import type { StorybookConfig } from '@storybook/react-vite';

// Storybook never reaches the network: no telemetry, no crash reports, no "what's new" feed.
// (The npm scripts also pass --no-version-updates and set STORYBOOK_DISABLE_TELEMETRY=1.)
const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
};

export default config;
