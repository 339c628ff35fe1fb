import { execFileSync } from 'node:child_process';

/**
 * The Chromium binary for the browser tests (`.ci/chromium path`: `$CHROMIUM`, `chromium`,
 * `chromium-browser` or `google-chrome` on the PATH), or `undefined` when there is none.
 */
export function chromiumPath(): string | undefined {
  try {
    return execFileSync('bash', ['.ci/chromium', 'path'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs headless Chromium on a file URL: a screenshot to `png`, and a network log to `netLog`
 * (every request made, JSON). No sandbox (CI runs as root), no GPU, a fixed window, and none of
 * the browser's own background requests.
 */
export function screenshot(
  chromium: string,
  url: string,
  files: { readonly png: string; readonly netLog: string; readonly profile: string },
): void {
  const { png, netLog, profile } = files;
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--hide-scrollbars',
      '--no-first-run',
      '--no-default-browser-check',
      // Chromium's own traffic (updates, translate, sync, accounts), so that the net log holds only
      // what the page asked for.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--disable-extensions',
      '--disable-breakpad',
      '--metrics-recording-only',
      '--password-store=basic',
      '--use-mock-keychain',
      '--disable-features=Translate,OptimizationHints,MediaRouter,SpellCheck,AutofillServerCommunication,NetworkTimeServiceQuerying,AccountConsistency',
      '--no-pings',
      '--force-color-profile=srgb',
      `--user-data-dir=${profile}`,
      '--window-size=1000,2400',
      `--log-net-log=${netLog}`,
      `--screenshot=${png}`,
      url,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
}
