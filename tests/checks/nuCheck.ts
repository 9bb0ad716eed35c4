/**
 * The W3C Nu HTML Checker (npm `vnu-jar`, run on Java) over many files in one batch: starting Java once per
 * page would cost seconds each. Errors are what fail; warnings and info are counted for reports.
 * Java comes from the system (Debian's `default-jre-headless`; `.ci/run` installs it when it is missing).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface NuMessage {
  file: string;
  line: number;
  message: string;
}

export interface NuReport {
  /** Files the checker was given. */
  files: number;
  errors: NuMessage[];
  warnings: number;
}

// The package's main export is the jar's path (as a String object).
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

export function nuCheck(files: string[], java = process.env.JAVA ?? 'java'): NuReport {
  if (files.length === 0) throw new Error('nuCheck: no files to check');
  // The checker's schema evaluation recurses deeply; Java's default thread stack can overflow on it.
  const run = spawnSync(java, ['-Xss16m', '-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) {
    throw new Error(
      `Could not run Java for the Nu HTML Checker (${run.error.message}). ` +
        'Install a Java runtime (Debian: apt-get install default-jre-headless) or set JAVA to its path.',
    );
  }
  // vnu writes its JSON report to stderr.
  const text = run.stderr.slice(run.stderr.indexOf('{'));
  let report: { messages: { type: string; subType?: string; url?: string; lastLine?: number; message: string }[] };
  try {
    report = JSON.parse(text);
  } catch {
    throw new Error(`The Nu HTML Checker did not report JSON (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  const errors: NuMessage[] = [];
  let warnings = 0;
  for (const m of report.messages) {
    if (m.type === 'error' || m.type === 'non-document-error') {
      errors.push({ file: m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? ''), line: m.lastLine ?? 0, message: m.message });
    } else if (m.subType === 'warning') {
      warnings++;
    }
  }
  return { files: files.length, errors, warnings };
}
