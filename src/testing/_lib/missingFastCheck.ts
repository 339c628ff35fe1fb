/**
 * The error `crm-rules/testing` throws when the optional peer fast-check cannot be loaded: it
 * names the package and the command that installs it, and keeps Node's error as `cause` (and its
 * `code`, `MODULE_NOT_FOUND` or `ERR_MODULE_NOT_FOUND`, for code that checks it). Any other
 * failure is returned unchanged.
 */
export function missingFastCheck(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const notFound =
    (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') &&
    String((error as { message?: unknown }).message).includes('fast-check');
  if (!notFound) return error;
  return Object.assign(
    new Error(
      "crm-rules/testing needs fast-check, an optional peer dependency that is not installed. Install it beside crm-rules: 'npm i -D fast-check' (version ^3.15.0 || ^4.0.0).",
      { cause: error },
    ),
    { code },
  );
}
