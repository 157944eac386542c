/**
 * `answer` with its last `size` answers kept, by the text asked about (the oldest goes first): Lättläst's
 * rules ask the same question of the same sentence several times in a row. An answer that is an array
 * is shared between callers, who must not change it.
 */
export function remembered<T>(answer: (text: string) => T, size: number): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    if (recent.has(text)) return recent.get(text)!;
    const value = answer(text);
    if (recent.size >= size) recent.delete(recent.keys().next().value!);
    recent.set(text, value);
    return value;
  };
}
