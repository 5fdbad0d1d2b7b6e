/** Options objects: a frozen DEFAULT_X, and a Partial<X> from the caller where `undefined` means "the default". */
export function withDefaults<T extends object>(defaults: T, options: Partial<T> = {}): T {
  const result = { ...defaults };
  for (const key of Object.keys(options) as (keyof T)[]) {
    const value = options[key];
    if (value !== undefined) result[key] = value as T[keyof T];
  }
  return result;
}
