import { setup } from 'xstate';
import { evaluate } from '../conditions/evaluate';
import type { Condition } from '../conditions/types';
import type { Answers, FlowConfig } from '../definition/types';

/** What the flow machine's guards read: the answers and the application date. */
export interface FlowContext {
  answers: Answers;
  today: string;
}

function createFlowMachine(flow: FlowConfig) {
  const states = Object.keys(flow.states).length;
  return setup({
    types: {
      context: {} as FlowContext,
      input: {} as FlowContext,
      events: {} as { type: 'NEXT' },
    },
    guards: {
      when: ({ context }, params: Condition) => evaluate(params, { answers: context.answers, today: context.today }),
    },
  }).createMachine({
    // FlowConfig is the JSON subset of XState's config; the guard names and events match setup above
    ...(flow as Omit<FlowConfig, 'states'> & { states: Record<string, object> }),
    context: ({ input }) => input,
    // A loop of `always` transitions would otherwise spin forever inside one XState step: more
    // eventless steps than states means some state was entered twice.
    options: { maxIterations: states + 1 },
  });
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;

// plan() runs on every NEXT and for the progress bar; the machine depends only on the flow.
// Definitions are treated as immutable: a flow object changed after its first plan keeps its old machine.
const machines = new WeakMap<FlowConfig, FlowMachine>();

/**
 * The XState machine of a flow, with the `when` guard evaluating conditions against the
 * context's answers. Created once per flow object and cached.
 *
 * @example
 * const machine = flowMachine(definition.flow);
 * const [snapshot] = initialTransition(machine, { answers, today: '2026-03-10' });
 */
export function flowMachine(flow: FlowConfig): FlowMachine {
  let machine = machines.get(flow);
  if (!machine) {
    machine = createFlowMachine(flow);
    machines.set(flow, machine);
  }
  return machine;
}
