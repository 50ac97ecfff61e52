// dependency-cruiser over the sources of a tree (the repository, or a test's fixture) with the import rules;
// each violation as one line naming the rule, the importer and what it imports (or the circle).
import { cruise, type IViolation } from 'dependency-cruiser';
import { importRules } from './importRules.js';

export interface ImportCheck {
  /** `rule: from -> to` (a circle: `rule: a -> b -> a`), sorted. */
  violations: string[];
  /** The known violations that no longer occur: delete them from the baseline. */
  gone: string[];
}

/** `rule: from -> to`: how a violation is known (dependency-cruiser's baseline keeps no circle). */
const keyOf = (violation: Pick<IViolation, 'rule' | 'from' | 'to'>) => `${violation.rule.name}: ${violation.from} -> ${violation.to}`;

/** `rule: from -> to`, a circle as `rule: a -> b -> a`. */
const describe = (violation: IViolation) =>
  violation.cycle?.length ? `${violation.rule.name}: ${[violation.from, ...violation.cycle.map((step) => step.name)].join(' -> ')}` : keyOf(violation);

/** Cruises `dirs` (relative to `baseDir`), leaving out the `known` violations (a dependency-cruiser baseline) but reporting those no longer found. */
export async function checkImports(baseDir: string, dirs: string[], known: IViolation[] = []): Promise<ImportCheck> {
  const result = await cruise(dirs, {
    baseDir,
    validate: true,
    ruleSet: { forbidden: importRules() },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|generated)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { conditionNames: ['import', 'require', 'node', 'default'], exportsFields: ['exports'] },
  });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser answered text, not a cruise result');
  const found = result.output.summary.violations;
  const foundKeys = new Set(found.map(keyOf));
  const knownKeys = new Set(known.map(keyOf));
  return {
    violations: [...new Set(found.filter((violation) => !knownKeys.has(keyOf(violation))).map(describe))].sort(),
    gone: [...knownKeys].filter((key) => !foundKeys.has(key)).sort(),
  };
}
