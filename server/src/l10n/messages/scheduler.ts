import { defineMessages } from '../define';

/**
 * The simulator's own explanations. kube-scheduler's messages (FitError texts, filter reasons,
 * "Successfully assigned …", API-server errors) are never here: they stay in kube-scheduler's
 * exact English in both locales, as a user would see them from kubectl.
 */
export default defineMessages({
  'scheduler.note.replicasCapped': {
    en: 'replicas is {replicas}; the simulation creates only the first {max} pods',
    ko: 'replicas가 {replicas}이다. 시뮬레이션은 처음 {max}개 파드만 만든다',
  },
  'scheduler.note.daemonSetNoNodes': {
    en: 'no node is eligible for this DaemonSet (node selector, node affinity or untolerated taints): its controller creates no pods',
    ko: '이 DaemonSet을 실행할 노드가 없다(노드 셀렉터, 노드 어피니티, 허용하지 않는 테인트). 컨트롤러는 파드를 만들지 않는다',
  },
  'scheduler.note.suspended': { en: 'suspended: no pods are created', ko: 'suspend 상태라 파드를 만들지 않는다' },
  'scheduler.note.notHandled': {
    en: 'schedulerName is "{scheduler}": the default scheduler never handles this pod; it stays Pending until a scheduler of that name binds it',
    ko: 'schedulerName이 "{scheduler}"이다. 기본 스케줄러는 이 파드를 다루지 않으며, 그 이름의 스케줄러가 배치할 때까지 Pending으로 남는다',
  },
  'scheduler.note.gated': {
    en: 'scheduling gates ({gates}): the pod is not scheduled until every gate is removed',
    ko: '스케줄링 게이트({gates}): 게이트가 모두 제거될 때까지 스케줄링되지 않는다',
  },
  'scheduler.note.volumes': {
    en: 'uses PersistentVolumeClaims ({claims}): volume plugins ({plugins}) are not simulated; the real scheduler also checks volume binding, zones and attach limits',
    ko: 'PersistentVolumeClaim({claims})을 쓴다. 볼륨 플러그인({plugins})은 시뮬레이션하지 않는다. 실제 스케줄러는 볼륨 바인딩, 존, 연결 한도도 확인한다',
  },
  'scheduler.note.resourceClaims': {
    en: 'uses resource claims (DRA): the DynamicResources plugin is not simulated',
    ko: '리소스 클레임(DRA)을 쓴다. DynamicResources 플러그인은 시뮬레이션하지 않는다',
  },
  'scheduler.note.bypass': {
    en: 'spec.nodeName is set: the pod bypasses the scheduler and goes straight to that node\'s kubelet',
    ko: 'spec.nodeName이 지정되어 스케줄러를 거치지 않고 그 노드의 kubelet으로 바로 간다',
  },
  'scheduler.note.nodeNameUnknown': {
    en: 'node "{node}" is not in the cluster: no kubelet will run this pod and no scheduler will move it, so it stays Pending',
    ko: '노드 "{node}"가 클러스터에 없다. 이 파드를 실행할 kubelet도, 옮길 스케줄러도 없으므로 Pending으로 남는다',
  },
  'scheduler.note.clusterPodUnknownNode': {
    en: 'this pod of the cluster file runs on node "{node}", which the cluster file does not list; it is left out',
    ko: '클러스터 파일의 이 파드는 노드 "{node}"에서 실행 중인데, 그 노드가 클러스터 파일에 없어 제외한다',
  },
  'scheduler.note.replacement': {
    en: 'created by its controller to replace {pod}',
    ko: '컨트롤러가 {pod}을(를) 대신하려고 만든 파드',
  },
  'scheduler.note.tie': {
    en: '{count} nodes shared the top score; kube-scheduler picks one at random, the simulation picks {node}, the first in the cluster\'s node list',
    ko: '최고 점수가 같은 노드가 {count}개다. kube-scheduler는 무작위로 고르고, 시뮬레이션은 클러스터 노드 목록에서 가장 앞인 {node}를 고른다',
  },
  'scheduler.note.nominated': {
    en: 'nominated to node {node}: preemption made room there; lower-priority pods may not take it',
    ko: '노드 {node}에 지명되었다(nominated). 선점으로 자리를 만들었으며, 우선순위가 낮은 파드는 그 자리를 가져갈 수 없다',
  },
  'scheduler.note.orderedReady': {
    en: 'not created yet: the StatefulSet (podManagementPolicy OrderedReady) creates {pods} only after this pod is Running and Ready',
    ko: '아직 생성되지 않음: StatefulSet(podManagementPolicy OrderedReady)은 이 파드가 Running이고 Ready가 된 뒤에야 {pods}을(를) 만든다',
  },
  'scheduler.note.allocatableFromCapacity': {
    en: 'the node has no status.allocatable; the simulation uses status.capacity (a real kubelet reserves some of it)',
    ko: '노드에 status.allocatable이 없어 status.capacity를 쓴다(실제 kubelet은 그 일부를 예약한다)',
  },
  'scheduler.note.noAllocatable': {
    en: 'the node has neither status.allocatable nor status.capacity: kube-scheduler sees 0 pods, 0 CPU and 0 memory, so every pod gets "Too many pods"',
    ko: '노드에 status.allocatable도 status.capacity도 없다. kube-scheduler는 파드 0개, CPU 0, 메모리 0으로 보므로 모든 파드가 "Too many pods"를 받는다',
  },
  'scheduler.note.conditionTaints': {
    en: 'the node controllers add taints for its conditions: {taints}',
    ko: '노드 컨트롤러가 노드 상태(condition)에 따라 테인트를 추가한다: {taints}',
  },
  'scheduler.problem.yaml': { en: 'YAML error: {message}', ko: 'YAML 오류: {message}' },
  'scheduler.problem.clusterFileIgnored': {
    en: 'the manifest has Node documents, so they are the cluster; the cluster file {uri} is not used',
    ko: '매니페스트에 Node 문서가 있어 그것을 클러스터로 쓴다. 클러스터 파일 {uri}은(는) 쓰지 않는다',
  },
  'scheduler.problem.clusterFileNoNodes': {
    en: 'the cluster file {uri} has no Node: every pod will be Pending ("no nodes available to schedule pods")',
    ko: '클러스터 파일 {uri}에 Node가 없다. 모든 파드가 Pending이 된다("no nodes available to schedule pods")',
  },
  'scheduler.problem.apiVersion': {
    en: '{kind} in apiVersion {apiVersion} is not served by Kubernetes v1.34 (use {versions}): the API server rejects it, so it is not simulated',
    ko: 'apiVersion {apiVersion}의 {kind}은(는) Kubernetes v1.34에서 제공되지 않는다({versions} 사용). API 서버가 거부하므로 시뮬레이션하지 않는다',
  },
  'scheduler.problem.duplicateNode': { en: 'node "{node}" is listed twice; the second is ignored', ko: '노드 "{node}"가 두 번 나온다. 두 번째는 무시한다' },
  'scheduler.problem.nodeWithoutName': { en: 'a Node without metadata.name is ignored', ko: 'metadata.name이 없는 Node는 무시한다' },
  'scheduler.problem.badNodeQuantity': {
    en: 'node "{node}" is ignored: {message}',
    ko: '노드 "{node}"를 무시한다: {message}',
  },
  'scheduler.problem.badQuantity': {
    en: 'the API server rejects this pod: {message}',
    ko: 'API 서버가 이 파드를 거부한다: {message}',
  },
  'scheduler.problem.malformed': {
    en: '{kind} "{name}" is not simulated: a field has a shape the API server would reject ({message}); see the editor\'s diagnostics',
    ko: '{kind} "{name}"은(는) 시뮬레이션하지 않는다: API 서버가 거부할 형태의 필드가 있다({message}). 에디터의 진단을 참고할 것',
  },
  'scheduler.problem.passLimit': {
    en: 'the simulation stopped after {passes} passes over the queue; some results may not be final',
    ko: '큐를 {passes}번 돌고 시뮬레이션을 멈췄다. 일부 결과는 최종이 아닐 수 있다',
  },
  'report.cluster': { en: 'Cluster: {cluster}, {nodes} nodes', ko: '클러스터: {cluster}, 노드 {nodes}개' },
  'report.cluster.default': { en: 'the built-in default cluster', ko: '기본 내장 클러스터' },
  'report.cluster.file': { en: 'the cluster file {uri}', ko: '클러스터 파일 {uri}' },
  'report.cluster.manifest': { en: 'the Node documents of the manifest', ko: '매니페스트의 Node 문서' },
  'report.pods': { en: 'Pods', ko: '파드' },
  'report.nodes': { en: 'Nodes (requested / allocatable)', ko: '노드 (요청 / 할당 가능)' },
  'report.col.pod': { en: 'POD', ko: '파드' },
  'report.col.status': { en: 'STATUS', ko: '상태' },
  'report.col.node': { en: 'NODE', ko: '노드' },
  'report.col.owner': { en: 'OWNER', ko: '소유자' },
  'report.col.memory': { en: 'MEMORY', ko: '메모리' },
  'report.col.pods': { en: 'PODS', ko: '파드' },
  'report.existing': { en: '(running)', ko: '(실행 중)' },
  'report.note': { en: 'note', ko: '참고' },
  'report.summary': { en: '{pods} pods: {parts}', ko: '파드 {pods}개: {parts}' },
  'report.summary.scheduled': { en: '{n} scheduled', ko: '스케줄됨 {n}' },
  'report.summary.bound': { en: '{n} bound', ko: '바인딩됨 {n}' },
  'report.summary.pending': { en: '{n} pending', ko: '대기 {n}' },
  'report.summary.notHandled': { en: '{n} not handled', ko: '처리 안 됨 {n}' },
  'report.summary.rejected': { en: '{n} rejected', ko: '거부됨 {n}' },
  'report.summary.preempted': { en: '{n} preempted', ko: '선점됨 {n}' },
  'report.explain.title': { en: 'Why {pod} is {status}', ko: '{pod}이(가) {status}인 이유' },
  'report.explain.none': {
    en: 'no per-node detail was kept (it is kept for small runs, or ask for this pod)',
    ko: '노드별 상세가 없다(작은 시뮬레이션이거나 이 파드를 지정했을 때만 남긴다)',
  },
  'report.explain.noPod': { en: 'no pod named {pod}', ko: '{pod}라는 파드가 없다' },
  'report.explain.attempt': {
    en: 'attempt {n}: {outcome}; {evaluated} nodes checked, {feasible} feasible',
    ko: '시도 {n}: {outcome}, 노드 {evaluated}개 확인, 가능 {feasible}개',
  },
  'report.explain.nominated': { en: 'the nominated node {node} was tried first', ko: '지명된 노드 {node}를 먼저 시도했다' },
  'report.explain.notEvaluated': { en: 'not checked', ko: '확인하지 않음' },
  'report.explain.feasible': { en: 'passed every filter', ko: '모든 필터 통과' },
  'report.explain.total': { en: 'score {total}', ko: '점수 {total}' },
  'report.explain.skippedScores': { en: 'not scored (PreScore skipped): {plugins}', ko: '점수 없음(PreScore에서 건너뜀): {plugins}' },
  'report.explain.preemption': { en: 'preemption candidates: {candidates}; chosen: {chosen}', ko: '선점 후보: {candidates}; 선택: {chosen}' },
  'simulate.noPaths': { en: 'kube-guide simulate: give at least one manifest file or folder', ko: 'kube-guide simulate: 매니페스트 파일이나 폴더를 하나 이상 주세요' },
  'simulate.noManifests': { en: 'kube-guide simulate: no YAML or JSON manifest among the given paths', ko: 'kube-guide simulate: 주어진 경로에 YAML이나 JSON 매니페스트가 없습니다' },
  'simulate.missingValue': { en: 'kube-guide simulate: {option} needs a value', ko: 'kube-guide simulate: {option}에는 값이 필요합니다' },
  'simulate.clusterIsFolder': { en: 'kube-guide simulate: --cluster {path} is a folder; give one cluster file', ko: 'kube-guide simulate: --cluster {path}은(는) 폴더입니다. 클러스터 파일 하나를 주세요' },
  'scheduler.whatif.noNode': { en: 'there is no node "{node}" in the cluster', ko: '클러스터에 노드 "{node}"가 없다' },
  'scheduler.whatif.noWorkload': { en: 'the manifest has no {workload}', ko: '매니페스트에 {workload}이(가) 없다' },
  'scheduler.whatif.notScalable': { en: 'a {kind} has no replicas to change', ko: '{kind}에는 바꿀 replicas가 없다' },
  'scheduler.whatif.badReplicas': { en: 'replicas must be a whole number ≥ 0, not "{replicas}"', ko: 'replicas는 0 이상의 정수여야 한다("{replicas}"는 안 된다)' },
  'report.whatif.remove': { en: 'What if node {node} fails (it and its pods are gone):', ko: '노드 {node}가 고장 나면(노드와 그 파드가 사라진다):' },
  'report.whatif.drain': { en: 'What if node {node} is drained (kubectl drain --ignore-daemonsets --force):', ko: '노드 {node}를 드레인하면(kubectl drain --ignore-daemonsets --force):' },
  'report.whatif.rescheduled': { en: 'rescheduled as {replacement} on {node}', ko: '{replacement}(으)로 {node}에 다시 배치' },
  'report.whatif.pending': { en: 'its replacement {replacement} stays Pending', ko: '대체 파드 {replacement}이(가) Pending으로 남는다' },
  'report.whatif.lost': { en: 'lost: no controller recreates it', ko: '사라진다: 다시 만드는 컨트롤러가 없다' },
  'report.whatif.blocked': { en: 'not evicted: a PodDisruptionBudget refuses; the drain waits', ko: '축출되지 않음: PodDisruptionBudget이 거부하여 드레인이 기다린다' },
  'report.whatif.nodeLocal': { en: 'DaemonSet pod: runs per node, not moved', ko: 'DaemonSet 파드: 노드마다 실행되며 옮겨지지 않는다' },
  'report.whatif.cannotComeBack': { en: 'Cannot come back: {pods}', ko: '돌아오지 못하는 파드: {pods}' },
  'report.whatif.allBack': { en: 'Every evicted pod comes back.', ko: '축출된 파드는 모두 돌아온다.' },
  'report.whatif.noPods': { en: 'No pod ran on that node.', ko: '그 노드에서 실행 중인 파드가 없었다.' },
  'report.whatif.scale': { en: 'Scaling {workload} from {from} to {to} replicas:', ko: '{workload}의 replicas를 {from}에서 {to}(으)로 바꾸면:' },
  'report.whatif.added': { en: 'added: {pods}', ko: '추가: {pods}' },
  'report.whatif.removed': { en: 'removed: {pods}', ko: '삭제: {pods}' },
  'report.nodesNeeded.none': { en: 'No pod is Pending for lack of room: no extra node is needed.', ko: '자리가 없어 Pending인 파드가 없다. 노드를 더 둘 필요가 없다.' },
  'report.nodesNeeded.found': {
    en: '{count} more node(s) like {template} ({cpu} CPU, {memory} memory, {pods} pods; zones {zones}) let every pending pod that fits such a node be scheduled.',
    ko: '{template}와(과) 같은 노드({cpu} CPU, 메모리 {memory}, 파드 {pods}개; 존 {zones})가 {count}개 더 있으면, 그런 노드에 들어갈 수 있는 Pending 파드가 모두 배치된다.',
  },
  'report.nodesNeeded.notFound': {
    en: 'Even {max} more node(s) like {template} do not let every pending pod be scheduled.',
    ko: '{template}와(과) 같은 노드를 {max}개 더해도 Pending 파드가 모두 배치되지는 않는다.',
  },
  'report.nodesNeeded.unfit': { en: 'no number of such nodes helps {pod}: {message}', ko: '그런 노드를 몇 개 더해도 {pod}에는 소용이 없다: {message}' },
  'simulate.oneWhatIf': { en: 'kube-guide simulate: give one of --fail-node, --drain, --scale, --nodes-needed', ko: 'kube-guide simulate: --fail-node, --drain, --scale, --nodes-needed 중 하나만 주세요' },
  'simulate.badScale': { en: 'kube-guide simulate: --scale wants [NAMESPACE/]KIND/NAME=REPLICAS, e.g. Deployment/web=5', ko: 'kube-guide simulate: --scale은 [네임스페이스/]종류/이름=개수 형식입니다(예: Deployment/web=5)' },
  'simulate.whatIfError': { en: 'kube-guide simulate: {message}', ko: 'kube-guide simulate: {message}' },
  'simulate.badNumber': { en: 'kube-guide simulate: {option} wants a whole number, not "{value}"', ko: 'kube-guide simulate: {option}에는 정수가 필요합니다("{value}"는 안 됩니다)' },
});
