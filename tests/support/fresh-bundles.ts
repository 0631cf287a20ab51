import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The web apps the server serves from their dist/ and the browser tests drive. */
export const webApps = ['kiosk-app', 'display-app', 'staff-app', 'citizen-web', 'city-web'];

export type StaleBundle = {
  app: string;
  /** Why, in one sentence, with the command that fixes it. */
  problem: string;
}

type Workspace = {
  directory: string;
  name: string;
  dependencies: string[];
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function workspaces(root: string): Map<string, Workspace> {
  const byName = new Map<string, Workspace>();
  for (const directory of (readJson(path.join(root, 'package.json')).workspaces as string[] | undefined) ?? []) {
    const file = path.join(root, directory, 'package.json');
    if (!existsSync(file)) continue;
    const json = readJson(file);
    const dependencies = Object.keys({ ...(json.dependencies as object | undefined), ...(json.devDependencies as object | undefined) });
    byName.set(json.name as string, { directory, name: json.name as string, dependencies });
  }
  return byName;
}

/** Every file under `directory`, skipping build output and installed packages. */
function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.split(path.sep).some((part) => part === 'node_modules' || part === 'dist'));
}

/** What goes into an app's bundle: its own sources and page, not its tests or notes. */
function bundleInputs(root: string, workspace: Workspace, isApp: boolean): string[] {
  const directory = path.join(root, workspace.directory);
  const own = isApp ? ['index.html', ...readdirSync(directory).filter((name) => /^vite(\..+)?\.config\.ts$/.test(name))] : [];
  return [...filesUnder(path.join(directory, 'src')), ...own.map((name) => path.join(directory, name)).filter(existsSync)].filter(
    (file) => !/\.test\.tsx?$|\.md$/.test(file),
  );
}

/** The workspace packages an app's bundle draws on: its declared ones and those its sources import, transitively. */
function packagesOf(app: Workspace, all: Map<string, Workspace>, root: string): Workspace[] {
  const seen = new Map<string, Workspace>();
  const visit = (workspace: Workspace) => {
    const imported = bundleInputs(root, workspace, false).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/['"](@dintur\/[\w-]+)/g)].map((match) => match[1]!));
    for (const name of new Set([...workspace.dependencies, ...imported])) {
      const dependency = all.get(name);
      if (!dependency || seen.has(name) || name === app.name) continue;
      seen.set(name, dependency);
      visit(dependency);
    }
  };
  visit(app);
  return [...seen.values()];
}

/**
 * The apps whose dist/ is missing or older than a source that goes into it (the app's own, or a
 * workspace package it imports such as @dintur/shared). A bundle's age is that of its oldest file,
 * the first one the build wrote.
 */
export function staleBundles(root: string, apps: string[] = webApps): StaleBundle[] {
  const all = workspaces(root);
  const stale: StaleBundle[] = [];
  for (const appDirectory of apps) {
    const app = [...all.values()].find((workspace) => workspace.directory === appDirectory);
    if (!app) throw new Error(`${appDirectory} is not a workspace of ${root}`);
    const rebuild = `run \`npm run build -w ${app.name}\``;
    const built = distFiles(root, appDirectory);
    if (built.length === 0) {
      stale.push({ app: appDirectory, problem: `${appDirectory} is not built (no ${appDirectory}/dist): ${rebuild}` });
      continue;
    }
    const bundleTime = Math.min(...built.map((file) => statSync(file).mtimeMs));
    const inputs = [app, ...packagesOf(app, all, root)].flatMap((workspace) => bundleInputs(root, workspace, workspace === app));
    const newer = inputs.filter((file) => statSync(file).mtimeMs > bundleTime);
    if (newer.length > 0) {
      const named = newer.slice(0, 3).map((file) => path.relative(root, file)).join(', ');
      const more = newer.length > 3 ? ` and ${newer.length - 3} more` : '';
      stale.push({ app: appDirectory, problem: `${appDirectory}/dist is older than ${named}${more}: ${rebuild}` });
    }
  }
  return stale;
}

function distFiles(root: string, appDirectory: string): string[] {
  const dist = path.join(root, appDirectory, 'dist');
  if (!existsSync(dist)) return [];
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}
