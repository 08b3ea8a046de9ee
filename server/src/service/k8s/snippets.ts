/**
 * Whole-resource snippets, as data. They follow what the notes teach: a pinned image tag (never
 * `latest`), requests and limits (the scheduler places pods by requests), readiness and liveness
 * probes (self-healing), a non-root security context, replicas for redundancy, and labels that the
 * selector and the Service really select. `${1:…}` is the name, mirrored into labels.
 * The workloads are built from the shared pieces below, so each snippet says only what differs;
 * a golden test keeps every snippet's text, and a completion test checks that each validates
 * without a single diagnostic.
 */

export interface ResourceSnippet {
  kind: string;
  apiVersion: string;
  /** LSP snippet syntax; lines indented with two spaces per level, from column 0. */
  body: string;
}

function indent(text: string, by: number): string {
  const pad = ' '.repeat(by);
  return text
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

/** The header from the data, then the fields, then the final cursor stop. */
function snippet(apiVersion: string, kind: string, fields: string): ResourceSnippet {
  return { kind, apiVersion, body: `apiVersion: ${apiVersion}\nkind: ${kind}\n${fields}\n$0` };
}

/** The one label a workload's selector, pod template and Service share: the name placeholder. */
const nameLabel = (name: string) => `app.kubernetes.io/name: ${name}`;

/** A label selector that selects the pods of `podTemplate(name, …)`. */
const matchLabels = (name: string) => `matchLabels:\n${indent(nameLabel(name), 2)}`;

/** A pod that cannot run as root, whatever its images say. */
const podSecurity = `securityContext:
  runAsNonRoot: true
  runAsUser: 10001
  runAsGroup: 10001
  seccompProfile:
    type: RuntimeDefault`;

const containerSecurity = `securityContext:
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities:
    drop: ["ALL"]`;

/** A pod spec: `first` (e.g. restartPolicy), the pod's security context, the containers. */
function podSpec(containers: string, first?: string): string {
  return `${first ? first + '\n' : ''}${podSecurity}\ncontainers:\n${indent(containers, 2)}`;
}

/** A pod template labelled for `matchLabels(name)`. */
function podTemplate(name: string, containers: string, first?: string): string {
  return `template:
  metadata:
    labels:
${indent(nameLabel(name), 6)}
  spec:
${indent(podSpec(containers, first), 4)}`;
}

/** A hardened container: pinned `image` (`repo:tag`), then `fields` (ports, resources, probes…). */
function container(name: string, image: string, fields: string[]): string {
  return `- name: ${name}\n  image: ${image}\n${indent([...fields, containerSecurity].join('\n'), 2)}`;
}

const resources = (requests: [cpu: string, memory: string], limits: [cpu: string, memory: string]) => `resources:
  requests:
    cpu: ${requests[0]}
    memory: ${requests[1]}
  limits:
    cpu: ${limits[0]}
    memory: ${limits[1]}`;

const namedPort = (name: string, port: string) => `ports:\n  - name: ${name}\n    containerPort: ${port}`;

/** Readiness and liveness through the same `handler`; liveness tolerates a minute of failures. */
const probes = (handler: string) => `readinessProbe:
${indent(handler, 2)}
livenessProbe:
${indent(handler, 2)}
  periodSeconds: 10
  failureThreshold: 6`;

/** The web server of the Deployment and the Pod; placeholders from `first` (1 is the name). */
function webContainer(first: number): string {
  const n = (i: number) => first + i;
  return container('${1:web}', `\${${n(0)}:nginxinc/nginx-unprivileged}:\${${n(1)}:1.27.3-alpine}`, [
    namedPort('http', `\${${n(2)}:8080}`),
    resources([`\${${n(3)}:100m}`, `\${${n(4)}:128Mi}`], [`\${${n(5)}:500m}`, `\${${n(6)}:256Mi}`]),
    probes(`httpGet:\n  path: \${${n(7)}:/}\n  port: http`),
  ]);
}

/** The pod template of the Job and the CronJob: a run-to-completion container. */
const jobTemplate = podTemplate(
  '${1:task}',
  container('${1:task}', '${4:busybox}:${5:1.37}', [
    'command: [${6:"sh", "-c", "echo done"}]',
    resources(['100m', '64Mi'], ['500m', '128Mi']),
  ]),
  'restartPolicy: ${3|OnFailure,Never|}',
);

/** The StatefulSet's database: a stable TCP port probed as is, data on the claimed volume. */
const dbContainer = container('${1:db}', '${3:postgres}:${4:16.4-alpine}', [
  namedPort('db', '${5:5432}'),
  resources(['250m', '512Mi'], ['"1"', '1Gi']),
  probes('tcpSocket:\n  port: db'),
  'volumeMounts:\n  - name: data\n    mountPath: ${6:/var/lib/postgresql/data}',
]);

/** The DaemonSet's node agent: no port to serve, so only a liveness command. */
const agentContainer = container('${1:agent}', '${2:ghcr.io/example/agent}:${3:1.0.0}', [
  resources(['50m', '64Mi'], ['200m', '128Mi']),
  'livenessProbe:\n  exec:\n    command: ["/bin/agent", "health"]',
]);

export const SNIPPETS: readonly ResourceSnippet[] = [
  snippet(
    'apps/v1',
    'Deployment',
    `metadata:
  name: \${1:web}
  labels:
${indent(nameLabel('${1:web}'), 4)}
spec:
  replicas: \${2:3}
  selector:
${indent(matchLabels('${1:web}'), 4)}
${indent(podTemplate('${1:web}', webContainer(3)), 2)}`,
  ),
  snippet(
    'v1',
    'Service',
    `metadata:
  name: \${1:web}
spec:
  type: \${2|ClusterIP,NodePort,LoadBalancer|}
  selector:
${indent(nameLabel('${1:web}'), 4)}
  ports:
    - name: http
      port: \${3:80}
      targetPort: http`,
  ),
  snippet(
    'v1',
    'Pod',
    `metadata:
  name: \${1:web}
  labels:
${indent(nameLabel('${1:web}'), 4)}
spec:
${indent(podSpec(webContainer(2)), 2)}`,
  ),
  snippet(
    'v1',
    'ConfigMap',
    `metadata:
  name: \${1:web-config}
data:
  \${2:LOG_LEVEL}: "\${3:info}"`,
  ),
  snippet(
    'v1',
    'Secret',
    `metadata:
  name: \${1:web-secret}
type: Opaque
stringData:
  \${2:password}: "\${3:change-me}"`,
  ),
  snippet(
    'networking.k8s.io/v1',
    'Ingress',
    `metadata:
  name: \${1:web}
spec:
  ingressClassName: \${2:nginx}
  rules:
    - host: \${3:web.example.com}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: \${1:web}
                port:
                  name: http`,
  ),
  snippet(
    'autoscaling/v2',
    'HorizontalPodAutoscaler',
    `metadata:
  name: \${1:web}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: \${1:web}
  minReplicas: \${2:2}
  maxReplicas: \${3:10}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: \${4:70}`,
  ),
  snippet(
    'batch/v1',
    'Job',
    `metadata:
  name: \${1:task}
spec:
  backoffLimit: \${2:3}
  ttlSecondsAfterFinished: 3600
${indent(jobTemplate, 2)}`,
  ),
  snippet(
    'batch/v1',
    'CronJob',
    `metadata:
  name: \${1:task}
spec:
  schedule: "\${2:0 3 * * *}"
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 300
  jobTemplate:
    spec:
      backoffLimit: 3
${indent(jobTemplate, 6)}`,
  ),
  snippet(
    'apps/v1',
    'StatefulSet',
    `metadata:
  name: \${1:db}
spec:
  serviceName: \${1:db}
  replicas: \${2:3}
  selector:
${indent(matchLabels('${1:db}'), 4)}
${indent(podTemplate('${1:db}', dbContainer), 2)}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: \${7:10Gi}`,
  ),
  snippet(
    'apps/v1',
    'DaemonSet',
    `metadata:
  name: \${1:agent}
spec:
  selector:
${indent(matchLabels('${1:agent}'), 4)}
  updateStrategy:
    type: RollingUpdate
${indent(podTemplate('${1:agent}', agentContainer), 2)}`,
  ),
  snippet(
    'policy/v1',
    'PodDisruptionBudget',
    `metadata:
  name: \${1:web}
spec:
  minAvailable: \${2:1}
  selector:
${indent(matchLabels('${1:web}'), 4)}`,
  ),
  snippet(
    'scheduling.k8s.io/v1',
    'PriorityClass',
    `metadata:
  name: \${1:high-priority}
value: \${2:100000}
globalDefault: false
preemptionPolicy: PreemptLowerPriority
description: "\${3:For workloads that must run first.}"`,
  ),
  snippet(
    'v1',
    'Namespace',
    `metadata:
  name: \${1:team}
  labels:
    pod-security.kubernetes.io/enforce: restricted`,
  ),
  snippet(
    'v1',
    'PersistentVolumeClaim',
    `metadata:
  name: \${1:data}
spec:
  accessModes: ["\${2|ReadWriteOnce,ReadWriteMany,ReadOnlyMany,ReadWriteOncePod|}"]
  resources:
    requests:
      storage: \${3:10Gi}`,
  ),
  snippet(
    'networking.k8s.io/v1',
    'NetworkPolicy',
    `metadata:
  name: \${1:web}
spec:
  podSelector:
${indent(matchLabels('${1:web}'), 4)}
  policyTypes: ["Ingress"]
  ingress:
    - from:
        - podSelector: {}
      ports:
        - protocol: TCP
          port: \${2:8080}`,
  ),
  snippet(
    'v1',
    'ServiceAccount',
    `metadata:
  name: \${1:web}
automountServiceAccountToken: false`,
  ),
];
