/**
 * What both bench pages share: the scenario they show (set by the bench before the page's
 * scripts run) and the keystroke-to-paint probe.
 */
import type { Answers } from '../../engine/definition/types';

/** What the bench hands a page through `window.__formflowBench` (Playwright's addInitScript). */
export interface BenchPageConfig {
  form: string;
  /** step id of the path, e.g. `haushalt` or `EK:p0:arbeit` */
  step: string;
  today: string;
  answers: Answers;
}

/** Milliseconds from each keydown to the first paint after it, in the order typed. */
export interface LatencyProbe {
  samples: number[];
}

declare global {
  interface Window {
    __formflowBench?: BenchPageConfig;
    __formflowLatency?: LatencyProbe;
  }
}

export function benchConfig(): BenchPageConfig {
  const config = window.__formflowBench;
  if (config === undefined) throw new Error('bench page: window.__formflowBench is not set; run it through npm run bench');
  return config;
}

/**
 * Measures every keystroke from the moment the browser took the key (the event's timeStamp, so
 * time the key waited for a busy main thread counts) to the next paint after the page has
 * handled it: the keydown handler asks for an animation frame, and a message posted from that
 * frame's callback runs right after the frame was rendered. React renders the update of a
 * discrete event (the input event) before the frame, so the paint shows the typed character.
 */
export function installLatencyProbe(): LatencyProbe {
  const probe: LatencyProbe = { samples: [] };
  window.addEventListener(
    'keydown',
    (event) => {
      const start = Math.min(event.timeStamp, performance.now());
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.samples.push(performance.now() - start);
          channel.port1.close();
        };
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
  window.__formflowLatency = probe;
  return probe;
}

/** The element to render the page into. */
export function rootElement(): HTMLElement {
  const root = document.getElementById('root');
  if (root === null) throw new Error('bench page: #root is missing');
  return root;
}
