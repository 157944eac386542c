/**
 * Shows a number in a <select> of steps. A value between the steps (a policy may set speed 0.9) gets an
 * option of its own, so what is shown is what is in force, never the nearest step.
 */
export function showNumber(select: HTMLSelectElement, value: number, label: (value: number) => string): void {
  for (const option of Array.from(select.options)) if (option.dataset.between !== undefined) option.remove();
  const options = Array.from(select.options);
  if (!options.some((o) => Number(o.value) === value)) {
    const option = select.ownerDocument.createElement('option');
    option.value = String(value);
    option.textContent = label(value);
    option.dataset.between = '';
    select.insertBefore(option, options.find((o) => Number(o.value) > value) ?? null);
  }
  select.value = String(value);
}

/** The next step up or down from a value that may lie between steps; the end steps stay. */
export function nextStep(steps: readonly number[], value: number, direction: 1 | -1): number {
  const next = direction > 0 ? steps.find((s) => s > value) : [...steps].reverse().find((s) => s < value);
  return next ?? (direction > 0 ? steps[steps.length - 1]! : steps[0]!);
}
