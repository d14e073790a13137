import { describe, expect, it } from 'vitest';
import { flowMachine } from '../../../engine/plan/flowMachine';
import { umzugForm } from '../../fixtures/core/umzugForm';

describe('flowMachine', () => {
  it('builds the machine once per flow, since plan runs on every change', () => {
    const form = umzugForm();
    expect(flowMachine(form.flow)).toBe(flowMachine(form.flow));
    expect(flowMachine(umzugForm().flow)).not.toBe(flowMachine(form.flow));
  });
});
