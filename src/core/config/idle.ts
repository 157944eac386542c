/**
 * Idle reset for kiosks. A visitor is "still there" while they touch, type or scroll in a page with
 * Lyssna, use its popup or options, or while Lyssna is reading to them (listening needs no input).
 * Pages report that to the background at most every REPORT_EVERY_MS; the background resets once the
 * set minutes pass with no report. Both halves take their clock and timers from outside, so tests run
 * them on fake timers and the background can put its deadline in a browser alarm (a Chromium service
 * worker sleeps; an alarm wakes it).
 */

export const REPORT_EVERY_MS = 10_000;

export interface Clock {
  now(): number;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (id) => clearInterval(id as ReturnType<typeof setInterval>),
};

/** In a page: turns a stream of input events and speech into a few "still here" reports. */
export class ActivityReporter {
  private last = -Infinity;
  private heartbeat: unknown = null;

  constructor(
    private readonly report: () => void,
    private readonly clock: Clock = realClock,
    private readonly everyMs = REPORT_EVERY_MS,
  ) {}

  /** Any input from the visitor. */
  input(): void {
    const now = this.clock.now();
    if (now - this.last < this.everyMs) return;
    this.last = now;
    this.report();
  }

  /** While speech goes on, the visitor is listening: keep reporting without input. */
  setSpeaking(speaking: boolean): void {
    if (speaking && this.heartbeat === null) {
      this.input();
      this.heartbeat = this.clock.setInterval(() => this.input(), this.everyMs);
    } else if (!speaking && this.heartbeat !== null) {
      this.clock.clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  destroy(): void {
    this.setSpeaking(false);
  }
}

/** Where the deadline lives: a timer in tests, a browser alarm in the extension. */
export interface Deadline {
  set(at: number): void;
  clear(): void;
}

/** In the background: one deadline, moved on by each report; reaching it resets the kiosk. */
export class IdleWatch {
  private minutes = 0;

  constructor(
    private readonly deadline: Deadline,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * 0 turns the reset off (not a kiosk, or staff chose never). Otherwise the next report arms it: a
   * kiosk nobody has touched has nothing to reset, and a background that wakes up (a Chromium service
   * worker does, often) must not move a deadline that is already set.
   */
  setMinutes(minutes: number): void {
    this.minutes = minutes;
    if (minutes <= 0) this.deadline.clear();
  }

  activity(): void {
    if (this.minutes > 0) this.deadline.set(this.now() + this.minutes * 60_000);
  }
}
