/**
 * Registers a custom element once. A second bundle (or a second copy of the library) on the same
 * page finds the tag taken and leaves it alone instead of throwing.
 * @internal
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  if (!registry.get(tag)) registry.define(tag, ctor);
}

/** Class decorator form of {@link define} (replaces Lit's `@customElement`, which throws on redefinition). */
export function hccElement(tag: string) {
  return (ctor: CustomElementConstructor): void => define(tag, ctor);
}
