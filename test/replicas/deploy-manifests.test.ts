// The deployment files parse, run the bot as the issue asks (3 replicas, probes on /healthz and
// /readyz, non-root, the database URL and tokens from the Secret), and set no variable the
// config does not read (a misspelt one would silently do nothing).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { CONFIG_VARIABLES } from '../../src/config/load-config.ts';
import { BOT_NODE_FLAGS } from '../../src/config/node-flags.ts';

const DIR = 'deploy/kubernetes';

interface K8sObject {
  kind: string;
  metadata: { name: string };
  spec?: Record<string, unknown>;
  stringData?: Record<string, string>;
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } };
}

function objects(): K8sObject[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) =>
      parseAllDocuments(readFileSync(join(DIR, f), 'utf8')).map((d) => {
        expect(d.errors, f).toEqual([]);
        return d.toJS() as K8sObject;
      }),
    );
}

describe('the Kubernetes manifests', () => {
  const all = objects();
  const one = (kind: string) => all.find((o) => o.kind === kind) as K8sObject;

  it('hold a Deployment of 3 replicas, a Service and a Secret', () => {
    expect(all.map((o) => o.kind).sort()).toEqual(['Deployment', 'Secret', 'Service']);
    expect(one('Deployment').spec?.replicas).toBe(3);
  });

  it('probe /healthz for liveness and /readyz for readiness, on the port the bot listens on', () => {
    const pod = (one('Deployment').spec as { template: { spec: Record<string, unknown> } }).template.spec;
    const [c] = pod.containers as {
      livenessProbe: { httpGet: { path: string; port: string } };
      readinessProbe: { httpGet: { path: string } };
      ports: { name: string; containerPort: number }[];
      env: EnvVar[];
    }[];
    expect(c?.livenessProbe.httpGet.path).toBe('/healthz');
    expect(c?.readinessProbe.httpGet.path).toBe('/readyz');
    const port = c?.env.find((e) => e.name === 'PORT')?.value;
    expect(c?.ports.find((p) => p.name === c.livenessProbe.httpGet.port)?.containerPort).toBe(Number(port));
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
  });

  it('set only variables the config reads, secrets from keys the Secret has', () => {
    const pod = (one('Deployment').spec as { template: { spec: { containers: { env: EnvVar[] }[] } } }).template.spec;
    const env = pod.containers.flatMap((c) => c.env);
    for (const e of env) expect(CONFIG_VARIABLES, e.name).toContain(e.name);
    const secret = one('Secret');
    for (const e of env.filter((x) => x.valueFrom)) {
      expect(e.valueFrom?.secretKeyRef?.name).toBe(secret.metadata.name);
      expect(Object.keys(secret.stringData ?? {})).toContain(e.valueFrom?.secretKeyRef?.key);
    }
    expect(env.find((e) => e.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef).toBeDefined();
  });
});

describe('the Dockerfile', () => {
  const text = readFileSync('deploy/Dockerfile', 'utf8');
  const finalStage = text.slice(text.lastIndexOf('\nFROM '));

  it('runs the final image as a non-root user, group 0 writable for an arbitrary UID, without build tools', () => {
    expect(finalStage).toMatch(/^USER (?!0\b|root\b)\S+/m);
    expect(finalStage).toMatch(/chgrp -R 0 \/app && chmod -R g=u \/app/);
    expect(finalStage).not.toMatch(/apt-get install|g\+\+|make/);
  });

  it("starts node with the bot's V8 flags, as npm start does", () => {
    const entry = /^ENTRYPOINT \[(.*)\]$/m.exec(finalStage)?.[1] ?? '';
    const args = JSON.parse(`[${entry}]`) as string[];
    expect(args.slice(0, 1 + BOT_NODE_FLAGS.length)).toEqual(['node', ...BOT_NODE_FLAGS]);
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(start).toBe(`node ${BOT_NODE_FLAGS.join(' ')} bin/positions.mjs start`);
  });

  it('sets only variables the config reads', () => {
    const names = [...finalStage.matchAll(/(?:^ENV\s+|\\\n\s+)([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1] as string);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(CONFIG_VARIABLES, n).toContain(n);
  });
});
