import type { PageKindResult } from '../core/detect/article-page';
import type { ControlAction } from '../ui/control';
import type { SettingsState } from './settings-store';
import { sharedWorld } from './shared-world';

/**
 * How the light control (entrypoints/offer.content.ts) hands over to the player when that loads, in
 * the world our content scripts share on a page (shared-world.ts).
 */

/** What the user did on the light control before the player was there, to be done again by the player. */
export type Deferred = { action: ControlAction } | { rate: number } | { volume: number };

export interface Handover {
  /** The settings and policy the light control shows (saves the player reading them again). */
  state: SettingsState;
  /** The detector's verdict, when it gave one. */
  page?: PageKindResult;
  /** Presses and changes, in order. */
  pending: Deferred[];
  /**
   * Ends the light control: its listeners and timers stop, and its elements are left as they are for
   * the player's control to adopt (PageControl's `adopt`), so nothing on the page moves or loses focus.
   */
  end(): { host: HTMLElement; root: ShadowRoot };
}

const HANDOVER = Symbol.for('lyssna.handover');
const PLAYER = Symbol.for('lyssna.player');
const VERDICT = Symbol.for('lyssna.verdict');

const shared = sharedWorld;

export function putHandover(handover: Handover): void {
  shared()[HANDOVER] = handover;
}

/** The light control's handover, once: whoever takes it owns it. */
export function takeHandover(): Handover | null {
  const handover = (shared()[HANDOVER] as Handover | undefined) ?? null;
  delete shared()[HANDOVER];
  return handover;
}

export function hasHandover(): boolean {
  return HANDOVER in shared();
}

export function markPlayerLoaded(): void {
  shared()[PLAYER] = true;
}

export function playerLoaded(): boolean {
  return shared()[PLAYER] === true;
}

/** The detector leaves its verdict here for the light control (no page content; see detector.content.ts). */
export function putVerdict(page: PageKindResult): void {
  shared()[VERDICT] = page;
}

export function verdict(): PageKindResult | undefined {
  return shared()[VERDICT] as PageKindResult | undefined;
}
