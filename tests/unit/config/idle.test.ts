import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActivityReporter, IdleWatch, realClock, type Deadline } from '../../../src/core/config/idle';

const MINUTE = 60_000;

/** A kiosk on fake timers: pages report through a reporter, the background watches with a timer. */
function kiosk(minutes: number) {
  let resets = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const deadline: Deadline = {
    set(at) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        resets++;
      }, at - Date.now());
    },
    clear() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
  const watch = new IdleWatch(deadline);
  watch.setMinutes(minutes);
  const page = new ActivityReporter(() => watch.activity(), realClock);
  page.input(); // a visitor arrives
  return { watch, page, resets: () => resets };
}

describe('idle reset', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resets once after the set minutes without use, and not again until someone comes', () => {
    const k = kiosk(3);
    vi.advanceTimersByTime(3 * MINUTE - 1);
    expect(k.resets()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(k.resets()).toBe(1);
    vi.advanceTimersByTime(30 * MINUTE);
    expect(k.resets()).toBe(1);
    k.watch.setMinutes(3); // the background woke up again: no new deadline without a visitor
    vi.advanceTimersByTime(30 * MINUTE);
    expect(k.resets()).toBe(1);
    k.page.input();
    vi.advanceTimersByTime(3 * MINUTE);
    expect(k.resets()).toBe(2);
  });

  it('waits while a visitor keeps using the page', () => {
    const k = kiosk(3);
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(MINUTE);
      k.page.input();
    }
    expect(k.resets()).toBe(0);
    vi.advanceTimersByTime(3 * MINUTE);
    expect(k.resets()).toBe(1);
  });

  it('never resets while Lyssna is reading aloud, even with no input at all', () => {
    const k = kiosk(2);
    k.page.setSpeaking(true);
    vi.advanceTimersByTime(15 * MINUTE);
    expect(k.resets()).toBe(0);
    k.page.setSpeaking(false);
    vi.advanceTimersByTime(2 * MINUTE);
    expect(k.resets()).toBe(1);
  });

  it('is off at 0 minutes, and turning it off cancels a pending reset', () => {
    const off = kiosk(0);
    vi.advanceTimersByTime(10_000);
    off.page.input();
    vi.advanceTimersByTime(60 * MINUTE);
    expect(off.resets()).toBe(0);
    const k = kiosk(3);
    vi.advanceTimersByTime(2 * MINUTE);
    k.watch.setMinutes(0);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(k.resets()).toBe(0);
  });

  it('sends a page’s burst of input as one report', () => {
    let reports = 0;
    const page = new ActivityReporter(() => reports++, realClock);
    for (let i = 0; i < 100; i++) {
      page.input();
      vi.advanceTimersByTime(50);
    }
    expect(reports).toBe(1);
    vi.advanceTimersByTime(10_000);
    page.input();
    expect(reports).toBe(2);
  });
});
