/**
 * The notes through the real language service, on string fixtures with a cursor: for every
 * mapping the notes issue lists, the hover shows the section path and the notes' own words, in
 * Korean and in English (the frame is translated; the notes are quoted as written).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { t } from '../../../server/src/l10n';
import { bundledSource, createNotesProvider } from '../../../server/src/notes';
import { defaultSettings, getLanguageService } from '../../../server/src/service';
import { cursor, textDocument } from '../../helpers/fixtures';

const notes = createNotesProvider({ sources: () => [bundledSource('file:///ext/notes.md')] });

function hoverMarkdown(fixture: string, locale: 'en' | 'ko', languageId = 'yaml', settings = defaultSettings): string {
  const [text, offset] = cursor(fixture);
  const doc = textDocument(text, languageId);
  const h = getLanguageService({ locale, notes, settings }).doHover(doc, doc.positionAt(offset));
  return h ? (h.contents as MarkupContent).value : '';
}

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
  annotations:
    cluster-autoscaler.kubernetes.io/safe-to-evict: "true"
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
      nodeSelector:
        disktype: ssd
      tolerations:
        - key: node-role.kubernetes.io/control-plane
          effect: NoSchedule
      affinity:
        podAntiAffinity: {}
      restartPolicy: Always
      containers:
        - name: web
          image: IMAGE
          command: ["nginx", "-g", "daemon off;"]
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 250m
          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
          readinessProbe:
            httpGet: {path: /ready, port: 8080}
`;

/** The fixture with the cursor put inside `needle` (after `shift` characters); `image` sets the image. */
const at = (needle: string, shift = 1, image = 'nginx:1.27.3') => {
  const text = DEPLOY.replace('IMAGE', image);
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return text.slice(0, i + shift) + '|' + text.slice(i + shift);
};

const S23 = '2장 › 2.3';
const cases: { name: string; fixture: string; path: string; words: string; languageId?: string }[] = [
  { name: 'replicas', fixture: at('replicas'), path: `${S23} › 스케일링/오토 스케일링`, words: '**레플리카를 배포해 부하 분산 및 다중화구조를 만든다**' },
  {
    name: 'HorizontalPodAutoscaler',
    fixture: 'apiVersion: autoscaling/v2\nkind: HorizontalPod|Autoscaler\nmetadata: {name: web}\nspec:\n  maxReplicas: 10\n',
    path: `${S23} › 스케일링/오토 스케일링`,
    words: '**부하에 따라 레플리카 수를 자동으로 조절해 오토 스케일링한다**',
  },
  {
    name: 'cluster autoscaling on HPA maxReplicas',
    fixture: 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  maxRe|plicas: 10\n',
    path: `${S23} › 리소스 관리`,
    words: '**클러스터 오토 스케일링 기능으로 리소스 사용 상태에 따라 쿠버네티스 클러스터의 노드도 자동 추가 삭제할 수 있다**',
  },
  { name: 'cluster autoscaler annotation', fixture: at('cluster-autoscaler'), path: `${S23} › 리소스 관리`, words: '**클러스터 오토 스케일링 기능으로' },
  { name: 'affinity', fixture: at('affinity'), path: `${S23} › 스케줄링`, words: '**Affinity, Anti-Affinity 기능을 사용하여 스케줄링할 수 있다**' },
  { name: 'nodeSelector', fixture: at('nodeSelector'), path: `${S23} › 스케줄링`, words: 'Affinity, Anti-Affinity' },
  { name: 'tolerations', fixture: at('tolerations'), path: `${S23} › 스케줄링`, words: 'Affinity, Anti-Affinity' },
  { name: 'toleration of the control plane', fixture: at('node-role', 3), path: '2장 › 2.1 › 쿠버네티스 마스터', words: '쿠버네티스 노드를 관리하는 노드' },
  { name: 'resources', fixture: at('resources'), path: `${S23} › 리소스 관리`, words: '**기본적으로 쿠버네티스 노드의 CPU, 메모리 여유 리소스 상태에 따라 스케줄링된다**' },
  { name: 'requests', fixture: at('requests'), path: `${S23} › 리소스 관리`, words: 'CPU, 메모리 여유 리소스' },
  { name: 'livenessProbe', fixture: at('livenessProbe'), path: `${S23} › 자동화된 복구(self-healing)`, words: '표준으로 컨테이너 프로세스를 모니터링하고 정지를 감지하면' },
  { name: 'readinessProbe', fixture: at('readinessProbe'), path: `${S23} › 자동화된 복구(self-healing)`, words: '자동으로 재배포한다' },
  { name: 'restartPolicy', fixture: at('restartPolicy'), path: `${S23} › 자동화된 복구(self-healing)`, words: '자동으로 재배포한다' },
  { name: 'kind: Service', fixture: 'apiVersion: v1\nkind: Ser|vice\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n', path: `${S23} › 로드 밸런싱과 서비스 디스커버리 › 로드밸런서 기능`, words: '**서비스(Service), 인그레스(ingress)**' },
  { name: 'kind: Ingress', fixture: 'apiVersion: networking.k8s.io/v1\nkind: Ingr|ess\nmetadata: {name: web}\n', path: `${S23} › 로드 밸런싱과 서비스 디스커버리 › 로드밸런서 기능`, words: '**서비스(Service), 인그레스(ingress)**' },
  { name: 'Service selector', fixture: 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  sel|ector: {app: web}\n', path: `${S23} › 로드 밸런싱과 서비스 디스커버리 › 로드밸런서 기능`, words: '**사전 정의된 조건과 일치하는 컨테이너 그룹에 라우팅하는 엔드포인트 할당**' },
  { name: 'labels', fixture: at('labels: {app: web}\n  annotations', 2), path: `${S23} › 로드 밸런싱과 서비스 디스커버리 › 로드밸런서 기능`, words: '사전 정의된 조건과 일치하는' },
  { name: 'kind: ConfigMap', fixture: 'apiVersion: v1\nkind: Config|Map\nmetadata: {name: c}\ndata: {a: b}\n', path: `${S23} › 데이터 관리 › 백엔드 데이터 스토어 etcd`, words: '애플리케이션에서 사용되는 설정파일, 데이터베이스 인증 정보 저장' },
  { name: 'kind: Secret', fixture: 'apiVersion: v1\nkind: Sec|ret\nmetadata: {name: s}\n', path: `${S23} › 데이터 관리 › 백엔드 데이터 스토어 etcd`, words: '클러스터를 통한 이중화' },
  { name: 'apiVersion', fixture: 'apiVersion: apps/|v1\nkind: Deployment\n', path: `${S23} › 선언적 코드(매니페스트)를 통해 컨테이너를 배포한다`, words: 'YAML 형식, JSON 형식' },
  { name: 'image key', fixture: at('image:'), path: '1장 › 1.1 › 도커 이미지', words: '도커 이미지는 Dockerfile을 기반으로 빌드된다.' },
  { name: 'image :latest', fixture: at('nginx:latest', 2, 'nginx:latest'), path: '1장 › 1.1 › 도커 컨테이너란?', words: '**변경 불가능한 인프라(Immutable Infrastructure) 이미지로 생성한다.**' },
  { name: 'image alpine', fixture: at('alpine', 2, 'node:20-alpine'), path: '1장 › 1.1 › 도커 이미지 › 사이즈별 이미지', words: '  - **alpine**' },
  { name: 'image ubuntu', fixture: at('ubuntu', 2, 'ubuntu:24.04'), path: '1장 › 1.1 › 도커 이미지 › 사이즈별 이미지', words: '  - **ubuntu**' },
  { name: 'image distroless', fixture: at('gcr.io', 2, 'gcr.io/distroless/static:nonroot'), path: '1장 › 1.1 › 도커 이미지 › 사이즈별 이미지', words: '**distroless : 특정 애플리케이션 런타임만 포함된 이미지**' },
  { name: 'image on ECR', fixture: at('dkr', 2, '1234.dkr.ecr.us-east-1.amazonaws.com/web:1.0'), path: '1장 › 1.1 › 도커 레지스트리', words: '**Docker Hub, Google Container Registry, Amazon Elastic Container Registry 등**' },
  { name: 'image on Docker Hub', fixture: at('yujin', 2, 'yujin/sample-image:0.1'), path: '1장 › 1.1 › 도커 레지스트리 › 도커 허브에 이미지 업로드 하기', words: '도커 허브의 네임스페이스는 사용자의 이름이다.' },
  { name: 'runAsNonRoot', fixture: at('runAsNonRoot'), path: '1장 › 1.1 › 도커 컨테이너란?', words: '**실행 계정은 root 이외의 사용자로 한다.**' },
  { name: 'runAsUser', fixture: at('runAsUser'), path: '1장 › 1.1 › 도커 컨테이너란?', words: '**실행 계정은 root 이외의 사용자로 한다.**' },
  { name: 'containers', fixture: at('containers'), path: '1장 › 1.1 › 도커 컨테이너란?', words: '**1 컨테이너당 1 프로세스**' },
  { name: 'command', fixture: at('command'), path: '1장 › 1.1 › 도커 컨테이너란?', words: '**1 컨테이너당 1 프로세스**' },
  { name: 'containerPort', fixture: at('containerPort'), path: '1장 › 1.1 › 도커 컨테이너 기동', words: '$ docker container run -d -p 12345:8080 sample-image:0.1' },
  { name: 'kind cluster config', fixture: 'kind: Clus|ter\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n  - role: control-plane\n', path: '3장 › 쿠버네티스 환경과 도구 › 로컬 쿠버네티스', words: '**kind(Kubernetes in Docker)**' },
  { name: 'kubeadm config', fixture: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfig|uration\n', path: '3장 › 쿠버네티스 환경과 도구 › 쿠버네티스 구축 도구 › 큐브어드민(kubeadm)', words: '쿠버네티스 공식 구축 도구' },
  { name: 'initContainers (SLO)', fixture: 'apiVersion: v1\nkind: Pod\nspec:\n  initCont|ainers: []\n', path: '3장 › 쿠버네티스 환경과 도구 › 쿠버네티스 서비스 수준 목표 › 파드 기동 시간', words: '이미지 다운로드 시간이나 초기화 컨테이너(Init Container) 처리시간은 포함하지 않음' },
];

describe('hover shows the notes (language service, string fixtures)', () => {
  for (const c of cases) {
    for (const locale of ['ko', 'en'] as const) {
      it(`${c.name} (${locale})`, () => {
        const md = hoverMarkdown(c.fixture, locale, c.languageId);
        assert.ok(md.includes(`**${t(locale, 'notes.heading')}** · ${c.path} · [${t(locale, 'notes.open')}](`), md);
        assert.ok(md.includes(c.words), md);
        assert.ok(md.includes(`*${t(locale, 'notes.source')}: 쿠버네티스 완벽 가이드 / 마사야아오야마 — Yujin Ahn, 2023-06-11*`), md);
      });
    }
  }

  it('puts the notes after the official docs, and alone when kubeGuide.hover.docs is off', () => {
    const both = hoverMarkdown(at('replicas'), 'ko');
    const [docs, ...rest] = both.split('\n\n---\n\n');
    assert.ok(docs.length > 0 && !docs.includes('공부 노트'), both);
    assert.match(rest.join('\n'), /^\*\*공부 노트\*\* · 2장 › 2\.3 › 스케일링\/오토 스케일링/);
    const off = { ...defaultSettings, hover: { ...defaultSettings.hover, docs: false } };
    assert.match(hoverMarkdown(at('replicas'), 'ko', 'yaml', off), /^\*\*공부 노트\*\* · 2장 › 2\.3 › 스케일링\/오토 스케일링/);
  });

  it('shows no notes when kubeGuide.hover.notes is off', () => {
    const off = { ...defaultSettings, hover: { ...defaultSettings.hover, notes: false } };
    assert.doesNotMatch(hoverMarkdown(at('replicas'), 'ko', 'yaml', off), /공부 노트/);
  });
});
