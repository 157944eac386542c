import { describe, expect, it } from 'vitest';
import { nextStep, showNumber } from '../../src/ui/number-select';
import { pageFrom } from './helpers/dom';

function select(steps: number[]) {
  const { doc } = pageFrom('<!doctype html><select></select>', 'chrome-extension://x/options.html');
  const el = doc.querySelector('select')!;
  for (const s of steps) {
    const o = doc.createElement('option');
    o.value = String(s);
    o.textContent = `${s}×`;
    el.append(o);
  }
  return el;
}

describe('a number shown in a select of steps', () => {
  it('shows a step as it is', () => {
    const el = select([0.5, 1, 1.5]);
    showNumber(el, 1.5, (v) => `${v}×`);
    expect(el.value).toBe('1.5');
    expect(el.options).toHaveLength(3);
  });

  it('shows a value between steps as itself, in order, never the nearest step, and only one at a time', () => {
    const el = select([0.5, 1, 1.5]);
    showNumber(el, 0.9, (v) => `${v}×`);
    expect(el.value).toBe('0.9');
    expect(Array.from(el.options, (o) => o.textContent)).toEqual(['0.5×', '0.9×', '1×', '1.5×']);
    showNumber(el, 1.2, (v) => `${v}×`);
    expect(Array.from(el.options, (o) => o.value)).toEqual(['0.5', '1', '1.2', '1.5']);
    showNumber(el, 1, (v) => `${v}×`);
    expect(el.options).toHaveLength(3);
  });

  it('steps up and down from a value between steps, and stays at the ends', () => {
    expect(nextStep([0.5, 1, 1.5], 0.9, 1)).toBe(1);
    expect(nextStep([0.5, 1, 1.5], 0.9, -1)).toBe(0.5);
    expect(nextStep([0.5, 1, 1.5], 1.5, 1)).toBe(1.5);
    expect(nextStep([0.5, 1, 1.5], 0.5, -1)).toBe(0.5);
  });
});
