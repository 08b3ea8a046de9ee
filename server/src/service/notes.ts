/**
 * The contract between the features and the study notes. Hover (manifests, Dockerfiles) says what
 * the cursor is on; a NotesProvider (server/src/notes) answers with the matching part of the
 * notes. Diagnostics ask for a reference to link their principle. The service only passes the
 * provider through, so features never import the notes directly.
 */
import type { Locale } from '../l10n';

export type NotesTarget =
  | {
      language: 'kubernetes';
      apiVersion: string;
      kind: string;
      /** Path from the document root to the hovered node: ['spec', 'template', 'spec', 'containers', 0, 'image']. */
      path: readonly (string | number)[];
      /** On the key itself, or on its value. */
      on: 'key' | 'value';
      /** The scalar value under the cursor, when `on` is 'value'. */
      value?: string;
    }
  | {
      language: 'dockerfile';
      /** Upper-case instruction: 'FROM', 'COPY', … */
      instruction: string;
      /** A flag under the cursor, without dashes: 'from', 'mount'; 'as' on the `AS name` of a FROM. */
      flag?: string;
      /** A word under the cursor (an image name, a stage name after AS). */
      value?: string;
    }
  | {
      /** Not a field: a diagnostic's principle, the simulation report, … (one of NOTES_TOPICS). */
      language: 'topic';
      topic: NotesTopic;
    };

/**
 * Topics: the principles of the notes that diagnostics link to, and the places that are not a
 * field (the scheduling report). The mapping ties each to a part of the notes; a test checks.
 */
export const NOTES_TOPICS = {
  'containers.oneProcess': '1 컨테이너당 1 프로세스 (one process per container: command, CMD, supervisors)',
  'image.immutable': '변경 불가능한 인프라 (pinned, immutable images: no :latest, no missing tag)',
  'image.light': '경량의 도커 이미지 + 사이즈별 이미지 (light base images)',
  'image.multiStage': '멀티 스테이지 빌드 (multi-stage builds)',
  'image.registry': '도커 레지스트리 (registries)',
  'security.nonRoot': '실행 계정은 root 이외의 사용자 (non-root user, securityContext, USER)',
  'ports': '도커 컨테이너 기동 -p (containerPort, EXPOSE, targetPort)',
  'manifest.declarative': '선언적 코드(매니페스트) (apiVersion/kind)',
  'scaling.replicas': '레플리카: 부하 분산 및 다중화 (replicas, PDB)',
  'scaling.autoscaling': '오토 스케일링 (HPA)',
  'scaling.cluster': '클러스터 오토 스케일링 (the "how many nodes" question)',
  'scheduling.affinity': '스케줄링: Affinity, Anti-Affinity (affinity, nodeSelector, tolerations, spread)',
  'scheduling.resources': '리소스 관리: scheduled by free CPU and memory (requests)',
  'selfHealing': '자동화된 복구 (probes, restartPolicy, HEALTHCHECK)',
  'service.loadBalancing': '로드밸런서: Service, Ingress',
  'service.selector': '조건과 일치하는 컨테이너 그룹에 라우팅 (selectors and labels)',
  'service.discovery': '서비스 디스커버리 (names across manifests)',
  'config.data': '데이터 관리: etcd (ConfigMap, Secret)',
  'cluster.nodes': '쿠버네티스 노드 / 클러스터 (nodes of the simulated cluster)',
  'cluster.controlPlane': '쿠버네티스 마스터 (the control-plane node and its taint)',
  'cluster.environment': '3장 쿠버네티스 환경과 도구 (local clusters, build tools, managed services)',
  'simulation.report': 'SLO (the scheduling simulation report)',
  'pod.startup': 'SLO: 파드 기동 시간 (pod startup)',
} as const;

export type NotesTopic = keyof typeof NOTES_TOPICS;

/** Where the notes explain something: for a diagnostic's `codeDescription.href`. */
export interface NotesReference {
  /** The section path, e.g. "2장 › 2.3 › 스케줄링". */
  path: string;
  href: string;
}

export interface NotesProvider {
  /**
   * Markdown for the hover (section path, excerpt, link, attribution), or null when no part of
   * the notes matches. Callers append it after their own docs, separated by a rule (`---`), and
   * only when the `hover.notes` setting is on.
   */
  hover(target: NotesTarget, locale: Locale): string | null;
  /** The best matching part of the notes, for a diagnostic's link; null when none matches. */
  reference(target: NotesTarget): NotesReference | null;
}
