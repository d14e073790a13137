import type { Preview } from '@storybook/react-vite';
import '../renderer/styles';

/** Every story with the KERN UX styles the renderer is made for. */
const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};
export default preview;
