import type { Messages } from '../i18n';

/**
 * Managed policy (kiosk mode, issue 6) on the options page: the section `#policy` (hidden while there is
 * nothing to say) lists what the organisation set, and each locked setting's control is disabled with a
 * note. Controls are found by their settings key (`data-setting="rate"`, `"voices.sv"`,
 * `"reader.textSize"`); locking "reader" or "voices" locks every control under it.
 */
export function renderPolicyNotes(
  section: HTMLElement,
  notes: readonly string[],
  locked: readonly string[],
  t: Messages,
  /** What the policy sets, in words (see policy-summary.ts). */
  lines: readonly string[] = [],
) {
  const doc = section.ownerDocument;
  section.replaceChildren();
  const noteId = 'policy-locked-note';
  for (const control of Array.from(doc.querySelectorAll<HTMLElement>('[data-setting]'))) {
    const key = control.dataset.setting ?? '';
    const isLocked = locked.some((l) => key === l || key.startsWith(`${l}.`));
    if ('disabled' in control) (control as HTMLSelectElement).disabled = isLocked;
    if (isLocked) control.setAttribute('aria-describedby', noteId);
    else if (control.getAttribute('aria-describedby') === noteId) control.removeAttribute('aria-describedby');
  }
  section.hidden = notes.length === 0 && locked.length === 0 && lines.length === 0;
  if (section.hidden) return;
  const heading = doc.createElement('h2');
  heading.textContent = t.policyHeading;
  section.append(heading);
  for (const line of lines) {
    const p = doc.createElement('p');
    p.textContent = line;
    section.append(p);
  }
  if (notes.length) {
    const intro = doc.createElement('p');
    intro.textContent = t.policyIgnored;
    section.append(intro);
    const list = doc.createElement('ul');
    for (const note of notes) {
      const li = doc.createElement('li');
      li.textContent = note;
      list.append(li);
    }
    section.append(list);
  }
  if (locked.length) {
    const p = doc.createElement('p');
    p.id = noteId;
    p.textContent = t.lockedNote;
    section.append(p);
  }
}
