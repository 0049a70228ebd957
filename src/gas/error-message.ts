/** Duck-typed: errors from another realm (Apps Script services, test fakes) fail instanceof Error. */
export function errorMessage(e: unknown): string {
  const message = e !== null && typeof e === 'object' ? (e as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(e);
}
