/**
 * A form control with its visible name: `<label class="field" for=…>text control</label>`. The label
 * names the control for screen readers and makes the text a click target for it.
 */
export function labelledField(doc: Document, text: string, control: HTMLElement): HTMLLabelElement {
  const label = doc.createElement('label');
  label.className = 'field';
  label.htmlFor = control.id;
  label.append(text, control);
  return label;
}
