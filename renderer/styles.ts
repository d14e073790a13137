/**
 * The renderer's styles: KERN UX (design tokens, components, Fira Sans) and the small layout
 * sheet of formflow. Imported once by the host's entry (`import 'formflow/renderer/styles'`),
 * not by the components, so a portal with its own KERN build does not get it twice.
 */
import '@kern-ux/native/dist/kern.min.css';
import '@kern-ux/native/dist/fonts/fira-sans.css';
import './formflow.css';
