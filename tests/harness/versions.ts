// Whether a build installs on the browser under test: the built manifest's minimum against the browser's own version.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the browser at `path` says it is, e.g. "Mozilla Firefox 140.12.0esr" or "Chromium 156.0.8078.114 built on…". */
export function browserVersion(path: string): { name: string; version: string } {
  const said = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const match = /^(.*?)\s+(\d+(?:\.\d+)*\S*)/.exec(said);
  if (!match) throw new Error(`${path} --version said "${said}", which names no version.`);
  return { name: match[1]!, version: match[2]! };
}

const numbers = (version: string) => (/^\d+(?:\.\d+)*/.exec(version)?.[0] ?? '').split('.').map(Number);

/** True when `version` comes before `minimum` ("140.12.0esr" before "142.0"; "142.0.1" not). */
export function isOlder(version: string, minimum: string): boolean {
  const [have, need] = [numbers(version), numbers(minimum)];
  for (let i = 0; i < Math.max(have.length, need.length); i++) {
    const difference = (have[i] ?? 0) - (need[i] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return false;
}

/** The minimum a built manifest declares for the desktop browser it is for, or undefined where it declares none. */
export function manifestMinimum(extensionDir: string): string | undefined {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  return manifest.minimum_chrome_version ?? manifest.browser_specific_settings?.gecko?.strict_min_version;
}

/** One plain sentence when the build at `extensionDir` would not install in the browser at `path`; undefined when it would. */
export function installProblem(path: string, extensionDir: string): string | undefined {
  const minimum = manifestMinimum(extensionDir);
  const { name, version } = browserVersion(path);
  if (minimum && isOlder(version, minimum))
    return `${name} ${version} (${path}) is older than the build's minimum ${minimum}, so it would refuse to install ${extensionDir}.`;
  return undefined;
}
