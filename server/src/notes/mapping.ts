/**
 * The mapping: which part of the bundled notes explains which field, kind, value, Dockerfile
 * instruction or topic. Data, not code. `at` and `focus` name a node of the notes by its text
 * (the whole text, or a part of it found in one node only); a test fails when one no longer
 * exists or has become ambiguous, and another when a section or bullet of the notes is left out.
 *
 * How a match is shown: a section shows its own paragraphs, bullets and code; a bullet with
 * sub-bullets shows them; a bullet without shows its list, itself in bold. `focus` bolds one
 * node inside `at` (the size class of the image under the cursor, …). Selectors are described in
 * select.ts; a value test (`~`, `=`) beats a kind or flag, which beats a bare path.
 */
export interface NotesLink {
  at: string;
  focus?: string;
  explains: string[];
  /** Shown only when nothing else matches as well (facts about an image name's form). */
  weak?: true;
}

/** Registries named in the notes: Docker Hub, Google (gcr.io, Artifact Registry), Amazon ECR. */
const KNOWN_REGISTRY = String.raw`^(docker\.io|index\.docker\.io|registry-1\.docker\.io|([\w-]+\.)?gcr\.io|[\w-]+-docker\.pkg\.dev|\d+\.dkr\.ecr\.[\w-]+\.amazonaws\.com(\.cn)?|public\.ecr\.aws)/`;
/** Any registry host: the first part of the name has a dot or a port, or is localhost. */
const REGISTRY_HOST = String.raw`^([^/@]*[.:][^/@]*|localhost)/`;
/** Docker Hub's `user/image[:tag]`: one slash, and no host before it. */
const HUB_NAMESPACE = String.raw`^[a-z0-9]+([_-][a-z0-9]+)*/[^/]+$`;
/** No tag (or `:latest`) and no digest: the image can change under the same name (`scratch` is no image). */
const MUTABLE_TAG = String.raw`^(?!scratch$)([^/@]*/)*[^/:@]+$|:latest$`;

export const mapping: NotesLink[] = [
  // 1장 › 1.1 › 도커 컨테이너란?
  {
    at: '도커 컨테이너란?',
    focus: '1 컨테이너당 1 프로세스',
    explains: ['containers', 'Pod', 'ephemeralContainers'],
  },
  {
    at: '1 컨테이너당 1 프로세스',
    explains: [
      'containers.command',
      'containers.args',
      'shareProcessNamespace',
      'dockerfile: CMD',
      'dockerfile: ENTRYPOINT',
      'topic: containers.oneProcess',
    ],
  },
  {
    at: '변경 불가능한 인프라(Immutable Infrastructure) 이미지로 생성한다.',
    explains: [`image ~ ${MUTABLE_TAG}`, 'imagePullPolicy', `dockerfile: FROM ~ ${MUTABLE_TAG}`, 'topic: image.immutable'],
  },
  { at: '경량의 도커 이미지로 생성한다', explains: ['topic: image.light'] },
  {
    at: '실행 계정은 root 이외의 사용자로 한다.',
    explains: ['securityContext.**', 'dockerfile: USER', 'topic: security.nonRoot'],
  },

  // 1장 › 1.1 › 도커 이미지
  { at: '도커 이미지', explains: ['image'] },
  { at: '사이즈별 이미지', explains: ['dockerfile: FROM', 'topic: image.light'] },
  { at: '사이즈별 이미지', focus: 'scratch', explains: ['dockerfile: FROM ~ ^scratch$'] },
  { at: '사이즈별 이미지', focus: 'alpine', explains: ['image ~ alpine', 'dockerfile: FROM ~ alpine'] },
  { at: '사이즈별 이미지', focus: 'distroless', explains: ['image ~ distroless', 'dockerfile: FROM ~ distroless'] },
  { at: '사이즈별 이미지', focus: 'ubuntu', explains: ['image ~ (^|/)ubuntu([:@]|$)', 'dockerfile: FROM ~ (^|/)ubuntu([:@]|$)'] },
  { at: '사이즈별 이미지', focus: 'centos', explains: ['image ~ (^|/)centos([:@]|$)', 'dockerfile: FROM ~ (^|/)centos([:@]|$)'] },
  {
    at: '사이즈별 이미지',
    focus: 'Universal Base Image',
    explains: ['image ~ (^|/)ubi\\d*(-[a-z]+)?([:@]|$)', 'dockerfile: FROM ~ (^|/)ubi\\d*(-[a-z]+)?([:@]|$)'],
  },
  { at: '멀티 스테이지 빌드', explains: ['dockerfile: FROM', 'dockerfile: FROM AS', 'dockerfile: COPY --from', 'topic: image.multiStage'] },

  // 1장 › 1.1 › 도커 레지스트리
  {
    at: '도커 레지스트리',
    focus: 'Docker Hub, Google Container Registry',
    explains: [`image ~ ${KNOWN_REGISTRY}`, `dockerfile: FROM ~ ${KNOWN_REGISTRY}`],
    weak: true,
  },
  { at: '도커 레지스트리', explains: [`image ~ ${REGISTRY_HOST}`, `dockerfile: FROM ~ ${REGISTRY_HOST}`, 'topic: image.registry'], weak: true },
  {
    at: '도커 허브에 이미지 업로드 하기',
    explains: [`image ~ ${HUB_NAMESPACE}`, `dockerfile: FROM ~ ${HUB_NAMESPACE}`, 'imagePullSecrets'],
    weak: true,
  },

  // 1장 › 1.1 › 도커 컨테이너 기동: `docker container run -p 12345:8080`
  {
    at: '도커 컨테이너 기동',
    explains: ['containerPort', 'hostPort', 'Service spec.ports.targetPort', 'Service spec.ports.nodePort', 'dockerfile: EXPOSE', 'topic: ports'],
  },

  // 2장 › 2.1 쿠버네티스란?
  {
    at: '컨테이너 오케스트레이션 엔진',
    explains: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  },
  { at: '컨테이너 런타임', explains: ['runtimeClassName', 'RuntimeClass', 'RuntimeClass handler'] },
  { at: '쿠버네티스 노드', explains: ['nodeName', 'Node', 'topic: cluster.nodes'] },
  {
    at: '쿠버네티스 마스터',
    explains: [
      '~ ^node-role\\.kubernetes\\.io/(control-plane|master)$',
      'kind.x-k8s.io/* Cluster nodes.role = control-plane',
      'topic: cluster.controlPlane',
    ],
  },
  { at: '어떤 애플리케이션을 실행하도록 빌드된', explains: ['containers'] },

  // 2장 › 2.3 쿠버네티스를 사용하면 무엇을 할 수 있을까?
  { at: '선언적 코드(매니페스트)를 통해 컨테이너를 배포한다 (IaC)', explains: ['.apiVersion', '.kind', 'topic: manifest.declarative'] },
  { at: '컨테이너 클러스터를 구성하여', explains: ['Node', 'kind.x-k8s.io/* Cluster nodes', 'topic: cluster.nodes'] },
  {
    at: '레플리카를 배포해 부하 분산 및 다중화구조를 만든다',
    explains: ['spec.replicas', 'PodDisruptionBudget spec.minAvailable', 'PodDisruptionBudget spec.maxUnavailable', 'topic: scaling.replicas'],
  },
  {
    at: '부하에 따라 레플리카 수를 자동으로 조절해',
    explains: ['HorizontalPodAutoscaler', 'HorizontalPodAutoscaler spec.**', 'topic: scaling.autoscaling'],
  },
  {
    at: 'Affinity, Anti-Affinity 기능을 사용하여 스케줄링할 수 있다',
    explains: [
      'affinity.**',
      'nodeSelector.**',
      'tolerations.**',
      'topologySpreadConstraints.**',
      'schedulerName',
      'priorityClassName',
      'PriorityClass',
      'Node spec.taints.**',
      'topic: scheduling.affinity',
    ],
  },
  {
    at: '기본적으로 쿠버네티스 노드의 CPU, 메모리 여유 리소스 상태에 따라',
    explains: [
      'containers.resources.**',
      'initContainers.resources.**',
      'Pod .spec.resources.**',
      'template.spec.resources.**',
      'overhead.**',
      'LimitRange',
      'LimitRange spec.**',
      'ResourceQuota',
      'ResourceQuota spec.**',
      'Node status.allocatable.**',
      'Node status.capacity.**',
      'topic: scheduling.resources',
    ],
  },
  {
    at: '클러스터 오토 스케일링 기능으로',
    explains: ['~ ^cluster-autoscaler\\.kubernetes\\.io/', 'HorizontalPodAutoscaler spec.maxReplicas', 'topic: scaling.cluster'],
  },
  {
    at: '표준으로 컨테이너 프로세스를 모니터링하고',
    explains: ['livenessProbe.**', 'readinessProbe.**', 'startupProbe.**', 'restartPolicy', 'dockerfile: HEALTHCHECK', 'topic: selfHealing'],
  },
  {
    at: '서비스(Service), 인그레스(ingress)',
    explains: ['Service', 'Ingress', 'IngressClass', 'Service spec.type', 'ingressClassName', 'Ingress spec.rules', 'topic: service.loadBalancing'],
  },
  {
    at: '사전 정의된 조건과 일치하는 컨테이너 그룹에 라우팅하는 엔드포인트 할당',
    explains: ['selector.**', 'metadata.labels.**', 'EndpointSlice', 'Endpoints', 'topic: service.selector'],
  },
  {
    at: '각각의 마이크로 서비스가 정의된 복수의 매니페스트',
    explains: [
      'Service .metadata.name',
      'backend.service.**',
      'Service spec.externalName',
      'dnsPolicy',
      'enableServiceLinks',
      'hostAliases',
      'subdomain',
      'topic: service.discovery',
    ],
  },
  { at: '백엔드 데이터 스토어 etcd', explains: ['ConfigMap', 'Secret', 'topic: config.data'] },
  {
    at: '백엔드 데이터 스토어 etcd',
    focus: '애플리케이션에서 사용되는 설정파일',
    explains: [
      'configMapRef.**',
      'secretRef.**',
      'configMapKeyRef.**',
      'secretKeyRef.**',
      'envFrom',
      'volumes.configMap.**',
      'volumes.secret.**',
      'ConfigMap data.**',
      'ConfigMap binaryData.**',
      'Secret data.**',
      'Secret stringData.**',
    ],
  },
  {
    at: '백엔드 데이터 스토어 etcd',
    focus: '컨테이너나 서비스의 매니페스트 파일도 이중화',
    explains: ['.metadata.resourceVersion', '.metadata.uid', '.metadata.generation', '.metadata.creationTimestamp', '.metadata.managedFields.**'],
  },
  { at: '백엔드 데이터 스토어 etcd', focus: '클러스터를 통한 이중화', explains: ['kubeadm.k8s.io/* ClusterConfiguration etcd.**'] },

  // 2장 › 2.3 › 외부 에코시스템과의 연계: the tools' images and APIs
  { at: '외부 에코시스템과의 연계', focus: 'Ansible', explains: ['image ~ ansible|(^|/)awx', 'awx.ansible.com/* *'] },
  { at: '외부 에코시스템과의 연계', focus: 'Apache Ignite', explains: ['image ~ ignite'] },
  { at: '외부 에코시스템과의 연계', focus: 'Fluentd', explains: ['image ~ fluent(d|-bit)|(^|/)fluent/'] },
  { at: '외부 에코시스템과의 연계', focus: 'Jenkins', explains: ['image ~ jenkins', 'jenkins.io/* *'] },
  {
    at: '외부 에코시스템과의 연계',
    focus: 'OpenStack :',
    explains: ['image ~ openstack|provider-os/', 'StorageClass provisioner ~ openstack', '~ openstack\\.org/'],
  },
  { at: '외부 에코시스템과의 연계', focus: 'Prometheus', explains: ['image ~ prometheus', 'monitoring.coreos.com/* *', '~ ^prometheus\\.io/'] },
  { at: '외부 에코시스템과의 연계', focus: 'Spark', explains: ['image ~ spark', 'sparkoperator.k8s.io/* *'] },
  { at: '외부 에코시스템과의 연계', focus: 'Kubeflow', explains: ['image ~ kubeflow', 'kubeflow.org/* *'] },
  // "Rock" in the notes is Rook, the storage operator.
  { at: '외부 에코시스템과의 연계', focus: 'Rock', explains: ['image ~ (^|/)rook/', 'ceph.rook.io/* *', 'StorageClass provisioner ~ rook'] },
  { at: '외부 에코시스템과의 연계', focus: 'V itess', explains: ['image ~ vitess', 'planetscale.com/* *'] },
  {
    at: '외부 에코시스템과의 연계',
    focus: '그 외 다수',
    explains: [
      'image ~ (^|/)(argoproj|istio|linkerd|grafana|jaegertracing|jetstack|strimzi|velero|tektoncd|goharbor)/',
      'argoproj.io/* *',
      'networking.istio.io/* *',
      'cert-manager.io/* *',
      'tekton.dev/* *',
    ],
  },

  // 3장 › 쿠버네티스 환경과 도구
  { at: '쿠버네티스 환경과 도구', explains: ['topic: cluster.environment'] },
  {
    at: '로컬 쿠버네티스',
    focus: '미니큐브(Minikube)',
    explains: ['~ ^minikube(-m\\d+)?$', '~ ^minikube\\.k8s\\.io/', 'StorageClass provisioner ~ minikube', 'image ~ k8s-minikube/'],
  },
  { at: '로컬 쿠버네티스', focus: 'Docker Desktop', explains: ['~ ^docker-desktop$', 'StorageClass provisioner = docker.io/hostpath'] },
  {
    at: '로컬 쿠버네티스',
    focus: 'kind(Kubernetes in Docker)',
    explains: [
      'kind.x-k8s.io/* Cluster',
      'kind.x-k8s.io/* Cluster **',
      '~ ^kind-(control-plane|worker\\d*)$',
      'image ~ kindest/',
      'StorageClass provisioner = rancher.io/local-path',
    ],
  },
  {
    at: '큐브어드민(kubeadm)',
    explains: ['kubeadm.k8s.io/* *', 'kubeadm.k8s.io/* * **', 'kind.x-k8s.io/* Cluster kubeadmConfigPatches.**', '~ ^kubeadm\\.'],
  },
  {
    at: '플라넬',
    explains: ['image ~ flannel', 'kind.x-k8s.io/* Cluster networking.**', 'podCIDR', 'podCIDRs', '~ ^flannel\\.alpha\\.coreos\\.com/'],
  },
  { at: '랜처(Rancher)', explains: ['image ~ (^|/)rancher/(rancher|rke|k3s)', '*.cattle.io/* *', '~ cattle\\.io/'] },
  { at: '그 외', focus: '큐브스프레이(Kubespray)', explains: ['image ~ kubespray', '~ kubespray'] },
  { at: '그 외', focus: 'kube-aws', explains: ['~ ^kube-aws\\.coreos\\.com/', 'image ~ kube-aws'] },
  { at: '그 외', focus: '캅스(kobs)', explains: ['~ ^kops\\.k8s\\.io/', 'kops.k8s.io/* *', 'image ~ kops'] },
  { at: '그 외', focus: 'OpenStackMagnum', explains: ['~ ^magnum\\.openstack\\.org/'] },
  {
    at: '퍼블릭 클라우드 관리형 쿠버네티스 서비스',
    focus: 'Google Kubernetes Engine(GKE)',
    explains: ['~ ^cloud\\.google\\.com/', '~ \\.gke\\.io/', 'ingressClassName ~ ^gce', 'StorageClass provisioner ~ gke\\.io|kubernetes\\.io/gce-pd'],
  },
  {
    at: '퍼블릭 클라우드 관리형 쿠버네티스 서비스',
    focus: 'Azure Kubernetes Service(AKS)',
    explains: ['~ ^kubernetes\\.azure\\.com/', '~ (^|[./])azure', 'StorageClass provisioner ~ csi\\.azure\\.com|kubernetes\\.io/azure'],
  },
  {
    at: '퍼블릭 클라우드 관리형 쿠버네티스 서비스',
    focus: 'Elastic Kubernetes Service(EKS)',
    explains: [
      '~ ^eks\\.amazonaws\\.com/',
      '~ ^service\\.beta\\.kubernetes\\.io/aws-',
      '~ ^alb\\.ingress\\.kubernetes\\.io/',
      'ingressClassName = alb',
      'StorageClass provisioner ~ csi\\.aws\\.com|kubernetes\\.io/aws-ebs',
    ],
  },

  // 3장 › 쿠버네티스 서비스 수준 목표 (SLO): on the scheduling report, and where startup time or API latency is set
  { at: '쿠버네티스 서비스 수준 목표', explains: ['topic: simulation.report', 'flowcontrol.apiserver.k8s.io/* *'] },
  { at: '파드 기동 시간', explains: ['topic: pod.startup'] },
  { at: '파드 기동 시간', focus: '이미지 다운로드 시간이나 초기화 컨테이너', explains: ['initContainers', 'imagePullPolicy'] },
  {
    at: 'API 응답 시간',
    focus: '단일 객체의 변경 API 요청',
    explains: ['webhooks.timeoutSeconds', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
  },
  { at: 'API 응답 시간', focus: '비스트리밍(non-streaming)', explains: ['flowcontrol.apiserver.k8s.io/* * spec.**'] },
];
