/**
 * Short names of the notes' principles that rules teach (topics of service/notes.ts), for the
 * docs table and the settings. The notes model links a diagnostic to the section itself.
 */
import type { Localized } from '../../l10n';

export const PRINCIPLES: Record<string, Localized> = {
  'containers.oneProcess': { en: 'One process per container', ko: '1 컨테이너당 1 프로세스' },
  'image.immutable': { en: 'Immutable images', ko: '변경 불가능한 인프라' },
  'image.light': { en: 'Light images', ko: '경량의 도커 이미지' },
  'image.multiStage': { en: 'Multi-stage builds', ko: '멀티 스테이지 빌드' },
  'security.nonRoot': { en: 'Run as a non-root user', ko: '실행 계정은 root 이외의 사용자' },
  ports: { en: 'Ports', ko: '포트 (docker run -p)' },
  'manifest.declarative': { en: 'Declarative manifests', ko: '선언적 코드(매니페스트)' },
  'scaling.replicas': { en: 'Replicas', ko: '레플리카: 부하 분산과 다중화' },
  'scaling.autoscaling': { en: 'Autoscaling', ko: '오토 스케일링' },
  'scheduling.affinity': { en: 'Affinity and anti-affinity', ko: '스케줄링: Affinity, Anti-Affinity' },
  'scheduling.resources': { en: 'Resource management', ko: '리소스 관리' },
  selfHealing: { en: 'Self-healing', ko: '자동화된 복구' },
  'service.loadBalancing': { en: 'Load balancing (Service, Ingress)', ko: '로드 밸런싱 (서비스, 인그레스)' },
  'service.selector': { en: 'Selectors that route to pods', ko: '조건과 일치하는 컨테이너 그룹에 라우팅' },
  'service.discovery': { en: 'Service discovery', ko: '서비스 디스커버리' },
  'config.data': { en: 'Data management (ConfigMap, Secret)', ko: '데이터 관리 (etcd)' },
};
