// Remembers what a function gave for short strings. A fleet reports a handful of distinct native
// and bundle versions, so parsing each string once takes the parsing off nearly every check.
// Bounded in entries and in key length, so hostile requests cannot grow it.

const MAX_KEY_LENGTH = 64;

export function memoize<T>(compute: (key: string) => T, capacity = 1024): (key: string) => T {
  const remembered = new Map<string, T>();
  return (key) => {
    const known = remembered.get(key);
    if (known !== undefined || remembered.has(key)) return known as T;
    const value = compute(key);
    if (key.length <= MAX_KEY_LENGTH) {
      if (remembered.size >= capacity) remembered.clear();
      remembered.set(key, value);
    }
    return value;
  };
}
