/** Manifests shared by the cross-document rule cases. */

export const deployment = (o: { name?: string; labels?: string; ports?: string; replicas?: string; extra?: string } = {}) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${o.name ?? 'web'}
spec:
${o.replicas ?? '  replicas: 2\n'}  selector:
    matchLabels: ${o.labels ?? '{app: web}'}
  template:
    metadata:
      labels: ${o.labels ?? '{app: web}'}
    spec:
      containers:
      - name: web
        image: nginx:1.25
${o.ports ?? ''}${o.extra ?? ''}`;

export const service = (o: { name?: string; selector?: string; ports?: string } = {}) => `apiVersion: v1
kind: Service
metadata:
  name: ${o.name ?? 'web'}
spec:
  selector: ${o.selector ?? '{app: web}'}
  ports:
${o.ports ?? '  - port: 80\n'}`;
