// Fails when generated files differ from what is committed: someone changed the schema or the
// operations without running `pnpm codegen`.
import { execFileSync } from 'node:child_process';

const paths = process.argv.slice(2);
const changes = execFileSync('git', ['status', '--porcelain', '--', ...paths], { encoding: 'utf8' }).trim();
if (changes) {
  console.error(`生成的文件已过期 Generated files are stale; run \`pnpm codegen\` and commit:\n${changes}`);
  process.exit(1);
}
console.log(`generated files up to date: ${paths.join(', ')}`);
