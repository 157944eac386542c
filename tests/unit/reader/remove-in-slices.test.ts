// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLeaving, removeInSlices } from '../../../src/ui/reader/remove-in-slices';

/** A long text as the reader draws it: parts of many blocks each. */
function longText(parts: number) {
  const body = document.createElement('div');
  body.className = 'body long';
  for (let i = 0; i < parts; i++) {
    const part = Object.assign(document.createElement('div'), { className: 'part' });
    for (let j = 0; j < 40; j++) part.append(Object.assign(document.createElement('p'), { textContent: `${i}.${j}` }));
    body.append(part);
  }
  document.body.append(body);
  return body;
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('removeInSlices', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hides a long text at once and takes it out a slice at a time, then itself', async () => {
    const body = longText(10);
    const gone = removeInSlices(body);
    // Gone from view and from every query for the reader's text at once, but not yet out of the page.
    expect(body.hidden).toBe(true);
    expect(document.querySelector('.body')).toBeNull();
    expect(body.isConnected).toBe(true);
    expect(isLeaving(body)).toBe(true);
    expect(body.textContent).toContain('9.39');
    // Each read of the clock 4 ms on: a slice of 15 ms has room for a few parts, then the page gets a turn.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 4));
    await turn();
    expect(body.isConnected).toBe(true);
    expect(body.textContent).not.toContain('9.39');
    expect(body.textContent).toContain('0.0');
    await gone;
    expect(body.isConnected).toBe(false);
    expect(isLeaving(body)).toBe(false);
  });

  it('leaves a text the caller put out of view as it is, and hides it when asked again', async () => {
    const body = longText(6);
    const gone = removeInSlices(body, false);
    expect(body.hidden).toBe(false);
    expect(body.className).toBe('body long'); // restyling all of it is what the caller avoids
    expect(removeInSlices(body)).toBe(gone);
    expect(body.hidden).toBe(true);
    await gone;
    expect(body.isConnected).toBe(false);
  });

  it('takes a short text out at once', async () => {
    const body = document.createElement('div');
    body.append(document.createElement('p'));
    document.body.append(body);
    await removeInSlices(body);
    expect(body.isConnected).toBe(false);
  });
});
