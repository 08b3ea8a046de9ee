import { defineMessages } from '../define';

/**
 * The simulation in the editor: diagnostics on workloads, the report webview, the commands'
 * prompts. kube-scheduler's own messages are never here (they stay its exact English).
 */
export default defineMessages({
  'simulation.diag.pod': { en: 'The pod is {status}: {message}', ko: '파드가 {status} 상태다: {message}' },
  'simulation.diag.pods': { en: '{count} of {total} pods are {status}: {message}', ko: '파드 {total}개 중 {count}개가 {status} 상태다: {message}' },
  'simulation.clusterFile.header': {
    en: 'A cluster for Kube Guide\'s scheduling simulation (kube-guide simulate --cluster FILE, or the\nsetting kubeGuide.simulation.clusterFile). Edit the nodes, add more, or paste the output of\n`kubectl get nodes,pods -A -o yaml`: running Pods (with spec.nodeName), PriorityClasses and\nPodDisruptionBudgets count too. This is the built-in default cluster.',
    ko: 'Kube Guide 스케줄링 시뮬레이션용 클러스터(kube-guide simulate --cluster FILE 또는\nkubeGuide.simulation.clusterFile 설정). 노드를 고치거나 더하고, `kubectl get nodes,pods -A -o yaml`\n출력을 붙여 넣어도 된다. 실행 중인 파드(spec.nodeName 지정), PriorityClass, PodDisruptionBudget도\n반영된다. 아래는 기본 내장 클러스터다.',
  },
  'simulation.error.clusterUnreadable': { en: 'cannot read the cluster file {path}: {reason}', ko: '클러스터 파일 {path}을(를) 읽을 수 없다: {reason}' },
  'simulation.error.manifestUnreadable': { en: 'cannot read {path}: {reason}', ko: '{path}을(를) 읽을 수 없다: {reason}' },
  'simulation.reason.notFound': { en: 'no such file', ko: '파일이 없다' },
  'simulation.reason.folder': { en: 'it is a folder', ko: '폴더다' },
  'simulation.reason.denied': { en: 'permission denied', ko: '권한이 없다' },
  'simulation.error.noManifest': { en: 'no manifest to simulate', ko: '시뮬레이션할 매니페스트가 없다' },
});
