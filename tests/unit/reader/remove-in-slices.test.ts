// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { removeInSlices } from '../../../src/ui/reader/remove-in-slices';

describe('removeInSlices', () => {
  it('hides a long text at once and takes it out a few parts per turn, then itself', async () => {
    const body = document.createElement('div');
    body.className = 'body long';
    for (let i = 0; i < 10; i++) body.append(Object.assign(document.createElement('div'), { className: 'part' }));
    document.body.append(body);
    removeInSlices(body);
    // Gone from view and from every query for the reader's text at once, but not yet out of the page.
    expect(body.hidden).toBe(true);
    expect(document.querySelector('.body')).toBeNull();
    expect(body.isConnected).toBe(true);
    expect(body.childElementCount).toBe(10);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(body.childElementCount).toBe(6);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(body.isConnected).toBe(false);
  });

  it('takes a short text out at once', () => {
    const body = document.createElement('div');
    body.append(document.createElement('p'));
    document.body.append(body);
    removeInSlices(body);
    expect(body.isConnected).toBe(false);
  });
});
