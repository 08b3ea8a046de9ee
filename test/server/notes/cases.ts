/**
 * One hover target for every link of the mapping (a test checks that none is left without one),
 * with the parts of the notes it must bring: "section path | bold text".
 * Shared by the provider's unit tests and the hover tests through the real service.
 */
import type { NotesTarget } from '../../../server/src/service/notes';

const API: Record<string, string> = {
  Pod: 'v1', Service: 'v1', ConfigMap: 'v1', Secret: 'v1', Node: 'v1', LimitRange: 'v1', ResourceQuota: 'v1', Endpoints: 'v1',
  ReplicationController: 'v1', Deployment: 'apps/v1', StatefulSet: 'apps/v1', DaemonSet: 'apps/v1', ReplicaSet: 'apps/v1',
  Job: 'batch/v1', CronJob: 'batch/v1', HorizontalPodAutoscaler: 'autoscaling/v2', Ingress: 'networking.k8s.io/v1',
  IngressClass: 'networking.k8s.io/v1', PodDisruptionBudget: 'policy/v1', PriorityClass: 'scheduling.k8s.io/v1',
  RuntimeClass: 'node.k8s.io/v1', StorageClass: 'storage.k8s.io/v1', EndpointSlice: 'discovery.k8s.io/v1',
  MutatingWebhookConfiguration: 'admissionregistration.k8s.io/v1', ValidatingWebhookConfiguration: 'admissionregistration.k8s.io/v1',
  FlowSchema: 'flowcontrol.apiserver.k8s.io/v1', Cluster: 'kind.x-k8s.io/v1alpha4', ClusterConfiguration: 'kubeadm.k8s.io/v1beta3',
};

/** A manifest field: `path` with spaces between the fields ('spec template spec containers 0 image'). */
export function k(kind: string, path: string, value?: string, apiVersion = API[kind] ?? 'example.com/v1'): NotesTarget {
  return {
    language: 'kubernetes',
    apiVersion,
    kind,
    path: path.split(' ').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    on: value === undefined ? 'key' : 'value',
    value,
  };
}
export const d = (instruction: string, flag?: string, value?: string): NotesTarget => ({ language: 'dockerfile', instruction, flag, value });
export const topic = (name: Extract<NotesTarget, { language: 'topic' }>['topic']): NotesTarget => ({ language: 'topic', topic: name });

const POD = 'spec template spec';
const C = `${POD} containers 0`;

export interface NotesCase {
  name: string;
  target: NotesTarget;
  /** Each part of the notes shown, in order: "path | bold text" ('' when nothing is bold). */
  want: string[];
}

const S23 = '2장 › 2.3';
const IMG = '1장 › 1.1 › 도커 이미지 › 사이즈별 이미지';
const ECO = `${S23} › 외부 에코시스템과의 연계`;
const ENV = '3장 › 쿠버네티스 환경과 도구';
const SLO = `${ENV} › 쿠버네티스 서비스 수준 목표`;

export const notesCases: NotesCase[] = [
  // The list
  { name: 'replicas', target: k('Deployment', 'spec replicas'), want: [`${S23} › 스케일링/오토 스케일링 | 레플리카를 배포해 부하 분산 및 다중화구조를 만든다`] },
  { name: 'replicas value', target: k('StatefulSet', 'spec replicas', '3'), want: [`${S23} › 스케일링/오토 스케일링 | 레플리카를 배포해 부하 분산 및 다중화구조를 만든다`] },
  { name: 'PDB minAvailable', target: k('PodDisruptionBudget', 'spec minAvailable'), want: [`${S23} › 스케일링/오토 스케일링 | 레플리카를 배포해 부하 분산 및 다중화구조를 만든다`] },
  { name: 'kind: HorizontalPodAutoscaler', target: k('HorizontalPodAutoscaler', 'kind', 'HorizontalPodAutoscaler'), want: [`${S23} › 스케일링/오토 스케일링 | 부하에 따라 레플리카 수를 자동으로 조절해 오토 스케일링한다`] },
  {
    name: 'HPA maxReplicas: autoscaling and cluster autoscaling',
    target: k('HorizontalPodAutoscaler', 'spec maxReplicas'),
    want: [`${S23} › 스케일링/오토 스케일링 | 부하에 따라 레플리카 수를 자동으로 조절해 오토 스케일링한다`, `${S23} › 리소스 관리 | 클러스터 오토 스케일링 기능으로 리소스 사용 상태에 따라 쿠버네티스 클러스터의 노드도 자동 추가 삭제할 수 있다`],
  },
  { name: 'cluster-autoscaler annotation', target: k('Pod', 'metadata annotations cluster-autoscaler.kubernetes.io/safe-to-evict'), want: [`${S23} › 리소스 관리 | 클러스터 오토 스케일링 기능으로 리소스 사용 상태에 따라 쿠버네티스 클러스터의 노드도 자동 추가 삭제할 수 있다`] },
  { name: 'affinity', target: k('Deployment', `${POD} affinity`), want: [`${S23} › 스케줄링 | Affinity, Anti-Affinity 기능을 사용하여 스케줄링할 수 있다`] },
  { name: 'podAntiAffinity deep', target: k('Deployment', `${POD} affinity podAntiAffinity requiredDuringSchedulingIgnoredDuringExecution 0 topologyKey`), want: [`${S23} › 스케줄링 | Affinity, Anti-Affinity 기능을 사용하여 스케줄링할 수 있다`] },
  { name: 'nodeSelector', target: k('Pod', 'spec nodeSelector'), want: [`${S23} › 스케줄링 | Affinity, Anti-Affinity 기능을 사용하여 스케줄링할 수 있다`] },
  { name: 'tolerations', target: k('Pod', 'spec tolerations 0 effect', 'NoSchedule'), want: [`${S23} › 스케줄링 | Affinity, Anti-Affinity 기능을 사용하여 스케줄링할 수 있다`] },
  { name: 'Node taints', target: k('Node', 'spec taints'), want: [`${S23} › 스케줄링 | Affinity, Anti-Affinity 기능을 사용하여 스케줄링할 수 있다`] },
  { name: 'resources', target: k('Deployment', `${C} resources`), want: [`${S23} › 리소스 관리 | 기본적으로 쿠버네티스 노드의 CPU, 메모리 여유 리소스 상태에 따라 스케줄링된다`] },
  { name: 'requests.cpu', target: k('Pod', 'spec containers 0 resources requests cpu', '500m'), want: [`${S23} › 리소스 관리 | 기본적으로 쿠버네티스 노드의 CPU, 메모리 여유 리소스 상태에 따라 스케줄링된다`] },
  { name: 'RBAC resources are not requests', target: k('Role', 'rules 0 resources', undefined, 'rbac.authorization.k8s.io/v1'), want: [] },
  { name: 'ResourceQuota', target: k('ResourceQuota', 'spec hard'), want: [`${S23} › 리소스 관리 | 기본적으로 쿠버네티스 노드의 CPU, 메모리 여유 리소스 상태에 따라 스케줄링된다`] },
  { name: 'livenessProbe', target: k('Deployment', `${C} livenessProbe`), want: [`${S23} › 자동화된 복구(self-healing) | 표준으로 컨테이너 프로세스를 모니터링하고 정지를 감지하면 스케줄링을 실행하여 자동으로 재배포한다`] },
  { name: 'readinessProbe httpGet', target: k('Deployment', `${C} readinessProbe httpGet path`, '/healthz'), want: [`${S23} › 자동화된 복구(self-healing) | 표준으로 컨테이너 프로세스를 모니터링하고 정지를 감지하면 스케줄링을 실행하여 자동으로 재배포한다`] },
  { name: 'restartPolicy', target: k('Pod', 'spec restartPolicy', 'Always'), want: [`${S23} › 자동화된 복구(self-healing) | 표준으로 컨테이너 프로세스를 모니터링하고 정지를 감지하면 스케줄링을 실행하여 자동으로 재배포한다`] },
  { name: 'kind: Service', target: k('Service', 'kind', 'Service'), want: [`${S23} › 로드 밸런싱과 서비스 디스커버리 › 로드밸런서 기능 | 서비스(Service), 인그레스(ingress)`] },
  { name: 'kind: Ingress', target: k('Ingress', 'kind'), want: [`${S23} › 로드 밸런싱과 서비스 디스커버리 › 로드밸런서 기능 | 서비스(Service), 인그레스(ingress)`] },
  { name: 'Service selector', target: k('Service', 'spec selector app', 'web'), want: [`${S23} › 로드 밸런싱과 서비스 디스커버리 › 로드밸런서 기능 | 사전 정의된 조건과 일치하는 컨테이너 그룹에 라우팅하는 엔드포인트 할당`] },
  { name: 'template labels', target: k('Deployment', `spec template metadata labels app`), want: [`${S23} › 로드 밸런싱과 서비스 디스커버리 › 로드밸런서 기능 | 사전 정의된 조건과 일치하는 컨테이너 그룹에 라우팅하는 엔드포인트 할당`] },
  { name: 'Service name', target: k('Service', 'metadata name', 'web'), want: [`${S23} › 로드 밸런싱과 서비스 디스커버리 › 서비스 디스커버리 | 각각의 마이크로 서비스가 정의된 복수의 매니페스트를 이용해 시스템을 전체 연계`] },
  { name: 'Ingress backend service', target: k('Ingress', 'spec rules 0 http paths 0 backend service name', 'web'), want: [`${S23} › 로드 밸런싱과 서비스 디스커버리 › 서비스 디스커버리 | 각각의 마이크로 서비스가 정의된 복수의 매니페스트를 이용해 시스템을 전체 연계`] },
  { name: 'kind: ConfigMap', target: k('ConfigMap', 'kind', 'ConfigMap'), want: [`${S23} › 데이터 관리 › 백엔드 데이터 스토어 etcd | `] },
  { name: 'kind: Secret', target: k('Secret', 'kind', 'Secret'), want: [`${S23} › 데이터 관리 › 백엔드 데이터 스토어 etcd | `] },
  { name: 'configMapKeyRef', target: k('Deployment', `${C} env 0 valueFrom configMapKeyRef name`), want: [`${S23} › 데이터 관리 › 백엔드 데이터 스토어 etcd | 애플리케이션에서 사용되는 설정파일, 데이터베이스 인증 정보 저장`] },
  { name: 'resourceVersion', target: k('Deployment', 'metadata resourceVersion'), want: [`${S23} › 데이터 관리 › 백엔드 데이터 스토어 etcd | 컨테이너나 서비스의 매니페스트 파일도 이중화`] },
  { name: 'kubeadm etcd', target: k('ClusterConfiguration', 'etcd local dataDir'), want: [`${S23} › 데이터 관리 › 백엔드 데이터 스토어 etcd | 클러스터를 통한 이중화`, '3장 › 쿠버네티스 환경과 도구 › 쿠버네티스 구축 도구 › 큐브어드민(kubeadm) | '] },
  { name: 'apiVersion', target: k('Deployment', 'apiVersion'), want: [`${S23} › 선언적 코드(매니페스트)를 통해 컨테이너를 배포한다 | `] },
  { name: 'kind of a Pod', target: k('Pod', 'kind', 'Pod'), want: ['1장 › 1.1 › 도커 컨테이너란? | 1 컨테이너당 1 프로세스'] },
  { name: 'kind: Deployment', target: k('Deployment', 'kind', 'Deployment'), want: ['2장 › 2.1 › 컨테이너 오케스트레이션 엔진 | '] },
  { name: 'a custom kind', target: k('Widget', 'kind', 'Widget'), want: [`${S23} › 선언적 코드(매니페스트)를 통해 컨테이너를 배포한다 | `] },
  // Images
  { name: 'image key', target: k('Deployment', `${C} image`), want: ['1장 › 1.1 › 도커 이미지 | '] },
  { name: 'image :latest', target: k('Deployment', `${C} image`, 'nginx:latest'), want: ['1장 › 1.1 › 도커 컨테이너란? | 변경 불가능한 인프라(Immutable Infrastructure) 이미지로 생성한다.'] },
  { name: 'image without a tag', target: k('Deployment', `${C} image`, 'nginx'), want: ['1장 › 1.1 › 도커 컨테이너란? | 변경 불가능한 인프라(Immutable Infrastructure) 이미지로 생성한다.'] },
  { name: 'image with a port but no tag', target: k('Deployment', `${C} image`, 'localhost:5000/app'), want: ['1장 › 1.1 › 도커 컨테이너란? | 변경 불가능한 인프라(Immutable Infrastructure) 이미지로 생성한다.'] },
  { name: 'imagePullPolicy', target: k('Pod', 'spec containers 0 imagePullPolicy', 'Always'), want: ['1장 › 1.1 › 도커 컨테이너란? | 변경 불가능한 인프라(Immutable Infrastructure) 이미지로 생성한다.', `${SLO} › 파드 기동 시간 | 이미지 다운로드 시간이나 초기화 컨테이너(Init Container) 처리시간은 포함하지 않음`] },
  { name: 'image scratch in a Dockerfile', target: d('FROM', undefined, 'scratch'), want: [`${IMG} | scratch : 초경량, 셸이 설치되지 않아 디버그가 어렵다`] },
  { name: 'image alpine', target: k('Deployment', `${C} image`, 'node:20-alpine'), want: [`${IMG} | alpine`] },
  { name: 'image distroless', target: k('Deployment', `${C} image`, 'gcr.io/distroless/static:nonroot'), want: [`${IMG} | distroless : 특정 애플리케이션 런타임만 포함된 이미지`] },
  { name: 'image ubuntu', target: k('Deployment', `${C} image`, 'ubuntu:24.04'), want: [`${IMG} | ubuntu`] },
  { name: 'image centos', target: k('Pod', 'spec containers 0 image', 'centos:7'), want: [`${IMG} | centos`] },
  { name: 'image UBI', target: k('Pod', 'spec containers 0 image', 'registry.access.redhat.com/ubi9/ubi-minimal:9.4'), want: [`${IMG} | Universal Base Image`] },
  { name: 'image on a known registry', target: k('Pod', 'spec containers 0 image', '123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/app:1.2'), want: ['1장 › 1.1 › 도커 레지스트리 | Docker Hub, Google Container Registry, Amazon Elastic Container Registry 등'] },
  { name: 'image on another registry', target: k('Pod', 'spec containers 0 image', 'registry.example.com:5000/team/app:1.2'), want: ['1장 › 1.1 › 도커 레지스트리 | '] },
  { name: 'image in a Docker Hub namespace', target: k('Pod', 'spec containers 0 image', 'yujin/sample-image:0.1'), want: ['1장 › 1.1 › 도커 레지스트리 › 도커 허브에 이미지 업로드 하기 | '] },
  { name: 'imagePullSecrets', target: k('Pod', 'spec imagePullSecrets'), want: ['1장 › 1.1 › 도커 레지스트리 › 도커 허브에 이미지 업로드 하기 | '] },
  // Security, processes, ports
  { name: 'runAsNonRoot', target: k('Deployment', `${POD} securityContext runAsNonRoot`, 'true'), want: ['1장 › 1.1 › 도커 컨테이너란? | 실행 계정은 root 이외의 사용자로 한다.'] },
  { name: 'runAsUser', target: k('Deployment', `${C} securityContext runAsUser`), want: ['1장 › 1.1 › 도커 컨테이너란? | 실행 계정은 root 이외의 사용자로 한다.'] },
  { name: 'containers', target: k('Deployment', `${POD} containers`), want: ['1장 › 1.1 › 도커 컨테이너란? | 1 컨테이너당 1 프로세스', '2장 › 2.1 › 컨테이너 | 어떤 애플리케이션을 실행하도록 빌드된 컨테이너 이미지를 기반으로 기동된 워크로드'] },
  { name: 'command', target: k('Deployment', `${C} command`), want: ['1장 › 1.1 › 도커 컨테이너란? | 1 컨테이너당 1 프로세스'] },
  { name: 'args value', target: k('Pod', 'spec containers 0 args 1', 'a & b'), want: ['1장 › 1.1 › 도커 컨테이너란? | 1 컨테이너당 1 프로세스'] },
  { name: 'exec probe command is not the container command', target: k('Pod', 'spec containers 0 livenessProbe exec command'), want: [`${S23} › 자동화된 복구(self-healing) | 표준으로 컨테이너 프로세스를 모니터링하고 정지를 감지하면 스케줄링을 실행하여 자동으로 재배포한다`] },
  { name: 'containerPort', target: k('Deployment', `${C} ports 0 containerPort`, '8080'), want: ['1장 › 1.1 › 도커 컨테이너 기동 | '] },
  { name: 'Service targetPort', target: k('Service', 'spec ports 0 targetPort'), want: ['1장 › 1.1 › 도커 컨테이너 기동 | '] },
  // Dockerfile
  { name: 'FROM', target: d('FROM'), want: [`${IMG} | `, '1장 › 1.1 › 도커 이미지 › 멀티 스테이지 빌드 | '] },
  { name: 'FROM alpine', target: d('FROM', undefined, 'alpine:3.20'), want: [`${IMG} | alpine`] },
  { name: 'FROM :latest', target: d('FROM', undefined, 'node:latest'), want: ['1장 › 1.1 › 도커 컨테이너란? | 변경 불가능한 인프라(Immutable Infrastructure) 이미지로 생성한다.'] },
  { name: 'FROM AS', target: d('FROM', 'as', 'build'), want: ['1장 › 1.1 › 도커 이미지 › 멀티 스테이지 빌드 | '] },
  { name: 'COPY --from', target: d('COPY', 'from', 'build'), want: ['1장 › 1.1 › 도커 이미지 › 멀티 스테이지 빌드 | '] },
  { name: 'COPY alone', target: d('COPY'), want: [] },
  { name: 'USER', target: d('USER'), want: ['1장 › 1.1 › 도커 컨테이너란? | 실행 계정은 root 이외의 사용자로 한다.'] },
  { name: 'CMD', target: d('CMD'), want: ['1장 › 1.1 › 도커 컨테이너란? | 1 컨테이너당 1 프로세스'] },
  { name: 'ENTRYPOINT', target: d('ENTRYPOINT'), want: ['1장 › 1.1 › 도커 컨테이너란? | 1 컨테이너당 1 프로세스'] },
  { name: 'EXPOSE', target: d('EXPOSE', undefined, '8080'), want: ['1장 › 1.1 › 도커 컨테이너 기동 | '] },
  { name: 'HEALTHCHECK', target: d('HEALTHCHECK'), want: [`${S23} › 자동화된 복구(self-healing) | 표준으로 컨테이너 프로세스를 모니터링하고 정지를 감지하면 스케줄링을 실행하여 자동으로 재배포한다`] },
  // 2.1 terms
  { name: 'runtimeClassName', target: k('Pod', 'spec runtimeClassName'), want: ['2장 › 2.1 › 컨테이너 런타임 | '] },
  { name: 'nodeName', target: k('Pod', 'spec nodeName', 'worker-1'), want: ['2장 › 2.1 › 쿠버네티스 노드 | '] },
  { name: 'kind: Node', target: k('Node', 'kind', 'Node'), want: ['2장 › 2.1 › 쿠버네티스 노드 | ', `${S23} › 스케일링/오토 스케일링 | 컨테이너 클러스터를 구성하여 여러 쿠버네티스 노드를 관리한다`] },
  { name: 'control-plane toleration', target: k('DaemonSet', `${POD} tolerations 0 key`, 'node-role.kubernetes.io/control-plane'), want: ['2장 › 2.1 › 쿠버네티스 마스터 | '] },
  // Ecosystem images and APIs
  { name: 'Ansible AWX', target: k('AWX', 'kind', 'AWX', 'awx.ansible.com/v1beta1'), want: [`${ECO} | Ansible : 쿠버네티스에 컨테이너 배포`] },
  { name: 'Apache Ignite image', target: k('StatefulSet', `${C} image`, 'apacheignite/ignite:2.16.0'), want: [`${ECO} | Apache Ignite : 쿠버네티스 서비스 디스커버리를 이용한 클러스터 생성, 스케일링`] },
  { name: 'Fluentd image', target: k('DaemonSet', `${C} image`, 'fluent/fluentd-kubernetes-daemonset:v1.16'), want: [`${ECO} | Fluentd : 쿠버네티스에 컨테이너 로그 전송`] },
  { name: 'Jenkins image', target: k('Deployment', `${C} image`, 'jenkins/jenkins:lts-jdk17'), want: [`${ECO} | Jenkins : 잡 실행자용 컨테이너를 쿠버네티스에 배포`] },
  { name: 'OpenStack Cinder StorageClass', target: k('StorageClass', 'provisioner', 'cinder.csi.openstack.org'), want: [`${ECO} | OpenStack : 클라우드 사업자와 연계한 쿠버네티스 구축`] },
  { name: 'Prometheus ServiceMonitor', target: k('ServiceMonitor', 'kind', 'ServiceMonitor', 'monitoring.coreos.com/v1'), want: [`${ECO} | Prometheus : 쿠버네티스 모니터링`] },
  { name: 'Spark image', target: k('Pod', 'spec containers 0 image', 'apache/spark:3.5.1'), want: [`${ECO} | Spark : 잡을 쿠버네티스에서 네이티브로 실행`] },
  { name: 'Kubeflow API', target: k('Notebook', 'kind', 'Notebook', 'kubeflow.org/v1'), want: [`${ECO} | Kubeflow : 쿠버네티스에 ML 플랫폼 배포`] },
  { name: 'Rook CephCluster', target: k('CephCluster', 'kind', 'CephCluster', 'ceph.rook.io/v1'), want: [`${ECO} | Rock : 쿠버네티스에 분산 파일 시스템 배포`] },
  { name: 'Vitess image', target: k('Pod', 'spec containers 0 image', 'vitess/lite:v19.0.4'), want: [`${ECO} | V itess : 쿠버네티스에 MySQL 클러스터 배포`] },
  { name: 'Argo CD Application', target: k('Application', 'kind', 'Application', 'argoproj.io/v1alpha1'), want: [`${ECO} | 그 외 다수`] },
  // Chapter 3: environments
  { name: 'kind cluster config: kind', target: k('Cluster', 'kind', 'Cluster'), want: [`${ENV} › 로컬 쿠버네티스 | kind(Kubernetes in Docker)`] },
  { name: 'kind cluster config: nodes', target: k('Cluster', 'nodes'), want: [`${S23} › 스케일링/오토 스케일링 | 컨테이너 클러스터를 구성하여 여러 쿠버네티스 노드를 관리한다`, `${ENV} › 로컬 쿠버네티스 | kind(Kubernetes in Docker)`] },
  { name: 'kind cluster config: control-plane role', target: k('Cluster', 'nodes 0 role', 'control-plane'), want: ['2장 › 2.1 › 쿠버네티스 마스터 | '] },
  { name: 'kind cluster config: kubeadmConfigPatches', target: k('Cluster', 'kubeadmConfigPatches'), want: [`${ENV} › 로컬 쿠버네티스 | kind(Kubernetes in Docker)`, `${ENV} › 쿠버네티스 구축 도구 › 큐브어드민(kubeadm) | `] },
  { name: 'kind cluster config: networking', target: k('Cluster', 'networking disableDefaultCNI', 'true'), want: [`${ENV} › 로컬 쿠버네티스 | kind(Kubernetes in Docker)`, `${ENV} › 쿠버네티스 구축 도구 › 플라넬 | `] },
  { name: 'minikube node', target: k('Pod', 'spec nodeSelector kubernetes.io/hostname', 'minikube'), want: [`${ENV} › 로컬 쿠버네티스 | 미니큐브(Minikube)`] },
  { name: 'Docker Desktop node', target: k('Pod', 'spec nodeName', 'docker-desktop'), want: [`${ENV} › 로컬 쿠버네티스 | Docker Desktop for Mac / Window`] },
  { name: 'kubeadm config', target: k('ClusterConfiguration', 'kind', 'ClusterConfiguration'), want: [`${ENV} › 쿠버네티스 구축 도구 › 큐브어드민(kubeadm) | `] },
  { name: 'flannel image', target: k('DaemonSet', `${C} image`, 'docker.io/flannel/flannel:v0.25.1'), want: [`${ENV} › 쿠버네티스 구축 도구 › 플라넬 | `] },
  { name: 'Rancher', target: k('Cluster', 'kind', 'Cluster', 'provisioning.cattle.io/v1'), want: [`${ENV} › 쿠버네티스 구축 도구 › 랜처(Rancher) | `] },
  { name: 'Kubespray', target: k('Pod', 'spec containers 0 image', 'quay.io/kubespray/kubespray:v2.24.0'), want: [`${ENV} › 쿠버네티스 구축 도구 › 그 외 | 엔서블(Ansible)을 사용한 큐브스프레이(Kubespray)`] },
  { name: 'kube-aws', target: k('Pod', 'spec nodeSelector kube-aws.coreos.com/role'), want: [`${ENV} › 쿠버네티스 구축 도구 › 그 외 | 클라우드포메이션(CloudFormation)을 사용한 kube-aws`] },
  { name: 'kops instance group', target: k('Pod', 'spec nodeSelector kops.k8s.io/instancegroup'), want: [`${ENV} › 쿠버네티스 구축 도구 › 그 외 | 테라폼(Terraform)이나 클라우드 포메이션 형식의 파일을 출력할 수 있는 캅스(kobs)`] },
  {
    name: 'Magnum node group',
    target: k('Pod', 'spec nodeSelector magnum.openstack.org/nodegroup'),
    want: [`${ECO} | OpenStack : 클라우드 사업자와 연계한 쿠버네티스 구축`, `${ENV} › 쿠버네티스 구축 도구 › 그 외 | OpenStack Heat을 사용한 OpenStackMagnum`],
  },
  { name: 'GKE node pool', target: k('Deployment', `${POD} nodeSelector cloud.google.com/gke-nodepool`), want: [`${ENV} › 퍼블릭 클라우드 관리형 쿠버네티스 서비스 | Google Kubernetes Engine(GKE)`] },
  { name: 'AKS agent pool', target: k('Deployment', `${POD} affinity nodeAffinity x 0 key`, 'kubernetes.azure.com/agentpool'), want: [`${ENV} › 퍼블릭 클라우드 관리형 쿠버네티스 서비스 | Azure Kubernetes Service(AKS)`] },
  { name: 'EKS load balancer annotation', target: k('Service', 'metadata annotations service.beta.kubernetes.io/aws-load-balancer-type'), want: [`${ENV} › 퍼블릭 클라우드 관리형 쿠버네티스 서비스 | Elastic Kubernetes Service(EKS)`] },
  // SLO
  { name: 'initContainers', target: k('Pod', 'spec initContainers'), want: [`${SLO} › 파드 기동 시간 | 이미지 다운로드 시간이나 초기화 컨테이너(Init Container) 처리시간은 포함하지 않음`] },
  { name: 'webhook timeout', target: k('ValidatingWebhookConfiguration', 'webhooks 0 timeoutSeconds', '10'), want: [`${SLO} › API 응답 시간 | 단일 객체의 변경 API 요청에 대해 지난 5분동안 99%가 1초 내에 돌아올 것(일부 제외)`] },
  { name: 'FlowSchema', target: k('FlowSchema', 'spec matchingPrecedence'), want: [`${SLO} › API 응답 시간 | 비스트리밍(non-streaming)의 API 요청에 대해 지난 5분 동안 99%가 아래 초 이내에 돌아올 것(일부 제외)`] },
  { name: 'kind: PriorityLevelConfiguration', target: k('PriorityLevelConfiguration', 'kind', 'PriorityLevelConfiguration', 'flowcontrol.apiserver.k8s.io/v1'), want: [`${SLO} | `] },
  // Topics
  { name: 'topic simulation.report', target: topic('simulation.report'), want: [`${SLO} | `] },
  { name: 'topic pod.startup', target: topic('pod.startup'), want: [`${SLO} › 파드 기동 시간 | `] },
  { name: 'topic cluster.environment', target: topic('cluster.environment'), want: [`${ENV} | `] },
  { name: 'topic image.light', target: topic('image.light'), want: ['1장 › 1.1 › 도커 컨테이너란? | 경량의 도커 이미지로 생성한다', `${IMG} | `] },
  { name: 'topic scaling.cluster', target: topic('scaling.cluster'), want: [`${S23} › 리소스 관리 | 클러스터 오토 스케일링 기능으로 리소스 사용 상태에 따라 쿠버네티스 클러스터의 노드도 자동 추가 삭제할 수 있다`] },
];
