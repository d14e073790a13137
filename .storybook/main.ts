import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';

/**
 * Storybook for the renderer set and the forms. The Vite builder reads the root vite.config.ts,
 * which already has the formflow plugin (serving `virtual:formflow/forms`) and the ajv alias.
 * The plugin is not imported here: Storybook evaluates this file with Node's own ESM loader,
 * which cannot follow the engine's extensionless imports; Vite's config loader can. viteFinal
 * only checks that the plugin arrived, so removing it from vite.config.ts fails loudly here.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.tsx'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    if (!hasPlugin(viteConfig.plugins ?? [], 'formflow')) {
      throw new Error('.storybook/main.ts: the formflow Vite plugin is missing; add formflowVitePlugin() to the plugins of vite.config.ts');
    }
    return viteConfig;
  },
};
export default config;

function hasPlugin(plugins: readonly PluginOption[], name: string): boolean {
  return plugins.some((plugin) => {
    if (Array.isArray(plugin)) return hasPlugin(plugin, name);
    return typeof plugin === 'object' && plugin !== null && 'name' in plugin && plugin.name === name;
  });
}
