/** Types for scripts/bundle-layout.mjs (rollup's config imports the .mjs; the test imports it through these). */
export function compactLayout(code: string, options?: { keepFirstComment?: boolean }): string;
