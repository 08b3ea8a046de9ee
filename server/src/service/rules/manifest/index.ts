/** Every manifest rule, in the order findings are reported. A test checks each has tests, docs and a setting. */
import type { ManifestRule } from '../rule';
import { configRef } from './config-ref';
import { crdSchema } from './crd-schema';
import { dangerousCapabilities } from './dangerous-capabilities';
import { duplicateEnv } from './duplicate-env';
import { hostNamespaces } from './host-namespaces';
import { hostPath } from './host-path';
import { hpaMinReplicas } from './hpa-min-replicas';
import { hpaReplicas } from './hpa-replicas';
import { hpaTarget } from './hpa-target';
import { identicalProbes } from './identical-probes';
import { imageDigest } from './image-digest';
import { imagePorts } from './image-ports';
import { ingressBackend } from './ingress-backend';
import { latestTag } from './latest-tag';
import { missingCpuLimit } from './missing-cpu-limit';
import { missingLivenessProbe } from './missing-liveness-probe';
import { missingMemoryLimit } from './missing-memory-limit';
import { missingReadinessProbe } from './missing-readiness-probe';
import { missingRequests } from './missing-requests';
import { multipleProcesses } from './multiple-processes';
import { noPodSpread } from './no-pod-spread';
import { pdbEviction } from './pdb-eviction';
import { privilegeEscalation } from './privilege-escalation';
import { privileged } from './privileged';
import { probePort } from './probe-port';
import { runAsNonRoot } from './run-as-non-root';
import { requestsExceedNodes } from './requests-exceed-nodes';
import { runAsRoot } from './run-as-root';
import { secretCommitted } from './secret-committed';
import { serviceSelector } from './service-selector';
import { singleReplica } from './single-replica';
import { targetPort } from './target-port';

export const MANIFEST_RULES: readonly ManifestRule[] = [
  // Images (P2)
  latestTag,
  imageDigest,
  // Non-root and least privilege (P4)
  runAsNonRoot,
  runAsRoot,
  privileged,
  privilegeEscalation,
  dangerousCapabilities,
  hostNamespaces,
  hostPath,
  // Resources (P9)
  missingRequests,
  missingMemoryLimit,
  missingCpuLimit,
  requestsExceedNodes,
  // Self-healing (P10)
  missingLivenessProbe,
  missingReadinessProbe,
  probePort,
  identicalProbes,
  // Redundancy and scaling (P6–P8)
  singleReplica,
  noPodSpread,
  hpaMinReplicas,
  hpaTarget,
  hpaReplicas,
  pdbEviction,
  // One process per container (P1)
  multipleProcesses,
  // Services and discovery, across documents (P11)
  serviceSelector,
  targetPort,
  imagePorts,
  ingressBackend,
  // Config and secrets (P12)
  configRef,
  secretCommitted,
  duplicateEnv,
  // Custom resources (P5, declarative manifests)
  crdSchema,
];
