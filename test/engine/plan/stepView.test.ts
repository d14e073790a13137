import { describe, expect, it } from 'vitest';
import type { FlowConfig } from '../../../engine/definition/types';
import { stepView } from '../../../engine/plan/stepView';
import { umzugForm } from '../../fixtures/core/umzugForm';

describe('stepView', () => {
  const flow = umzugForm().flow;

  it('reads meta.view of a flow state', () => {
    expect(stepView(flow, 'nachweise')).toBe('evidence');
    expect(stepView(flow, 'zusammenfassung')).toBe('summary');
    expect(stepView(flow, 'erklaerung')).toBe('declaration');
  });

  it('is undefined for ordinary steps and unknown ids', () => {
    expect(stepView(flow, 'person')).toBeUndefined();
    expect(stepView(flow, 'constructor')).toBeUndefined();
  });

  it('throws on a view it does not know', () => {
    const bad = { id: 'f', initial: 'a', states: { a: { meta: { view: 'upload' } } } } as unknown as FlowConfig;
    expect(() => stepView(bad, 'a')).toThrow(
      'flow.json#/states/a/meta/view: unknown view "upload"; known: evidence, summary, declaration',
    );
  });
});
