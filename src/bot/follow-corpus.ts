// What a corpus change does to the running bot: the file's postings replace its old ones in the
// brain, a removed file's postings go, and a file that now fails to parse keeps its last good
// postings (with a warning that says why). Each change is then announced to subscribed channels.
import type { Logger } from 'pino';
import type { Brain } from '../answers/brain.ts';
import type { FileReport } from '../corpus/parse-file.ts';
import type { Metrics } from '../observability/metrics.ts';

export interface FollowDeps {
  brain: Pick<Brain, 'replaceFile' | 'postings'>;
  log: Logger;
  metrics: Pick<Metrics, 'postingsLoaded' | 'parseWarnings'>;
  /** The reports of the load at start, for the warning count. */
  initial: FileReport[];
  /** Announces new postings and changed deadlines (after each applied change). */
  announce(): Promise<unknown>;
}

export type CorpusChangeHandler = (file: string, report: FileReport | null) => Promise<void>;

export function followCorpus(deps: FollowDeps): CorpusChangeHandler {
  const { brain, log, metrics } = deps;
  const warnings = new Map<string, number>();
  for (const r of deps.initial) if (r.warnings.length > 0) warnings.set(r.file, r.warnings.length);
  const update = (): void => {
    metrics.postingsLoaded.set(brain.postings().length);
    metrics.parseWarnings.set([...warnings.values()].reduce((a, b) => a + b, 0));
  };
  update();

  return async (file, report) => {
    if (report === null) {
      const had = brain.postings().filter((p) => p.source.file === file).length;
      brain.replaceFile(file, []);
      warnings.delete(file);
      log.info({ file, removed: had }, `corpus file removed: ${had} posting${had === 1 ? '' : 's'} gone`);
    } else {
      if (report.warnings.length > 0) warnings.set(file, report.warnings.length);
      else warnings.delete(file);
      const skipped = report.warnings.find((w) => w.severity === 'skipped');
      if (report.postings.length === 0 && skipped) {
        const kept = brain.postings().filter((p) => p.source.file === file).length;
        log.warn(
          { file, reason: skipped.reason, kept },
          kept > 0
            ? `corpus file ${file} cannot be used now (${skipped.reason}): keeping its ${kept} earlier posting${kept === 1 ? '' : 's'}`
            : `corpus file ${file} skipped: ${skipped.reason}`,
        );
        update();
        return;
      }
      for (const w of report.warnings)
        log.warn({ file, line: w.line, reason: w.reason }, `corpus file ${file}: ${w.reason}`);
      brain.replaceFile(file, report.postings);
      log.info({ file, postings: report.postings.length }, 'corpus file loaded');
    }
    update();
    await deps.announce();
  };
}
