import { describe, expect, it } from 'vitest';
import type { FlowConfig } from '../../../engine/definition/types';
import { flowOrder } from '../../../engine/paths/flowOrder';
import { umzugForm } from '../../fixtures/core/umzugForm';

describe('flowOrder', () => {
  it('puts the steps of a branch before the step where the branches meet', () => {
    expect(flowOrder(umzugForm())).toEqual(['person', 'auswahl', 'umzug', 'haushalt', 'erklaerung', 'nachweise', 'zusammenfassung']);
  });

  it('follows the transitions, not the file order, and appends unreachable states', () => {
    const flow: FlowConfig = {
      id: 'x',
      initial: 'a',
      states: {
        ende: { type: 'final' },
        waise: { on: { NEXT: 'ende' } },
        b: { on: { NEXT: 'ende' } },
        a: { on: { NEXT: [{ target: 'ende', guard: { type: 'when', params: { type: 'answered', path: '/a/x' } } }, { target: 'b' }] } },
      },
    };
    expect(flowOrder({ flow })).toEqual(['a', 'b', 'ende', 'waise']);
  });
});
