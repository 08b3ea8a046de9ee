/**
 * Whole-resource snippets, as data. They follow what the notes teach: a pinned image tag (never
 * `latest`), requests and limits (the scheduler places pods by requests), readiness and liveness
 * probes (self-healing), a non-root security context, replicas for redundancy, and labels that the
 * selector and the Service really select. `${1:web}` is the name, mirrored into labels.
 * A test resolves every snippet and checks that it validates without a single diagnostic.
 */

export interface ResourceSnippet {
  kind: string;
  apiVersion: string;
  /** LSP snippet syntax; lines indented with two spaces per level, from column 0. */
  body: string;
}

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

function indent(text: string, by: number): string {
  const pad = ' '.repeat(by);
  return text
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

/** A web container: pinned image, named port, requests and limits, probes, hardened. */
function webContainer(name: string, image: string, tag: string, port: string, first: number): string {
  const n = (i: number) => first + i;
  return `- name: ${name}
  image: \${${n(0)}:${image}}:\${${n(1)}:${tag}}
  ports:
    - name: http
      containerPort: \${${n(2)}:${port}}
  resources:
    requests:
      cpu: \${${n(3)}:100m}
      memory: \${${n(4)}:128Mi}
    limits:
      cpu: \${${n(5)}:500m}
      memory: \${${n(6)}:256Mi}
  readinessProbe:
    httpGet:
      path: \${${n(7)}:/}
      port: http
  livenessProbe:
    httpGet:
      path: \${${n(7)}:/}
      port: http
    periodSeconds: 10
    failureThreshold: 6
${indent(containerSecurity, 2)}`;
}

/** A run-to-completion container: pinned image, requests and limits, hardened. */
function jobContainer(name: string, first: number): string {
  return `- name: ${name}
  image: \${${first}:busybox}:\${${first + 1}:1.37}
  command: [\${${first + 2}:"sh", "-c", "echo done"}]
  resources:
    requests:
      cpu: 100m
      memory: 64Mi
    limits:
      cpu: 500m
      memory: 128Mi
${indent(containerSecurity, 2)}`;
}

const labels = (by: number) => indent('app.kubernetes.io/name: ${1:web}', by);

export const SNIPPETS: readonly ResourceSnippet[] = [
  {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    body: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: \${1:web}
  labels:
${labels(4)}
spec:
  replicas: \${2:3}
  selector:
    matchLabels:
${labels(6)}
  template:
    metadata:
      labels:
${labels(8)}
    spec:
${indent(podSecurity, 6)}
      containers:
${indent(webContainer('${1:web}', 'nginxinc/nginx-unprivileged', '1.27.3-alpine', '8080', 3), 8)}
$0`,
  },
  {
    kind: 'Service',
    apiVersion: 'v1',
    body: `apiVersion: v1
kind: Service
metadata:
  name: \${1:web}
spec:
  type: \${2|ClusterIP,NodePort,LoadBalancer|}
  selector:
${labels(4)}
  ports:
    - name: http
      port: \${3:80}
      targetPort: http
$0`,
  },
  {
    kind: 'Pod',
    apiVersion: 'v1',
    body: `apiVersion: v1
kind: Pod
metadata:
  name: \${1:web}
  labels:
${labels(4)}
spec:
${indent(podSecurity, 2)}
  containers:
${indent(webContainer('${1:web}', 'nginxinc/nginx-unprivileged', '1.27.3-alpine', '8080', 2), 4)}
$0`,
  },
  {
    kind: 'ConfigMap',
    apiVersion: 'v1',
    body: `apiVersion: v1
kind: ConfigMap
metadata:
  name: \${1:web-config}
data:
  \${2:LOG_LEVEL}: "\${3:info}"
$0`,
  },
  {
    kind: 'Secret',
    apiVersion: 'v1',
    body: `apiVersion: v1
kind: Secret
metadata:
  name: \${1:web-secret}
type: Opaque
stringData:
  \${2:password}: "\${3:change-me}"
$0`,
  },
  {
    kind: 'Ingress',
    apiVersion: 'networking.k8s.io/v1',
    body: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
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
                  name: http
$0`,
  },
  {
    kind: 'HorizontalPodAutoscaler',
    apiVersion: 'autoscaling/v2',
    body: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
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
          averageUtilization: \${4:70}
$0`,
  },
  {
    kind: 'Job',
    apiVersion: 'batch/v1',
    body: `apiVersion: batch/v1
kind: Job
metadata:
  name: \${1:task}
spec:
  backoffLimit: \${2:3}
  ttlSecondsAfterFinished: 3600
  template:
    metadata:
      labels:
        app.kubernetes.io/name: \${1:task}
    spec:
      restartPolicy: \${3|OnFailure,Never|}
${indent(podSecurity, 6)}
      containers:
${indent(jobContainer('${1:task}', 4), 8)}
$0`,
  },
  {
    kind: 'CronJob',
    apiVersion: 'batch/v1',
    body: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: \${1:task}
spec:
  schedule: "\${2:0 3 * * *}"
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 300
  jobTemplate:
    spec:
      backoffLimit: 3
      template:
        metadata:
          labels:
            app.kubernetes.io/name: \${1:task}
        spec:
          restartPolicy: \${3|OnFailure,Never|}
${indent(podSecurity, 10)}
          containers:
${indent(jobContainer('${1:task}', 4), 12)}
$0`,
  },
  {
    kind: 'StatefulSet',
    apiVersion: 'apps/v1',
    body: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: \${1:db}
spec:
  serviceName: \${1:db}
  replicas: \${2:3}
  selector:
    matchLabels:
      app.kubernetes.io/name: \${1:db}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: \${1:db}
    spec:
${indent(podSecurity, 6)}
      containers:
        - name: \${1:db}
          image: \${3:postgres}:\${4:16.4-alpine}
          ports:
            - name: db
              containerPort: \${5:5432}
          resources:
            requests:
              cpu: 250m
              memory: 512Mi
            limits:
              cpu: "1"
              memory: 1Gi
          readinessProbe:
            tcpSocket:
              port: db
          livenessProbe:
            tcpSocket:
              port: db
            periodSeconds: 10
            failureThreshold: 6
          volumeMounts:
            - name: data
              mountPath: \${6:/var/lib/postgresql/data}
${indent(containerSecurity, 10)}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: \${7:10Gi}
$0`,
  },
  {
    kind: 'DaemonSet',
    apiVersion: 'apps/v1',
    body: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: \${1:agent}
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: \${1:agent}
  updateStrategy:
    type: RollingUpdate
  template:
    metadata:
      labels:
        app.kubernetes.io/name: \${1:agent}
    spec:
${indent(podSecurity, 6)}
      containers:
        - name: \${1:agent}
          image: \${2:ghcr.io/example/agent}:\${3:1.0.0}
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
            limits:
              cpu: 200m
              memory: 128Mi
          livenessProbe:
            exec:
              command: ["/bin/agent", "health"]
${indent(containerSecurity, 10)}
$0`,
  },
  {
    kind: 'PodDisruptionBudget',
    apiVersion: 'policy/v1',
    body: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: \${1:web}
spec:
  minAvailable: \${2:1}
  selector:
    matchLabels:
      app.kubernetes.io/name: \${1:web}
$0`,
  },
  {
    kind: 'PriorityClass',
    apiVersion: 'scheduling.k8s.io/v1',
    body: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: \${1:high-priority}
value: \${2:100000}
globalDefault: false
preemptionPolicy: PreemptLowerPriority
description: "\${3:For workloads that must run first.}"
$0`,
  },
  {
    kind: 'Namespace',
    apiVersion: 'v1',
    body: `apiVersion: v1
kind: Namespace
metadata:
  name: \${1:team}
  labels:
    pod-security.kubernetes.io/enforce: restricted
$0`,
  },
  {
    kind: 'PersistentVolumeClaim',
    apiVersion: 'v1',
    body: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: \${1:data}
spec:
  accessModes: ["\${2|ReadWriteOnce,ReadWriteMany,ReadOnlyMany,ReadWriteOncePod|}"]
  resources:
    requests:
      storage: \${3:10Gi}
$0`,
  },
  {
    kind: 'NetworkPolicy',
    apiVersion: 'networking.k8s.io/v1',
    body: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: \${1:web}
spec:
  podSelector:
    matchLabels:
      app.kubernetes.io/name: \${1:web}
  policyTypes: ["Ingress"]
  ingress:
    - from:
        - podSelector: {}
      ports:
        - protocol: TCP
          port: \${2:8080}
$0`,
  },
  {
    kind: 'ServiceAccount',
    apiVersion: 'v1',
    body: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: \${1:web}
automountServiceAccountToken: false
$0`,
  },
];
