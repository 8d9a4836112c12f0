// fake-indexeddb copies every value it stores and every value it reads with `structuredClone`, which in Node goes
// through V8's serializer: a tenth of the simulation's time. The simulation's databases hold plain data only (the
// saves, timings and talks the writer makes), so those are copied here by hand, and anything else (a Blob, a Date, a
// Map, a function) goes to the real `structuredClone`, which also refuses what cannot be cloned.
const native = globalThis.structuredClone;

function plainClone<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? native(value) : value;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Array.prototype) return (value as unknown[]).map(plainClone) as T;
  if (prototype !== Object.prototype && prototype !== null) return native(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = plainClone((value as Record<string, unknown>)[key]);
  return copy as T;
}

globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) =>
  options === undefined ? plainClone(value) : native(value, options)) as typeof structuredClone;
