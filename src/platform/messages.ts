import { PAGE_KINDS, type PageKindResult } from '../core/detect/article-page';

/**
 * Messages between the extension's own parts. Only our content scripts and background exchange them;
 * pages cannot send to the extension (no externally_connectable), and every receiver checks the sender.
 */

export type LyssnaMessage =
  /**
   * detector → background: this page has an article; please offer the player. `page` is the detector's
   * verdict (its kind and reason, no page content), passed on so that the player does not classify again.
   */
  | { type: 'lyssna:article-page'; page?: PageKindResult }
  /** light control → background: the user is about to use Lyssna here; load the player. */
  | { type: 'lyssna:load-player' }
  /** background → player: show the control without speaking. */
  | { type: 'lyssna:offer'; page?: PageKindResult }
  /** popup or shortcut → player: start reading, or pause/resume. */
  | { type: 'lyssna:activate' }
  /** popup, context menu or shortcut → player: read the selection. */
  | { type: 'lyssna:read-selection' }
  /**
   * popup or shortcut → player: open Läsläge; in its Lättläst view when `easy` is true, the original when
   * false, and without it the view the policy starts with or the one shown last.
   */
  | { type: 'lyssna:open-reader'; easy?: boolean }
  /** player → background: bring the reader's script into this tab (src/player/reader-code.ts). */
  | { type: 'lyssna:load-reader' }
  /** player → background: this tab started speaking. */
  | { type: 'lyssna:speaking' }
  /** background → player: another tab started speaking; pause. */
  | { type: 'lyssna:pause-for-other' }
  /** player, popup, options → background: a visitor is using Lyssna (kiosk idle reset). */
  | { type: 'lyssna:activity' }
  /** background → player: the kiosk was idle; clear everything of the last visitor. */
  | { type: 'lyssna:reset' };

const TYPES = new Set<string>([
  'lyssna:article-page',
  'lyssna:offer',
  'lyssna:load-player',
  'lyssna:activate',
  'lyssna:read-selection',
  'lyssna:open-reader',
  'lyssna:load-reader',
  'lyssna:speaking',
  'lyssna:pause-for-other',
  'lyssna:activity',
  'lyssna:reset',
]);

export function isLyssnaMessage(value: unknown): value is LyssnaMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, easy, page } = value as { type?: unknown; easy?: unknown; page?: unknown };
  if (type === 'lyssna:open-reader') return easy === undefined || typeof easy === 'boolean';
  if (type === 'lyssna:article-page' || type === 'lyssna:offer') return page === undefined || isPageKind(page);
  return TYPES.has(String(type));
}

function isPageKind(value: unknown): value is PageKindResult {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, reason } = value as { kind?: unknown; reason?: unknown };
  return (PAGE_KINDS as readonly unknown[]).includes(kind) && typeof reason === 'string' && reason.length <= 200;
}

/** True when a message comes from this extension itself, never from a page or another extension. */
export function fromOurselves(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}
