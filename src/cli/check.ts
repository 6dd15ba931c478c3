// `positions check [--corpus DIR] [--json]`: what each posting file yields, and why a file
// was skipped. Exit 0 when the folder loads (even with skipped files).
import { CorpusError, loadCorpus } from '../corpus/load-corpus.ts';
import type { Posting } from '../corpus/posting.ts';
import type { CliIo } from './io.ts';

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  let dir: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--corpus') {
      dir = args[++i];
      if (!dir) {
        io.err('positions check: --corpus needs a folder\n');
        return 2;
      }
    } else if (a?.startsWith('--corpus=')) dir = a.slice('--corpus='.length);
    else {
      io.err(`positions check: unknown option '${a}' (usage: positions check [--corpus DIR] [--json])\n`);
      return 2;
    }
  }
  dir ??= io.env.POSITIONS_CORPUS || 'seeds';
  let corpus: Awaited<ReturnType<typeof loadCorpus>>;
  try {
    corpus = await loadCorpus(dir);
  } catch (err) {
    if (err instanceof CorpusError) {
      io.err(`positions check: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  if (json) {
    io.out(`${JSON.stringify({ corpus: dir, files: corpus.files, warnings: corpus.warnings }, null, 2)}\n`);
    return 0;
  }
  const out: string[] = [];
  out.push(
    `${corpus.files.length} file(s), ${corpus.postings.length} posting(s), ${corpus.warnings.length} warning(s) in ${dir}`,
  );
  for (const f of corpus.files) {
    out.push('', `== ${f.file} (${f.format ?? 'not loaded'}): ${f.postings.length} posting(s)`);
    for (const w of f.warnings) out.push(`  ! ${w.severity}${w.line ? ` at line ${w.line}` : ''}: ${w.reason}`);
    for (const p of f.postings) out.push(...describe(p));
  }
  io.out(`${out.join('\n')}\n`);
  return 0;
}

function describe(p: Posting): string[] {
  const l: string[] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value) l.push(`    ${label}: ${value}`);
  };
  l.push('', `  - ${p.title}  [${p.id}] line ${p.source.line}`);
  add('organisation', p.organisation);
  add('experiment', p.experiment);
  add(
    'location',
    p.location ? `${p.location.text}${p.country ? ` (${p.country})` : ''} (line ${p.location.line})` : null,
  );
  add('deadline', p.deadline ? `${p.deadline.date} (line ${p.deadline.line})` : 'none stated');
  add(
    'start',
    p.start ? `${p.start.from ?? '?'}${p.start.to ? ` to ${p.start.to}` : ''} (line ${p.start.line})` : null,
  );
  add('posted', p.posted ? `${p.posted.date} (line ${p.posted.line})` : null);
  add(
    'duration',
    p.duration ? `${p.duration.months ?? '?'} months: "${p.duration.text}" (line ${p.duration.line})` : null,
  );
  add('workload', p.workload ? `${p.workload.fte ?? '?'} FTE (line ${p.workload.line})` : null);
  if (p.salary) {
    const s = p.salary;
    add(
      'salary',
      `${s.min ?? '?'}-${s.max ?? '?'} ${s.currency ?? ''} ${s.period ? `per ${s.period}` : ''}${s.net === true ? ' net' : s.net === false ? ' gross' : ''} (line ${s.line})`,
    );
  }
  add('degree', p.degree ? `${p.degree} (the minimum required)` : null);
  add('contacts', p.contacts.map((c) => `${c.name ? `${c.name} ` : ''}<${c.email}> (line ${c.line})`).join(', '));
  add('skills', p.skills.join(', '));
  const list = (label: string, items: Array<{ text: string; line: number }>) => {
    if (!items.length) return;
    l.push(`    ${label}:`);
    for (const i of items) l.push(`      • ${i.text} (line ${i.line})`);
  };
  list('required skills', p.requiredSkills);
  list('desired skills', p.desiredSkills);
  list('duties', p.duties);
  list('eligibility', p.eligibility);
  list('documents', p.documents);
  add('links', p.links.join(' '));
  add('summary', p.summary);
  return l;
}
