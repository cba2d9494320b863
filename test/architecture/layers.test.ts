/**
 * The layers hold (npm run depcheck, also part of npm test), and the check really fails on a back-import:
 * shown on a copy of src/ with one import that breaks a rule.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const copy = mkdtempSync(join(tmpdir(), 'layers-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function depcheck(cwd: string) {
  const bin = join(ROOT, 'node_modules', '.bin', 'depcruise');
  return spawnSync(bin, ['src', '--config', '.dependency-cruiser.cjs'], { cwd, encoding: 'utf8' });
}

function copyTree(): string {
  const dir = mkdtempSync(join(copy, 'tree-'));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  for (const f of ['.dependency-cruiser.cjs', 'tsconfig.json', 'package.json'])
    cpSync(join(ROOT, f), join(dir, f));
  return dir;
}

describe('one-way layers', () => {
  it('hold on the project as it is', () => {
    const r = depcheck(ROOT);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it.each([
    [
      'src/retrieval/probe.ts',
      "import type { AskOptions } from '../answer/types.js';",
      'retrieval',
    ],
    ['src/web/probe.ts', "import type { Clause } from '../corpus/clause.js';", 'web'],
    ['src/integrations/probe.ts', "import { createApp } from '../server/app.js';", 'integrations'],
    [
      'src/shared-state/probe.ts',
      "import type { Turn } from '../answer/types.js';",
      'shared-state',
    ],
    ['src/feedback/probe.ts', "import type { Assistant } from '../answer/types.js';", 'feedback'],
  ])(
    'fail on a back-import (%s)',
    (file, line, layer) => {
      const dir = copyTree();
      writeFileSync(join(dir, file), `${line}\nexport const probe = 1;\n`);
      const r = depcheck(dir);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toContain(`${layer}-imports-only`);
    },
    60_000,
  );

  it('fails on a cycle', () => {
    const dir = copyTree();
    writeFileSync(
      join(dir, 'src/corpus/a-probe.ts'),
      "import { b } from './b-probe.js';\nexport const a = b;\n",
    );
    writeFileSync(
      join(dir, 'src/corpus/b-probe.ts'),
      "import { a } from './a-probe.js';\nexport const b = () => a;\n",
    );
    const r = depcheck(dir);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain('no-circular');
  }, 60_000);
});
