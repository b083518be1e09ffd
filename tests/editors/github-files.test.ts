/**
 * The files GitHub reads: the workflows are valid YAML, safe for forks, pinned, and run the
 * same npm scripts as .ci/run; the pull-request template and the issue forms are bilingual and
 * offer exactly the files and values the schema knows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { fieldInfo, tableNames, tables, BOUNDARIES_FILE } from '../../src/data/schema/index';

const ROOT = resolve(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  'runs-on': string;
  container?: string | { image: string };
  permissions?: Record<string, string>;
  steps?: Step[];
  needs?: string[];
  if?: string;
  env?: Record<string, string>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

function yamlFile<T>(path: string): T {
  const document = parseDocument(read(path), { strict: true, uniqueKeys: true, prettyErrors: true });
  expect(document.errors.map(String), path).toEqual([]);
  expect(document.warnings.map(String), path).toEqual([]);
  return document.toJS() as T;
}

const WORKFLOWS_DIR = '.github/workflows';
const workflowFiles = readdirSync(join(ROOT, WORKFLOWS_DIR)).filter((f) => /\.ya?ml$/.test(f));
const workflows = Object.fromEntries(workflowFiles.map((f) => [f, yamlFile<Workflow>(`${WORKFLOWS_DIR}/${f}`)]));
const byTrigger = (trigger: string) => Object.entries(workflows).filter(([, w]) => trigger in w.on);

/** The npm commands a shell script runs: "ci", "test", or a script name for `npm run <name>`. */
export function npmCommands(script: string): string[] {
  const commands: string[] = [];
  for (const line of script.split('\n')) {
    const code = line.replace(/(^|\s)#.*$/, '');
    for (const match of code.matchAll(/\bnpm((?:\s+[^\s;&|>]+)+)/g)) {
      const words = match[1]!
        .trim()
        .split(/\s+/)
        .filter((w) => !w.startsWith('-'));
      const [command, name] = words;
      if (!command) continue;
      commands.push(command === 'run' || command === 'run-script' ? name! : command);
    }
  }
  return commands;
}

const CI_SCRIPT = '.ci/run';
const ciCommands = npmCommands(read(CI_SCRIPT));

/** npm commands a job runs, counting those of .ci/run when a step runs it. */
function jobCommands(job: Job): string[] {
  return (job.steps ?? []).flatMap((step) => {
    if (!step.run) return [];
    return [...npmCommands(step.run), ...(step.run.includes(CI_SCRIPT) ? ciCommands : [])];
  });
}

const runs = (job: Job) => (job.steps ?? []).map((s) => s.run ?? '').join('\n');

describe('workflows', () => {
  it('exist, parse as YAML, and have a bilingual name', () => {
    expect(workflowFiles.length).toBeGreaterThanOrEqual(2);
    for (const [file, workflow] of Object.entries(workflows)) expect(workflow.name, file).toMatch(/ \/ /);
  });

  it('pin every action to a major version or a commit', () => {
    for (const [file, workflow] of Object.entries(workflows)) {
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps ?? [])
          if (step.uses) expect(step.uses, file).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
      }
    }
  });

  it('name only npm scripts that package.json has', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    const builtins = ['ci', 'install', 'test'];
    for (const [file, workflow] of Object.entries(workflows)) {
      for (const job of Object.values(workflow.jobs)) {
        for (const command of jobCommands(job)) expect([...builtins, ...scripts], `${file}: npm ${command}`).toContain(command);
      }
    }
    expect(existsSync(join(ROOT, CI_SCRIPT))).toBe(true);
    expect(ciCommands.length).toBeGreaterThan(0);
  });

  describe('on pull requests', () => {
    const [[file, workflow]] = byTrigger('pull_request') as [[string, Workflow]];

    it('runs for forks with read-only permissions and no secrets', () => {
      expect(file).toBeDefined();
      expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
      expect(workflow.permissions).toEqual({ contents: 'read' });
      for (const job of Object.values(workflow.jobs)) expect(job.permissions ?? {}).toEqual({});
      expect(read(`${WORKFLOWS_DIR}/${file}`)).not.toMatch(/secrets\./);
    });

    it('installs, validates with line annotations, writes the data diff into the job summary, builds, and tests', () => {
      const jobs = Object.values(workflow.jobs);
      const job = jobs.find((j) => runs(j).includes('--format github'))!;
      expect(job, 'a job validates with --format github').toBeDefined();
      const steps = job.steps!;
      const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['fetch-depth'], 'the diff needs the base commit').toBe(0);

      const indexOf = (predicate: (s: Step) => boolean) => steps.findIndex(predicate);
      const install = indexOf((s) => npmCommands(s.run ?? '').includes('ci'));
      const validate = indexOf((s) => npmCommands(s.run ?? '').includes('validate') && /--format github/.test(s.run ?? ''));
      const diff = indexOf((s) => npmCommands(s.run ?? '').includes('data:diff'));
      const build = indexOf((s) => npmCommands(s.run ?? '').includes('build'));
      const test = indexOf((s) => jobCommands({ 'runs-on': '', steps: [s] }).includes('test'));
      expect(
        [install, validate, diff, build, test].every((i) => i >= 0),
        'every stage is present',
      ).toBe(true);
      expect(install).toBeLessThan(validate);
      expect(validate).toBeLessThan(build);
      expect(build).toBeLessThan(test);

      const diffStep = steps[diff]!;
      expect(diffStep.run).toMatch(/--format markdown/);
      expect(diffStep.run).toMatch(/>>\s*"?\$GITHUB_STEP_SUMMARY"?/);
      // Against the pull request's base, passed through the environment rather than pasted into the script.
      expect(Object.values(diffStep.env ?? {})).toContain('${{ github.event.pull_request.base.sha }}');
      expect(diffStep.run).not.toMatch(/\$\{\{/);
      // The diff is written even when validation fails, so a maintainer sees what the PR does.
      expect(diffStep.if).toMatch(/!cancelled\(\)|always\(\)/);
    });

    it('calls the same npm scripts that .ci/run uses', () => {
      const commands = Object.values(workflow.jobs).flatMap(jobCommands);
      for (const command of ciCommands) expect(commands, `npm ${command} from ${CI_SCRIPT}`).toContain(command);
    });
  });

  describe('on main', () => {
    const [[file, workflow]] = byTrigger('push') as [[string, Workflow]];

    it('runs on pushes to main', () => {
      expect(file).toBeDefined();
      expect((workflow.on.push as { branches: string[] }).branches).toContain('main');
    });

    it('tests with the same npm scripts as .ci/run, builds for the Pages address, and deploys with deploy-pages', () => {
      const jobs = Object.entries(workflow.jobs);
      const commands = jobs.flatMap(([, job]) => jobCommands(job));
      for (const command of ciCommands) expect(commands, `npm ${command} from ${CI_SCRIPT}`).toContain(command);

      const [buildName, build] = jobs.find(([, job]) => job.steps?.some((s) => s.uses?.startsWith('actions/upload-pages-artifact@')))!;
      const pages = build.steps!.find((s) => s.uses?.startsWith('actions/configure-pages@'))!;
      expect(pages?.id, 'configure-pages gives the site URL and base path').toBeDefined();
      const buildStep = build.steps!.find((s) => npmCommands(s.run ?? '').includes('build'))!;
      expect(buildStep.env?.SITE_URL).toContain(`steps.${pages.id}.outputs.`);
      expect(buildStep.env?.BASE_PATH).toContain(`steps.${pages.id}.outputs.base_path`);
      expect(buildStep.env?.REPO_URL).toContain('github.repository');
      const upload = build.steps!.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!;
      // Astro's output folder when OUT_DIR is not set (astro.config.mjs).
      expect(read('astro.config.mjs')).toContain(`process.env.OUT_DIR ?? '${upload.with?.path}'`);

      const [, deploy] = jobs.find(([, job]) => job.steps?.some((s) => s.uses?.startsWith('actions/deploy-pages@')))!;
      expect(deploy.needs).toContain(buildName);
      expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
      // A manual run from another branch must not publish that branch.
      expect(deploy.if).toBe("github.ref == 'refs/heads/main'");
      expect(workflow.permissions).toEqual({ contents: 'read' });
    });
  });
});

describe('pull-request template', () => {
  const template = read('.github/PULL_REQUEST_TEMPLATE.md');
  const items = template.split('\n').filter((line) => line.startsWith('- [ ] '));

  it('has a checklist for the source, the dates, the unknowns and personal data, in both languages', () => {
    expect(items.length).toBeGreaterThanOrEqual(4);
    const expectItem = (id: RegExp, en: RegExp) =>
      expect(
        items.some((i) => id.test(i) && en.test(i)),
        `${id} / ${en}`,
      ).toBe(true);
    expectItem(/Sumber ditambahkan/, /Source added/);
    expectItem(/Tanggal diperiksa/, /Dates checked/);
    expectItem(/tidak diketahui/, /Unknowns/);
    expectItem(/data pribadi/, /personal data/);
    for (const item of items) expect(item, 'each item in Indonesian · English').toContain(' · ');
    // The files it names exist.
    for (const [, file] of template.matchAll(/`(data\/[\w.-]+)`/g)) expect(existsSync(join(ROOT, file!)), file).toBe(true);
  });
});

describe('issue forms', () => {
  interface FormItem {
    type: string;
    id?: string;
    attributes: { label?: string; options?: (string | { label: string })[]; value?: string };
  }
  interface Form {
    name: string;
    description: string;
    body: FormItem[];
  }
  const FORMS_DIR = '.github/ISSUE_TEMPLATE';
  const forms = readdirSync(join(ROOT, FORMS_DIR))
    .filter((f) => /\.ya?ml$/.test(f) && f !== 'config.yml')
    .map((f) => [f, yamlFile<Form>(`${FORMS_DIR}/${f}`)] as const);
  const form = (name: RegExp) => forms.find(([, f]) => name.test(f.name))![1];
  const options = (f: Form, id: string) => (f.body.find((item) => item.id === id)!.attributes.options ?? []).map(String);
  const labelled = (values: Record<string, { id: string; en: string }>) =>
    Object.entries(values).map(([value, label]) => `${value} — ${label.id === label.en ? label.id : `${label.id} / ${label.en}`}`);

  it('are well formed and bilingual', () => {
    expect(forms.length).toBeGreaterThanOrEqual(2);
    for (const [file, f] of forms) {
      expect(f.name, file).toMatch(/ \/ /);
      expect(f.description, file).toMatch(/ \/ /);
      const fields = f.body.filter((item) => item.type !== 'markdown');
      expect(new Set(fields.map((item) => item.id)).size, `${file}: unique ids`).toBe(fields.length);
      for (const item of fields) expect(item.attributes.label, `${file}: ${item.id}`).toMatch(/ \/ /);
    }
  });

  it('"report a data error" offers every data file of the schema', () => {
    const files = options(form(/kesalahan data/), 'file');
    const dataFiles = files.filter((f) => f.startsWith('data/'));
    expect(dataFiles.sort()).toEqual([...tableNames.map((name) => `data/${name}.csv`), `data/${BOUNDARIES_FILE}`].sort());
    for (const f of dataFiles) expect(existsSync(join(ROOT, f)), f).toBe(true);
  });

  it('"suggest a source" offers the languages and kinds of sources.csv, with their labels', () => {
    const f = form(/sumber/i);
    expect(options(f, 'language')).toEqual(labelled(fieldInfo(tables.sources.fields.language).values!));
    expect(options(f, 'kind')).toEqual(labelled(fieldInfo(tables.sources.fields.kind).values!));
  });

  it('config.yml links to the contributing guide of the configured repository', async () => {
    const config = yamlFile<{ blank_issues_enabled: boolean; contact_links: { url: string }[] }>(`${FORMS_DIR}/config.yml`);
    expect(typeof config.blank_issues_enabled).toBe('boolean');
    // The default repository of src/config/site.ts, whatever REPO_URL this test runs with.
    vi.resetModules();
    const saved = { url: process.env.REPO_URL, branch: process.env.REPO_BRANCH };
    delete process.env.REPO_URL;
    delete process.env.REPO_BRANCH;
    try {
      const { repositoryFileUrl } = await import('../../src/config/site');
      expect(config.contact_links.map((l) => l.url)).toContain(repositoryFileUrl('CONTRIBUTING.md'));
    } finally {
      if (saved.url !== undefined) process.env.REPO_URL = saved.url;
      if (saved.branch !== undefined) process.env.REPO_BRANCH = saved.branch;
      vi.resetModules();
    }
    expect(existsSync(join(ROOT, 'CONTRIBUTING.md'))).toBe(true);
  });
});
