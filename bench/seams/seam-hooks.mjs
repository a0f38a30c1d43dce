// Module resolution hooks (node:module register). Plain JavaScript: hooks run on the loader's own
// thread, where they must load before any TypeScript support is in place.
//
// The handler imports its MIME reader, PDF field reader and validator directly, so there is no
// port to wrap: these hooks hand every importer a timed wrapper instead, except the wrapper itself.
const SEAMS = [
  ['/functions/mime/read-inbound-message.ts', 'timed-read-inbound-message.ts'],
  ['/forms/read-pdf-fields.ts', 'timed-read-pdf-fields.ts'],
  ['/forms/validate-form.ts', 'timed-validate-form.ts'],
];

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (!resolved.url.startsWith('file:')) return resolved;
  const path = new URL(resolved.url).pathname;
  for (const [original, wrapper] of SEAMS) {
    const wrapperUrl = new URL(wrapper, import.meta.url).href;
    if (path.endsWith(original) && context.parentURL !== wrapperUrl) return { ...resolved, url: wrapperUrl };
  }
  return resolved;
}
