/**
 * Inputs of the manifest benchmark: a realistic multi-document manifest (a Deployment and its
 * Service per app, a ConfigMap every few apps, one deliberate mistake in every 50 documents), and a
 * Kubernetes JSON Schema for yaml-language-server generated from our own schema data
 * (server/data/k8s-schema.json, i.e. kubernetes-types 1.30), shaped like the `all.json` of
 * yannh/kubernetes-json-schema that yaml-language-server users point it at: a root `oneOf` of
 * every kind, strict objects (`additionalProperties: false`), `definitions` by type.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Field {
  t: string;
  d?: number;
  r?: 1;
  e?: string[];
  ev?: 1;
}
interface Data {
  docs: string[];
  kinds: [string, string, string][];
  types: Record<string, { d?: number; f: Record<string, Field> }>;
}

export function generateManifest(documents: number): string {
  const out: string[] = [];
  for (let i = 0; out.length < documents; i++) {
    const app = `app-${String(i).padStart(4, '0')}`;
    const broken = i % 25 === 7; // about one mistake per 50 documents
    out.push(deployment(app, i, broken));
    if (out.length < documents) out.push(service(app));
    if (i % 4 === 3 && out.length < documents) out.push(configMap(app, i));
  }
  return out.join('---\n');
}

function deployment(app: string, i: number, broken: boolean): string {
  return `# ${app}: the web tier
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: team-${i % 7}
  labels:
    app.kubernetes.io/name: ${app}
    app.kubernetes.io/part-of: shop
    app.kubernetes.io/version: "1.${i % 10}.0"
  annotations:
    kubernetes.io/change-cause: "release 1.${i % 10}.0"
    example.com/owner: team-${i % 7}@example.com
    example.com/runbook: https://runbooks.example.com/${app}
spec:
  replicas: ${2 + (i % 3)}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  selector:
    matchLabels:
      app.kubernetes.io/name: ${app}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${app}
        app.kubernetes.io/part-of: shop
    spec:
      serviceAccountName: ${app}
      priorityClassName: business-critical
      terminationGracePeriodSeconds: 30
      nodeSelector:
        kubernetes.io/os: linux
      tolerations:
        - key: dedicated
          operator: Equal
          value: shop
          effect: NoSchedule
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        fsGroup: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: web
          image: ghcr.io/example/${app}:1.${i % 10}.0
          imagePullPolicy: IfNotPresent
          args: ["--port=8080", "--log-level=info"]
          ports:
            - name: http
              containerPort: 8080
              protocol: TCP
          env:
            - name: APP_NAME
              value: ${app}
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: ${app}-db
                  key: url
            - name: CACHE_URL
              value: redis://cache:6379/${i % 16}
            - name: POD_NAME
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
            - name: LOG_FORMAT
              value: json
          envFrom:
            - configMapRef:
                name: ${app}-config
          lifecycle:
            preStop:
              exec:
                command: ["sleep", "5"]
          resources:
            requests:
              cpu: ${100 + (i % 4) * 50}m
              memory: ${broken ? '128MB' : '128Mi'}
            limits:
              cpu: "1"
              memory: 256Mi
          readinessProbe:
            httpGet:
              path: /ready
              port: http
            periodSeconds: 5
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
            initialDelaySeconds: 10
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
        - name: log-shipper
          image: ghcr.io/example/log-shipper:2.4.1
          resources:
            requests:
              cpu: 20m
              memory: 32Mi
            limits:
              memory: 64Mi
          volumeMounts:
            - name: tmp
              mountPath: /var/log/app
              readOnly: true
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
        - name: config
          configMap:
            name: ${app}-config
            defaultMode: 0444
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                topologyKey: kubernetes.io/hostname
                labelSelector:
                  matchLabels:
                    app.kubernetes.io/name: ${app}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              app.kubernetes.io/name: ${app}
`;
}

function service(app: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${app}
  labels:
    app.kubernetes.io/name: ${app}
spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/name: ${app}
  ports:
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
    - name: metrics
      port: 9090
      targetPort: 9090
      protocol: TCP
  sessionAffinity: None
`;
}

function configMap(app: string, i: number): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
  labels:
    app.kubernetes.io/name: ${app}
data:
  LOG_LEVEL: info
  CACHE_TTL: "${300 + i}"
  FEATURE_FLAGS: "checkout,search"
  settings.json: |
    {"retries": 3, "timeoutSeconds": 30}
`;
}

/** A JSON Schema of every kind, from our schema data (kubernetes-types 1.30). */
export function generateJsonSchema(root: string): object {
  const data: Data = JSON.parse(readFileSync(join(root, 'server', 'data', 'k8s-schema.json'), 'utf8'));
  // yannh-style names (`io.k8s.api.apps.v1.Deployment`): a `/` would split the JSON pointer.
  const defName = (name: string) => `io.k8s.api.${name.replace(/\//g, '.')}`;
  const ref = (name: string) => ({ $ref: `#/definitions/${defName(name)}` });
  const schemaOf = (expr: string): Record<string, unknown> => {
    if (expr.includes('|')) return { oneOf: expr.split('|').map(schemaOf) };
    if (expr.startsWith('[]')) return { type: ['array', 'null'], items: schemaOf(expr.slice(2)) };
    if (expr.startsWith('{}')) return { type: ['object', 'null'], additionalProperties: schemaOf(expr.slice(2)) };
    switch (expr) {
      case 'string':
        return { type: ['string', 'null'] };
      case 'integer':
        return { type: ['integer', 'null'] };
      case 'number':
        return { type: ['number', 'null'] };
      case 'boolean':
        return { type: ['boolean', 'null'] };
      case 'time':
        return { type: ['string', 'null'], format: 'date-time' };
      case 'quantity':
      case 'int-or-string':
        return { oneOf: [{ type: ['string', 'null'] }, { type: 'integer' }, ...(expr === 'quantity' ? [{ type: 'number' }] : [])] };
      case 'any':
        return { 'x-kubernetes-preserve-unknown-fields': true };
      default:
        return data.types[expr] ? ref(expr) : {};
    }
  };
  const kindOf = new Map(data.kinds.map(([a, k, t]) => [t, { a, k }]));
  const definitions: Record<string, unknown> = {};
  for (const [name, type] of Object.entries(data.types)) {
    const properties: Record<string, unknown> = {};
    for (const [f, field] of Object.entries(type.f)) {
      const s = { ...schemaOf(field.t), ...(field.d !== undefined ? { description: data.docs[field.d] } : {}) };
      if (field.e && field.ev) (s as Record<string, unknown>).enum = [...field.e, '', null];
      properties[f] = s;
    }
    const gvk = kindOf.get(name);
    if (gvk) {
      properties.apiVersion = { type: 'string', enum: [gvk.a] };
      properties.kind = { type: 'string', enum: [gvk.k] };
    }
    definitions[defName(name)] = {
      type: 'object',
      ...(type.d !== undefined ? { description: data.docs[type.d] } : {}),
      properties,
      required: Object.entries(type.f).filter(([, f]) => f.r).map(([k]) => k),
      additionalProperties: false,
      ...(gvk ? { 'x-kubernetes-group-version-kind': [{ group: gvk.a.includes('/') ? gvk.a.split('/')[0] : '', version: gvk.a.split('/').pop(), kind: gvk.k }] } : {}),
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    description: 'Kubernetes objects (generated by bench/k8s/generate.ts from kubernetes-types 1.30)',
    oneOf: data.kinds.filter(([, k]) => !k.endsWith('List')).map(([, , t]) => ref(t)),
    definitions,
  };
}
