/**
 * Remembering a pure function's answers for arguments that recur across articles (names, places,
 * tokens, language codes). Bounded: past `size` answers it starts over, so arbitrary input cannot
 * grow it. Callers treat remembered objects as read-only.
 */
export function memoize<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
  options: { size: number; key?: (...args: A) => string },
): (...args: A) => R {
  const answers = new Map<string, R>();
  const keyOf = options.key ?? ((...args: A) => String(args[0]));
  return (...args: A): R => {
    const key = keyOf(...args);
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as R;
    const answer = fn(...args);
    if (answers.size >= options.size) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
