/**
 * The control and the reader live in closed shadow roots: a page's own script sees only the host element,
 * never the reader's text, our buttons or our status (host.shadowRoot is null to it). Our code keeps
 * each root here instead.
 */
import { sharedWorld } from '../platform/shared-world';

// One map for all our scripts on a page: the player and the reader's script each bundle this module.
const ROOTS = Symbol.for('lyssna.shadow-roots');
const roots = (sharedWorld()[ROOTS] ??= new WeakMap<Element, ShadowRoot>()) as WeakMap<Element, ShadowRoot>;

export function attachClosedShadow(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  return root;
}

/** The shadow root of one of our hosts (closed), or an open one of anyone else's. */
export function shadowOf(element: Element | null | undefined): ShadowRoot | null {
  if (!element) return null;
  return roots.get(element) ?? element.shadowRoot;
}

/** Keeps a closed root another script of ours attached (and handed over), so that shadowOf finds it. */
export function rememberShadow(host: HTMLElement, root: ShadowRoot): ShadowRoot {
  roots.set(host, root);
  return root;
}
