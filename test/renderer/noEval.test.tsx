// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FormFlow } from '../../renderer/FormFlow';
import { fixtureDefinition } from './support/fixtureDefinition';

afterEach(cleanup);

describe('FormFlow under a strict Content-Security-Policy', () => {
  it('never compiles code at run time: no new Function, no eval while filling a step', () => {
    const definition = fixtureDefinition(); // the fixture's validators are compiled before the check
    const original = globalThis.Function;
    const originalEval = globalThis.eval;
    const calls: string[] = [];
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        calls.push(`new Function(${String(args.at(-1)).slice(0, 60)})`);
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        calls.push(`Function(${String(args.at(-1)).slice(0, 60)})`);
        return Reflect.apply(target, self, args);
      },
    });
    globalThis.eval = (code: string) => {
      calls.push(`eval(${code.slice(0, 60)})`);
      return originalEval(code);
    };
    try {
      render(<FormFlow definition={definition} today="2026-03-10" adapters={{ renderPdf: async () => new Uint8Array() }} />);
      fireEvent.change(screen.getByLabelText('Vorname'), { target: { value: 'Erika' } });
      fireEvent.click(screen.getByLabelText('Ja'));
      fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
      fireEvent.click(screen.getByRole('button', { name: 'Hinzufügen' }));
    } finally {
      globalThis.Function = original;
      globalThis.eval = originalEval;
    }
    // jsdom's selector engine (nwsapi) compiles its "Resolver" functions; browsers do not run it
    expect(calls.filter((call) => !call.includes('function Resolver('))).toEqual([]);
  });
});
