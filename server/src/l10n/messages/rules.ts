import { defineMessages } from '../define';

/** Best-practice and cross-document rules (service/rules): descriptions, messages, quick fixes. */
export default defineMessages({
  // ---- images (P2) ----
  'rules.latestTag.description': { en: 'An image with no tag or the `latest` tag', ko: '태그가 없거나 `latest` 태그인 이미지' },
  'rules.latestTag.untagged': {
    en: 'Image `{image}` has no tag, so it means `{image}:latest`, which moves: the same manifest can start a different image tomorrow, and a rollback cannot bring the old one back. Pin a version tag (or a digest).',
    ko: '이미지 `{image}`에 태그가 없어 `{image}:latest`를 뜻한다. latest는 계속 바뀌므로 같은 매니페스트가 내일은 다른 이미지를 띄울 수 있고, 롤백해도 이전 이미지로 돌아가지 않는다. 버전 태그(또는 다이제스트)로 고정할 것 (변경 불가능한 인프라).',
  },
  'rules.latestTag.latest': {
    en: '`{image}:latest` moves: the same manifest can start a different image tomorrow, and a rollback cannot bring the old one back. Pin a version tag (or a digest).',
    ko: '`{image}:latest`는 계속 바뀐다. 같은 매니페스트가 내일은 다른 이미지를 띄울 수 있고, 롤백해도 이전 이미지로 돌아가지 않는다. 버전 태그(또는 다이제스트)로 고정할 것 (변경 불가능한 인프라).',
  },
  'rules.imageDigest.description': { en: 'An image pinned by tag rather than by digest (optional)', ko: '다이제스트가 아니라 태그로 고정한 이미지 (선택 규칙)' },
  'rules.imageDigest.message': {
    en: '`{image}` is pinned by tag, and a tag can be pushed again to point at another image. Only a digest (`@sha256:…`) names one image forever.',
    ko: '`{image}`는 태그로 고정되어 있는데, 태그는 다시 push하면 다른 이미지를 가리킬 수 있다. 다이제스트(`@sha256:…`)만이 하나의 이미지를 영원히 가리킨다.',
  },

  // ---- non-root and least privilege (P4) ----
  'rules.runAsNonRoot.description': { en: 'A container that may run as root (no runAsNonRoot or non-zero runAsUser)', ko: 'root로 실행될 수 있는 컨테이너 (runAsNonRoot도, 0이 아닌 runAsUser도 없음)' },
  'rules.runAsNonRoot.message': {
    en: 'Container `{container}` runs as whatever user its image sets, and most images run as root: a process that escapes the container is then root on the node. Set `securityContext.runAsNonRoot: true` (and a non-root USER in the image).',
    ko: '컨테이너 `{container}`는 이미지가 정한 사용자로 실행되는데, 대부분의 이미지는 root로 실행된다. 컨테이너를 탈출한 프로세스는 노드에서도 root가 된다. `securityContext.runAsNonRoot: true`를 설정할 것 (이미지에도 root가 아닌 USER를). 실행 계정은 root 이외의 사용자로 한다.',
  },
  'rules.runAsNonRoot.dockerfile': {
    en: 'Container `{container}` runs `{image}`, which {dockerfile} builds to run as root, and nothing here asks for another user: it runs as root in the cluster. Give the image a non-root USER, or set `securityContext.runAsNonRoot: true` with a `runAsUser`.',
    ko: '컨테이너 `{container}`는 `{image}`를 실행하는데, {dockerfile}이(가) 이 이미지를 root로 실행되게 빌드하고 여기서도 다른 사용자를 지정하지 않는다. 클러스터에서 root로 실행된다. 이미지에 root가 아닌 USER를 두거나 `securityContext.runAsNonRoot: true`와 `runAsUser`를 설정할 것.',
  },
  'rules.runAsNonRoot.related': { en: 'the image\'s user (root)', ko: '이미지의 사용자 (root)' },
  'rules.runAsNonRoot.fromDockerfile': {
    en: 'The image built here ({image}) runs as root, and {manifests} run it without a non-root securityContext: those containers run as root in the cluster. Add a non-root USER.',
    ko: '여기서 빌드하는 이미지({image})는 root로 실행되고, {manifests}이(가) root가 아닌 securityContext 없이 이 이미지를 실행한다. 그 컨테이너들은 클러스터에서 root로 실행된다. root가 아닌 USER를 추가할 것.',
  },
  'rules.runAsNonRoot.runner': { en: '`{name}` runs this image as root', ko: '`{name}`이(가) 이 이미지를 root로 실행한다' },
  'rules.imagePorts.description': { en: 'A containerPort that the image\'s Dockerfile in the workspace does not EXPOSE', ko: '워크스페이스의 Dockerfile이 EXPOSE하지 않는 containerPort' },
  'rules.imagePorts.message': {
    en: 'Port {port} is not one the image `{image}` EXPOSEs ({exposed}, in {dockerfile}): the manifest and the image disagree on where the app listens.',
    ko: '포트 {port}는 이미지 `{image}`가 EXPOSE하는 포트({exposed}, {dockerfile})가 아니다. 매니페스트와 이미지가 앱이 듣는 포트를 다르게 말한다.',
  },
  'rules.imagePorts.related': { en: 'EXPOSE in the Dockerfile', ko: 'Dockerfile의 EXPOSE' },
  'rules.runAsRoot.description': { en: 'A securityContext that asks for root (`runAsUser: 0`, `runAsNonRoot: false`)', ko: 'root로 실행하도록 한 securityContext (`runAsUser: 0`, `runAsNonRoot: false`)' },
  'rules.runAsRoot.uid0': {
    en: '`runAsUser: 0` runs the container as root: a process that escapes the container is root on the node. Use a non-root UID.',
    ko: '`runAsUser: 0`은 컨테이너를 root로 실행한다. 컨테이너를 탈출한 프로세스는 노드에서도 root가 된다. root가 아닌 UID를 쓸 것.',
  },
  'rules.runAsRoot.nonRootFalse': {
    en: '`runAsNonRoot: false` lets the container run as root. Set it to `true` and give the image a non-root USER.',
    ko: '`runAsNonRoot: false`는 컨테이너가 root로 실행되는 것을 허용한다. `true`로 바꾸고 이미지에 root가 아닌 USER를 둘 것.',
  },
  'rules.privileged.description': { en: 'A privileged container', ko: '특권(privileged) 컨테이너' },
  'rules.privileged.message': {
    en: 'Container `{container}` is privileged: it has every capability and the node\'s devices, so escaping to the node is trivial. Add only the capability it needs (`capabilities.add`).',
    ko: '컨테이너 `{container}`는 특권 컨테이너다. 모든 capability와 노드의 장치를 가지므로 노드로 탈출하기 쉽다. 필요한 capability만 추가할 것 (`capabilities.add`).',
  },
  'rules.privilegeEscalation.description': { en: '`allowPrivilegeEscalation: true`', ko: '`allowPrivilegeEscalation: true`' },
  'rules.privilegeEscalation.message': {
    en: 'Container `{container}` lets a process gain more privileges than its parent (setuid binaries such as sudo). Set `allowPrivilegeEscalation: false` unless it must.',
    ko: '컨테이너 `{container}`는 프로세스가 부모보다 높은 권한을 얻도록 허용한다 (sudo 같은 setuid 바이너리). 꼭 필요하지 않다면 `allowPrivilegeEscalation: false`로 할 것.',
  },
  'rules.dangerousCapabilities.description': { en: 'A capability added beyond the Pod Security Standards baseline', ko: 'Pod Security Standards baseline을 넘는 capability 추가' },
  'rules.dangerousCapabilities.message': {
    en: 'Capability `{capability}` (container `{container}`) is beyond the baseline set of the Pod Security Standards: it widens what an attacker in the container can do to the node. Add it only if the program needs it.',
    ko: 'capability `{capability}`(컨테이너 `{container}`)는 Pod Security Standards의 baseline 범위를 넘는다. 컨테이너 안의 공격자가 노드에 할 수 있는 일이 늘어난다. 프로그램에 꼭 필요할 때만 추가할 것.',
  },
  'rules.dangerousCapabilities.all': {
    en: '`{capability}` gives container `{container}` every capability, like a privileged container. Add only the ones it needs.',
    ko: '`{capability}`는 컨테이너 `{container}`에 특권 컨테이너처럼 모든 capability를 준다. 필요한 것만 추가할 것.',
  },
  'rules.hostNamespaces.description': { en: 'hostNetwork, hostPID or hostIPC', ko: 'hostNetwork, hostPID, hostIPC' },
  'rules.hostNamespaces.hostNetwork': {
    en: '`hostNetwork: true` puts the pod on the node\'s network: it can bind the node\'s ports and reach services that trust the node. Use a Service (and a hostPort only if you must).',
    ko: '`hostNetwork: true`는 파드를 노드의 네트워크에 둔다. 노드의 포트를 점유하고 노드를 신뢰하는 서비스에 접근할 수 있다. Service를 쓸 것 (꼭 필요하면 hostPort만).',
  },
  'rules.hostNamespaces.hostPID': {
    en: '`hostPID: true` shows the pod every process of the node (and their environment, often with secrets). Drop it unless this is a node agent.',
    ko: '`hostPID: true`는 노드의 모든 프로세스(와 흔히 시크릿이 담긴 환경 변수)를 파드에 보여 준다. 노드 에이전트가 아니라면 없앨 것.',
  },
  'rules.hostNamespaces.hostIPC': {
    en: '`hostIPC: true` shares the node\'s IPC namespace (shared memory of every process). Drop it unless this is a node agent.',
    ko: '`hostIPC: true`는 노드의 IPC 네임스페이스(모든 프로세스의 공유 메모리)를 공유한다. 노드 에이전트가 아니라면 없앨 것.',
  },
  'rules.hostPath.description': { en: 'A hostPath volume', ko: 'hostPath 볼륨' },
  'rules.hostPath.message': {
    en: 'hostPath `{path}` mounts the node\'s filesystem into the pod: the pod depends on the node it lands on, and a writable mount can change the node. Prefer emptyDir, a ConfigMap or a PersistentVolumeClaim.',
    ko: 'hostPath `{path}`는 노드의 파일 시스템을 파드에 마운트한다. 파드가 배치된 노드에 의존하게 되고, 쓰기 가능한 마운트는 노드를 바꿀 수 있다. emptyDir, ConfigMap, PersistentVolumeClaim을 먼저 검토할 것.',
  },
  'rules.hostPath.sensitive': {
    en: 'hostPath `{path}` hands the node over to the pod (its root, configuration, or the container runtime\'s socket): whoever controls the container controls the node.',
    ko: 'hostPath `{path}`는 노드(루트, 설정, 컨테이너 런타임 소켓)를 파드에 넘겨준다. 컨테이너를 장악한 사람이 노드를 장악한다.',
  },

  // ---- resources (P9) ----
  'rules.missingRequests.description': { en: 'A container without CPU or memory requests', ko: 'CPU나 메모리 requests가 없는 컨테이너' },
  'rules.missingRequests.both': {
    en: 'Container `{container}` requests no CPU or memory. The scheduler places pods by their requests: it counts this one as needing nothing, can pack its node too tight, and the pod is the first evicted under pressure (BestEffort). Set `resources.requests`.',
    ko: '컨테이너 `{container}`에 CPU와 메모리 requests가 없다. 스케줄러는 requests로 파드를 배치하므로 이 컨테이너를 아무것도 필요 없는 것으로 계산해 노드를 과하게 채울 수 있고, 자원이 부족하면 가장 먼저 축출된다(BestEffort). `resources.requests`를 설정할 것 (리소스 관리).',
  },
  'rules.missingRequests.cpu': {
    en: 'Container `{container}` requests no CPU. The scheduler places pods by their requests and counts this container\'s CPU as zero. Set `resources.requests.cpu`.',
    ko: '컨테이너 `{container}`에 CPU requests가 없다. 스케줄러는 requests로 파드를 배치하므로 이 컨테이너의 CPU를 0으로 계산한다. `resources.requests.cpu`를 설정할 것 (리소스 관리).',
  },
  'rules.missingRequests.memory': {
    en: 'Container `{container}` requests no memory. The scheduler places pods by their requests and counts this container\'s memory as zero. Set `resources.requests.memory`.',
    ko: '컨테이너 `{container}`에 메모리 requests가 없다. 스케줄러는 requests로 파드를 배치하므로 이 컨테이너의 메모리를 0으로 계산한다. `resources.requests.memory`를 설정할 것 (리소스 관리).',
  },
  'rules.missingMemoryLimit.description': { en: 'A container without a memory limit', ko: '메모리 limits가 없는 컨테이너' },
  'rules.missingMemoryLimit.message': {
    en: 'Container `{container}` has no memory limit: it can use the node\'s memory until the kernel\'s OOM killer picks victims, possibly other pods. Set `resources.limits.memory` (often equal to the request).',
    ko: '컨테이너 `{container}`에 메모리 limits가 없다. 노드의 메모리를 다 쓸 때까지 늘어날 수 있고, 그러면 커널의 OOM killer가 다른 파드를 죽일 수도 있다. `resources.limits.memory`를 설정할 것 (흔히 requests와 같게).',
  },
  'rules.missingCpuLimit.description': { en: 'A container without a CPU limit (strict; disputed)', ko: 'CPU limits가 없는 컨테이너 (strict 전용, 의견이 갈림)' },
  'rules.missingCpuLimit.message': {
    en: 'Container `{container}` has no CPU limit, so it can use idle CPU of its node. Many teams prefer that (a limit throttles even on an idle node); set one if your policy asks for it.',
    ko: '컨테이너 `{container}`에 CPU limits가 없어 노드의 남는 CPU를 쓸 수 있다. 많은 팀이 이쪽을 선호한다(limits는 노드가 한가해도 스로틀링한다). 팀 정책이 요구할 때 설정할 것.',
  },

  // ---- self-healing (P10) ----
  'rules.requestsExceedNodes.description': { en: 'A pod that requests more than any node of the cluster offers', ko: '클러스터의 어느 노드보다 많이 요청하는 파드' },
  'rules.requestsExceedNodes.default': {
    en: 'The pod requests {requested} of {resource}, more than any node of the default cluster offers (at most {largest}, on {node}): it would stay Pending ("Insufficient {resource}"). Request less, or simulate with your cluster (Nodes in the workspace, the setting `kubeGuide.simulation.clusterFile`, or `kube-guide lint --cluster FILE`).',
    ko: '파드가 {resource}를 {requested} 요청하는데, 기본 클러스터의 어느 노드도 그만큼 줄 수 없다 (최대 {largest}, {node}). 파드가 Pending 상태로 남는다 ("Insufficient {resource}"). 요청을 줄이거나 실제 클러스터로 확인할 것 (워크스페이스의 Node, `kubeGuide.simulation.clusterFile` 설정, 또는 `kube-guide lint --cluster 파일`).',
  },
  'rules.requestsExceedNodes.workspace': {
    en: 'The pod requests {requested} of {resource}, more than any Node in the workspace offers (at most {largest}, on {node}): it would stay Pending ("Insufficient {resource}").',
    ko: '파드가 {resource}를 {requested} 요청하는데, 워크스페이스의 어느 Node도 그만큼 줄 수 없다 (최대 {largest}, {node}). 파드가 Pending 상태로 남는다 ("Insufficient {resource}").',
  },
  'rules.requestsExceedNodes.file': {
    en: 'The pod requests {requested} of {resource}, more than any node of {cluster} offers (at most {largest}, on {node}): it would stay Pending ("Insufficient {resource}").',
    ko: '파드가 {resource}를 {requested} 요청하는데, {cluster}의 어느 노드도 그만큼 줄 수 없다 (최대 {largest}, {node}). 파드가 Pending 상태로 남는다 ("Insufficient {resource}").',
  },
  'rules.requestsExceedNodes.none': {
    en: 'The pod requests {requested} of {resource}, which no node of the cluster has at all: it would stay Pending ("Insufficient {resource}").',
    ko: '파드가 {resource}를 {requested} 요청하는데, 클러스터의 어떤 노드에도 그 리소스가 없다. 파드가 Pending 상태로 남는다 ("Insufficient {resource}").',
  },
  'rules.missingLivenessProbe.description': { en: 'A long-running container without a livenessProbe (strict)', ko: 'livenessProbe가 없는 상시 실행 컨테이너 (strict 전용)' },
  'rules.missingLivenessProbe.message': {
    en: 'Container `{container}` has no livenessProbe: a process that exits is restarted, but one that hangs is not. Add a probe that fails only when a restart would help.',
    ko: '컨테이너 `{container}`에 livenessProbe가 없다. 종료된 프로세스는 재시작되지만 멈춰 버린 프로세스는 그대로 남는다. 재시작이 도움이 될 때만 실패하는 probe를 추가할 것 (자동화된 복구).',
  },
  'rules.probePort.description': { en: 'A probe on a port the container does not declare', ko: '컨테이너가 선언하지 않은 포트를 보는 probe' },
  'rules.probePort.name': {
    en: '{probe} uses port `{port}`, but container `{container}` has no port of that name (it has {ports}): the kubelet cannot resolve it, so the probe always fails.',
    ko: '{probe}가 포트 `{port}`를 쓰지만 컨테이너 `{container}`에는 그런 이름의 포트가 없다 (있는 포트: {ports}). kubelet이 포트를 찾지 못해 probe가 항상 실패한다.',
  },
  'rules.probePort.nameNoPorts': {
    en: '{probe} uses port `{port}`, but container `{container}` declares no ports: the kubelet cannot resolve the name, so the probe always fails. Declare the port under `ports` with this name.',
    ko: '{probe}가 포트 `{port}`를 쓰지만 컨테이너 `{container}`는 포트를 선언하지 않았다. kubelet이 이름을 찾지 못해 probe가 항상 실패한다. `ports`에 이 이름으로 포트를 선언할 것.',
  },
  'rules.probePort.number': {
    en: '{probe} checks port {port}, which container `{container}` does not declare (it declares {ports}). Check the number, or declare the port.',
    ko: '{probe}가 포트 {port}를 검사하는데 컨테이너 `{container}`가 선언한 포트가 아니다 (선언한 포트: {ports}). 번호를 확인하거나 포트를 선언할 것.',
  },
  'rules.identicalProbes.description': { en: 'Identical liveness and readiness probes', ko: '똑같은 liveness와 readiness probe' },
  'rules.identicalProbes.message': {
    en: 'Container `{container}` has identical liveness and readiness probes: under load both fail together, and the kubelet restarts a pod that only needed a break from traffic. Make the liveness probe more lenient (a higher failureThreshold, or a cheaper check).',
    ko: '컨테이너 `{container}`의 liveness와 readiness probe가 똑같다. 부하가 걸리면 둘이 함께 실패해서, 트래픽에서 잠시 빠지면 될 파드를 kubelet이 재시작한다. liveness probe를 더 느슨하게 할 것 (더 큰 failureThreshold나 더 가벼운 검사).',
  },
  'rules.identicalProbes.related': { en: 'the same readinessProbe', ko: '똑같은 readinessProbe' },

  // ---- redundancy and scaling (P6–P8) ----
  'rules.singleReplica.description': { en: 'A Deployment or StatefulSet with fewer than 2 replicas', ko: '레플리카가 2개 미만인 Deployment나 StatefulSet' },
  'rules.singleReplica.one': {
    en: 'One replica is a single point of failure: while the pod restarts, is rescheduled or its node drains, nothing serves. Run at least 2 replicas for load balancing and redundancy.',
    ko: '레플리카 하나는 단일 장애점이다. 파드가 재시작되거나 다시 스케줄링되거나 노드가 드레인되는 동안 아무것도 서비스하지 않는다. 부하 분산과 다중화를 위해 레플리카를 2개 이상 둘 것.',
  },
  'rules.singleReplica.unset': {
    en: 'No `replicas`: the {kind} runs one pod (the default), a single point of failure while it restarts or its node drains. Run at least 2 replicas for load balancing and redundancy.',
    ko: '`replicas`가 없어 {kind}가 파드 하나(기본값)만 실행한다. 재시작이나 노드 드레인 동안 단일 장애점이 된다. 부하 분산과 다중화를 위해 레플리카를 2개 이상 둘 것.',
  },
  'rules.singleReplica.statefulOne': {
    en: 'One replica: while the pod restarts or its node drains, nothing serves. If the application can run as a cluster (each member of a StatefulSet is its own instance), run more than one.',
    ko: '레플리카가 하나다. 파드가 재시작되거나 노드가 드레인되는 동안 아무것도 서비스하지 않는다. 애플리케이션이 클러스터로 동작할 수 있다면(StatefulSet의 각 멤버는 별개의 인스턴스다) 둘 이상 둘 것.',
  },
  'rules.singleReplica.statefulUnset': {
    en: 'No `replicas`: the StatefulSet runs one pod (the default). If the application can run as a cluster (each member of a StatefulSet is its own instance), run more than one.',
    ko: '`replicas`가 없어 StatefulSet이 파드 하나(기본값)만 실행한다. 애플리케이션이 클러스터로 동작할 수 있다면(StatefulSet의 각 멤버는 별개의 인스턴스다) 둘 이상 둘 것.',
  },
  'rules.noPodSpread.description': { en: 'Several replicas with no pod anti-affinity or topology spread (strict)', ko: '파드 안티 어피니티도 토폴로지 분산도 없는 여러 레플리카 (strict 전용)' },
  'rules.noPodSpread.message': {
    en: '{replicas} replicas, but nothing requires them on different nodes or zones: kube-scheduler spreads them only as a preference, so one node failure can take several down. Add topologySpreadConstraints or a podAntiAffinity.',
    ko: '레플리카가 {replicas}개지만 서로 다른 노드나 존에 두라는 조건이 없다. kube-scheduler는 기본으로 선호만 하므로 노드 하나의 장애로 여러 개가 함께 내려갈 수 있다. topologySpreadConstraints나 podAntiAffinity를 추가할 것 (Anti-Affinity).',
  },
  'rules.hpaMinReplicas.description': { en: 'An HPA with minReplicas below 2', ko: 'minReplicas가 2 미만인 HPA' },
  'rules.hpaMinReplicas.one': {
    en: '`minReplicas: 1`: at low load the autoscaler scales down to a single pod, a single point of failure. Keep at least 2.',
    ko: '`minReplicas: 1`이면 부하가 낮을 때 오토스케일러가 파드 하나로 줄여 단일 장애점이 된다. 2 이상으로 둘 것.',
  },
  'rules.hpaMinReplicas.unset': {
    en: 'No `minReplicas`: it defaults to 1, so at low load the autoscaler scales down to a single pod, a single point of failure. Set at least 2.',
    ko: '`minReplicas`가 없으면 기본값 1이 되어 부하가 낮을 때 파드 하나로 줄어 단일 장애점이 된다. 2 이상으로 설정할 것.',
  },

  // ---- one process per container (P1) ----
  'rules.multipleProcesses.description': { en: 'A container command that starts several processes', ko: '여러 프로세스를 띄우는 컨테이너 명령' },
  'rules.multipleProcesses.background': {
    en: 'Container `{container}` starts `{first}` in the background and then runs `{second}`: two processes in one container. The kubelet watches only the main one, so if `{first}` dies nothing restarts it. Run each in its own container (of the same pod if they must share).',
    ko: '컨테이너 `{container}`가 `{first}`를 백그라운드로 띄우고 `{second}`를 실행한다. 컨테이너 하나에 프로세스가 둘이다. kubelet은 메인 프로세스만 보므로 `{first}`가 죽어도 아무도 재시작하지 않는다. 각각 별도의 컨테이너로 실행할 것 (공유가 필요하면 같은 파드에). 1 컨테이너당 1 프로세스.',
  },
  'rules.multipleProcesses.manager': {
    en: 'Container `{container}` runs the process manager `{program}`: it hides from the kubelet which process is failing and restarts them itself. Run each process in its own container, so Kubernetes can restart and scale each.',
    ko: '컨테이너 `{container}`가 프로세스 관리자 `{program}`을 실행한다. 어떤 프로세스가 실패하는지 kubelet에게 감추고 스스로 재시작한다. 프로세스마다 별도의 컨테이너로 실행해 쿠버네티스가 각각 재시작하고 스케일하게 할 것. 1 컨테이너당 1 프로세스.',
  },

  // ---- config and secrets (P12) ----
  'rules.secretCommitted.description': { en: 'A Secret manifest with its values in the file', ko: '값이 파일에 들어 있는 Secret 매니페스트' },
  'rules.secretCommitted.data': {
    en: 'This Secret carries {count} value(s) in `data`: base64 is an encoding, not encryption, so anyone who can read this file can read them. Create the Secret in the cluster (`kubectl create secret`), or commit it encrypted (SealedSecret, SOPS, External Secrets).',
    ko: '이 Secret은 `data`에 값 {count}개를 담고 있다. base64는 암호화가 아니라 인코딩이므로 이 파일을 읽을 수 있는 누구나 값을 읽을 수 있다. 클러스터에서 직접 만들거나(`kubectl create secret`) 암호화해서 커밋할 것 (SealedSecret, SOPS, External Secrets).',
  },
  'rules.secretCommitted.stringData': {
    en: 'This Secret carries {count} value(s) in plain text in `stringData`: anyone who can read this file can read them. Create the Secret in the cluster (`kubectl create secret`), or commit it encrypted (SealedSecret, SOPS, External Secrets).',
    ko: '이 Secret은 `stringData`에 평문 값 {count}개를 담고 있다. 이 파일을 읽을 수 있는 누구나 값을 읽을 수 있다. 클러스터에서 직접 만들거나(`kubectl create secret`) 암호화해서 커밋할 것 (SealedSecret, SOPS, External Secrets).',
  },
  'rules.duplicateEnv.description': { en: 'The same environment variable twice in a container', ko: '한 컨테이너에 두 번 나오는 환경 변수' },
  'rules.duplicateEnv.message': {
    en: 'Environment variable `{name}` is already set in container `{container}` (line {line}); this later value silently replaces it. Keep one.',
    ko: '환경 변수 `{name}`는 컨테이너 `{container}`에 이미 있다 ({line}행). 뒤의 값이 앞의 값을 조용히 덮어쓴다. 하나만 둘 것.',
  },
  'rules.duplicateEnv.related': { en: 'first `{name}`', ko: '처음 나온 `{name}`' },

  // ---- across documents: Services, Ingress, config, autoscaling, disruption (P6–P12) ----
  'rules.missingReadinessProbe.description': { en: 'A container behind a Service without a readinessProbe', ko: 'Service 뒤에 있는데 readinessProbe가 없는 컨테이너' },
  'rules.missingReadinessProbe.message': {
    en: 'Service `{service}` sends traffic to container `{container}`, which has no readinessProbe: requests reach it before the app listens and while it cannot answer. Add a readiness probe.',
    ko: 'Service `{service}`가 컨테이너 `{container}`로 트래픽을 보내는데 readinessProbe가 없다. 앱이 요청을 받을 준비가 되기 전에도, 응답할 수 없을 때에도 요청이 들어간다. readiness probe를 추가할 것 (자동화된 복구).',
  },
  'rules.missingReadinessProbe.related': { en: 'Service `{service}` selects these pods', ko: '이 파드를 선택하는 Service `{service}`' },
  'rules.serviceSelector.description': { en: 'A Service selector that matches no pod template in the workspace', ko: '워크스페이스의 어떤 파드 템플릿과도 맞지 않는 Service 셀렉터' },
  'rules.serviceSelector.message': {
    en: 'No pod template in the workspace has the labels {labels}: this Service gets no endpoints, and every request to it fails.',
    ko: '워크스페이스의 어떤 파드 템플릿에도 레이블 {labels}가 없다. 이 Service에는 엔드포인트가 없어 모든 요청이 실패한다 (조건과 일치하는 컨테이너 그룹에 라우팅).',
  },
  'rules.serviceSelector.related': { en: '{kind} `{name}` has {labels}', ko: '{kind} `{name}`의 레이블: {labels}' },
  'rules.targetPort.description': { en: 'A Service targetPort that no selected pod declares', ko: '선택된 파드가 선언하지 않은 Service targetPort' },
  'rules.targetPort.name': {
    en: 'targetPort `{port}`: no container of the pods this Service selects ({pods}) has a port of that name (they declare {declared}), so the Service gets no endpoints for them.',
    ko: 'targetPort `{port}`: 이 Service가 선택하는 파드({pods})의 어떤 컨테이너에도 그런 이름의 포트가 없다 (선언된 포트: {declared}). 이 파드들은 엔드포인트가 되지 못한다.',
  },
  'rules.targetPort.nameNoPorts': {
    en: 'targetPort `{port}`: the pods this Service selects ({pods}) declare no ports, so the name cannot be resolved and the Service gets no endpoints. Declare the port under the container\'s `ports` with this name.',
    ko: 'targetPort `{port}`: 이 Service가 선택하는 파드({pods})가 포트를 선언하지 않아 이름을 찾을 수 없고, Service에 엔드포인트가 생기지 않는다. 컨테이너의 `ports`에 이 이름으로 포트를 선언할 것.',
  },
  'rules.targetPort.number': {
    en: 'targetPort {port}: the pods this Service selects ({pods}) declare {declared}, not {port}. Traffic most likely goes to a port nothing listens on.',
    ko: 'targetPort {port}: 이 Service가 선택하는 파드({pods})가 선언한 포트는 {declared}이고 {port}가 아니다. 아무도 듣지 않는 포트로 트래픽이 갈 가능성이 크다.',
  },
  'rules.targetPort.defaulted': {
    en: 'No targetPort, so it is {port} (the port itself), but the pods this Service selects ({pods}) declare {declared}. Set targetPort to the container\'s port.',
    ko: 'targetPort가 없어 port와 같은 {port}가 되는데, 이 Service가 선택하는 파드({pods})가 선언한 포트는 {declared}다. targetPort를 컨테이너의 포트로 설정할 것.',
  },
  'rules.targetPort.related': { en: '`{name}` container `{container}` declares {port}', ko: '`{name}`의 컨테이너 `{container}`가 선언한 포트 {port}' },
  'rules.ingressBackend.description': { en: 'An Ingress backend whose Service or port does not exist', ko: 'Service나 포트가 없는 Ingress 백엔드' },
  'rules.ingressBackend.service': {
    en: 'No Service `{name}` in the workspace: the Ingress controller answers 503 for this path.',
    ko: '워크스페이스에 Service `{name}`가 없다. 인그레스 컨트롤러가 이 경로에 503으로 응답한다.',
  },
  'rules.ingressBackend.portNumber': {
    en: 'Service `{name}` has no port {port} (it has {ports}): the Ingress controller answers 503 for this path.',
    ko: 'Service `{name}`에 포트 {port}가 없다 (있는 포트: {ports}). 인그레스 컨트롤러가 이 경로에 503으로 응답한다.',
  },
  'rules.ingressBackend.portName': {
    en: 'Service `{name}` has no port named `{port}` (it has {ports}): the Ingress controller answers 503 for this path.',
    ko: 'Service `{name}`에 `{port}`라는 이름의 포트가 없다 (있는 포트: {ports}). 인그레스 컨트롤러가 이 경로에 503으로 응답한다.',
  },
  'rules.ingressBackend.related': { en: 'Service `{name}`', ko: 'Service `{name}`' },
  'rules.configRef.description': { en: 'A reference to a ConfigMap or Secret the workspace does not define', ko: '워크스페이스에 없는 ConfigMap이나 Secret 참조' },
  'rules.configRef.configMap': {
    en: 'No ConfigMap `{name}` in the workspace ({via}): the pod cannot start until it exists. Check the name.',
    ko: '워크스페이스에 ConfigMap `{name}`가 없다 ({via}). 이것이 생길 때까지 파드가 시작하지 못한다. 이름을 확인할 것.',
  },
  'rules.configRef.configMapElsewhere': {
    en: 'ConfigMap `{name}` ({via}) is not defined in the workspace: create it before the pod (`kubectl create configmap`), or the pod cannot start.',
    ko: 'ConfigMap `{name}`({via})는 워크스페이스에 정의되어 있지 않다. 파드보다 먼저 만들 것 (`kubectl create configmap`). 없으면 파드가 시작하지 못한다.',
  },
  'rules.configRef.secret': {
    en: 'No Secret `{name}` in the workspace ({via}): the pod cannot start until it exists. Check the name.',
    ko: '워크스페이스에 Secret `{name}`가 없다 ({via}). 이것이 생길 때까지 파드가 시작하지 못한다. 이름을 확인할 것.',
  },
  'rules.configRef.secretElsewhere': {
    en: 'Secret `{name}` ({via}) is not in the workspace (as it should not be, if it holds real secrets): make sure it is created in the cluster before the pod, or the pod cannot start.',
    ko: 'Secret `{name}`({via})는 워크스페이스에 없다 (실제 비밀 값이라면 그래야 한다). 파드보다 먼저 클러스터에 만들어 둘 것. 없으면 파드가 시작하지 못한다.',
  },
  'rules.configRef.otherKind': {
    en: 'No {kind} `{name}` in the workspace ({via}), but there is a {other} of that name: the pod cannot start. Refer to it as a {other} (for a volume: `secret: {secretName: …}` or `configMap: {name: …}`).',
    ko: '워크스페이스에 {kind} `{name}`는 없지만 같은 이름의 {other}가 있다 ({via}). 이대로는 파드가 시작하지 못한다. {other}로 참조할 것 (볼륨이라면 `secret: {secretName: …}` 또는 `configMap: {name: …}`).',
  },
  'rules.hpaTarget.description': { en: 'An HPA whose target does not exist', ko: '대상이 없는 HPA' },
  'rules.hpaTarget.message': {
    en: 'No {kind} `{name}` in the workspace: this autoscaler scales nothing.',
    ko: '워크스페이스에 {kind} `{name}`가 없다. 이 오토스케일러는 아무것도 스케일하지 않는다.',
  },
  'rules.hpaReplicas.description': { en: 'A workload managed by an HPA that also sets replicas', ko: 'HPA가 관리하는데 replicas도 설정한 워크로드' },
  'rules.hpaReplicas.message': {
    en: 'HorizontalPodAutoscaler `{hpa}` scales this workload, so `replicas` here fights it: every `kubectl apply` resets the replica count the autoscaler chose. Remove `replicas`.',
    ko: 'HorizontalPodAutoscaler `{hpa}`가 이 워크로드를 스케일하므로 여기의 `replicas`와 충돌한다. `kubectl apply`를 할 때마다 오토스케일러가 정한 레플리카 수가 초기화된다. `replicas`를 없앨 것.',
  },
  'rules.hpaReplicas.related': { en: 'HPA `{hpa}` (minReplicas {min})', ko: 'HPA `{hpa}` (minReplicas {min})' },
  'rules.pdbEviction.description': { en: 'A PodDisruptionBudget that forbids every eviction', ko: '모든 축출을 막는 PodDisruptionBudget' },
  'rules.pdbEviction.maxZero': {
    en: '`maxUnavailable: 0` forbids every voluntary eviction: draining a node (upgrades, autoscaling) waits forever for these pods.',
    ko: '`maxUnavailable: 0`은 모든 자발적 축출을 막는다. 노드 드레인(업그레이드, 오토스케일링)이 이 파드 때문에 끝나지 않는다.',
  },
  'rules.pdbEviction.minAll': {
    en: '`minAvailable: 100%` forbids every voluntary eviction: draining a node (upgrades, autoscaling) waits forever for these pods.',
    ko: '`minAvailable: 100%`는 모든 자발적 축출을 막는다. 노드 드레인(업그레이드, 오토스케일링)이 이 파드 때문에 끝나지 않는다.',
  },
  'rules.pdbEviction.minReplicas': {
    en: '`minAvailable: {min}` but {kind} `{name}` runs {replicas} pod(s): no pod may ever be evicted, so draining a node waits forever. Keep minAvailable below the replicas (or use maxUnavailable: 1).',
    ko: '`minAvailable: {min}`인데 {kind} `{name}`의 파드는 {replicas}개다. 어떤 파드도 축출될 수 없어 노드 드레인이 끝나지 않는다. minAvailable을 레플리카 수보다 작게 할 것 (또는 maxUnavailable: 1).',
  },
  'rules.pdbEviction.related': { en: '`{name}` runs {replicas} pod(s)', ko: '`{name}`의 파드 {replicas}개' },
  // ---- custom resources ----
  'rules.crdSchema.description': { en: 'A custom resource that breaks the schema of its CustomResourceDefinition in the workspace', ko: '워크스페이스의 CustomResourceDefinition 스키마를 어기는 커스텀 리소스' },
  'rules.crd.version': {
    en: 'CustomResourceDefinition `{crd}` does not serve `{version}` (it serves {served}): the API server rejects this resource.',
    ko: 'CustomResourceDefinition `{crd}`는 `{version}`를 제공하지 않는다 (제공하는 버전: {served}). API 서버가 이 리소스를 거부한다.',
  },
  'rules.crd.unknownField': {
    en: '`{key}` is not a field of {path} in the schema of `{crd}` (fields: {fields}): the API server rejects it.',
    ko: '`{key}`는 `{crd}` 스키마의 {path}에 없는 필드다 (필드: {fields}). API 서버가 거부한다.',
  },
  'rules.crd.noFields': {
    en: '`{key}`: {path} takes no fields in the schema of `{crd}`{fields}: the API server rejects it.',
    ko: '`{key}`: `{crd}` 스키마에서 {path}에는 필드가 없다{fields}. API 서버가 거부한다.',
  },
  'rules.crd.type': {
    en: '{path} must be {expected} in the schema of `{crd}`, not {actual}.',
    ko: '`{crd}` 스키마에서 {path}는 {actual}이 아니라 {expected}여야 한다.',
  },
  'rules.crd.required': {
    en: '{path} lacks `{field}`, which the schema of `{crd}` requires.',
    ko: '{path}에 `{crd}` 스키마가 요구하는 `{field}`가 없다.',
  },
  'rules.crd.enum': {
    en: '`{value}` is not allowed for {path} (schema of `{crd}`): one of {allowed}.',
    ko: '`{value}`는 {path}에 쓸 수 없다 (`{crd}` 스키마): {allowed} 중 하나.',
  },
  'rules.crd.pattern': {
    en: '`{value}` does not match the pattern `{pattern}` of {path} (schema of `{crd}`).',
    ko: '`{value}`는 {path}의 패턴 `{pattern}`과 맞지 않는다 (`{crd}` 스키마).',
  },
  'rules.crd.minimum': { en: '{value} is below the minimum {limit} of {path} (schema of `{crd}`).', ko: '{value}는 {path}의 최솟값 {limit}보다 작다 (`{crd}` 스키마).' },
  'rules.crd.maximum': { en: '{value} is above the maximum {limit} of {path} (schema of `{crd}`).', ko: '{value}는 {path}의 최댓값 {limit}보다 크다 (`{crd}` 스키마).' },
  'rules.crd.exclusiveMinimum': { en: '{value} must be above {limit} for {path} (schema of `{crd}`).', ko: '{path}는 {limit}보다 커야 하는데 {value}다 (`{crd}` 스키마).' },
  'rules.crd.exclusiveMaximum': { en: '{value} must be below {limit} for {path} (schema of `{crd}`).', ko: '{path}는 {limit}보다 작아야 하는데 {value}다 (`{crd}` 스키마).' },
  'rules.crd.minLength': { en: '{path} is shorter than {limit} characters (schema of `{crd}`).', ko: '{path}가 {limit}자보다 짧다 (`{crd}` 스키마).' },
  'rules.crd.maxLength': { en: '{path} is longer than {limit} characters (schema of `{crd}`).', ko: '{path}가 {limit}자보다 길다 (`{crd}` 스키마).' },
  'rules.crd.minItems': { en: '{path} has fewer than {limit} items (schema of `{crd}`).', ko: '{path}의 항목이 {limit}개보다 적다 (`{crd}` 스키마).' },
  'rules.crd.maxItems': { en: '{path} has more than {limit} items (schema of `{crd}`).', ko: '{path}의 항목이 {limit}개보다 많다 (`{crd}` 스키마).' },
  'rules.crd.minProperties': { en: '{path} has fewer than {limit} fields (schema of `{crd}`).', ko: '{path}의 필드가 {limit}개보다 적다 (`{crd}` 스키마).' },
  'rules.crd.maxProperties': { en: '{path} has more than {limit} fields (schema of `{crd}`).', ko: '{path}의 필드가 {limit}개보다 많다 (`{crd}` 스키마).' },
  'rules.crd.anyOf': { en: '{path} matches none of the {count} forms the schema of `{crd}` allows.', ko: '{path}가 `{crd}` 스키마가 허용하는 {count}가지 형태 중 어느 것과도 맞지 않는다.' },
  'rules.crd.oneOf': { en: '{path} must match exactly one of the {count} forms the schema of `{crd}` allows.', ko: '{path}는 `{crd}` 스키마가 허용하는 {count}가지 형태 중 정확히 하나와 맞아야 한다.' },
  'rules.crd.not': { en: '{path} has a form the schema of `{crd}` forbids.', ko: '{path}는 `{crd}` 스키마가 금지하는 형태다.' },
  'rules.lens.selects': { en: 'selects {count} workloads: {names}', ko: '워크로드 {count}개 선택: {names}' },
  'rules.lens.selectsOne': { en: 'selects 1 workload: {names}', ko: '워크로드 1개 선택: {names}' },
  'rules.lens.selectsNone': { en: 'selects no workload in the workspace', ko: '워크스페이스에서 선택하는 워크로드 없음' },
  'rules.fix.rename': { en: 'Change to `{name}`', ko: '`{name}`(으)로 변경' },
  'rules.fix.selectorMatch': { en: 'Select the pods of `{name}` ({labels})', ko: '`{name}`의 파드를 선택 ({labels})' },
  'rules.fix.removeReplicas': { en: 'Remove replicas (the HPA decides)', ko: 'replicas 삭제 (HPA가 정한다)' },

  // ---- command line ----
  'rules.cli.badPreset': {
    en: 'kube-guide: --preset must be minimal, recommended or strict (got "{preset}")',
    ko: 'kube-guide: --preset은 minimal, recommended, strict 중 하나여야 합니다 ("{preset}")',
  },
  'rules.cli.badRule': {
    en: 'kube-guide: --rule takes ID=SEVERITY, with off, hint, information, warning or error (got "{rule}")',
    ko: 'kube-guide: --rule은 ID=심각도 형식이며 심각도는 off, hint, information, warning, error 중 하나입니다 ("{rule}")',
  },

  // ---- quick fixes ----
  'rules.fix.securityContext': { en: 'Add {fields} to the securityContext', ko: 'securityContext에 {fields} 추가' },
  'rules.fix.addResources': { en: 'Add resource requests (and a memory limit)', ko: '리소스 requests(와 메모리 limits) 추가' },
  'rules.fix.addMemoryLimit': { en: 'Add a memory limit', ko: '메모리 limits 추가' },
  'rules.fix.addCpuLimit': { en: 'Add a CPU limit', ko: 'CPU limits 추가' },
  'rules.fix.addLivenessProbe': { en: 'Add a livenessProbe', ko: 'livenessProbe 추가' },
  'rules.fix.addReadinessProbe': { en: 'Add a readinessProbe', ko: 'readinessProbe 추가' },
  'rules.fix.setReplicas': { en: 'Set replicas to {replicas}', ko: 'replicas를 {replicas}로' },
  'rules.fix.setMinReplicas': { en: 'Set minReplicas to {replicas}', ko: 'minReplicas를 {replicas}로' },
  'rules.fix.disableLine': { en: 'Ignore {id} on this line', ko: '이 줄에서 {id} 무시' },
  'rules.fix.disableFile': { en: 'Ignore {id} in this file', ko: '이 파일에서 {id} 무시' },
});
