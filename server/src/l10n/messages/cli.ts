import { defineMessages } from '../define';

export default defineMessages({
  'cli.usage': {
    en: `Usage: kube-guide <command> [options]

Commands:
  lint [--format text|json|sarif] [--preset P] [--rule ID=SEVERITY]… [--cluster FILE] PATH…
                                               check manifests and Dockerfiles together (presets:
                                               minimal, recommended, strict; SEVERITY: off…error;
                                               FILE: the nodes requests are measured against)
  simulate [--cluster FILE] [--json] MANIFEST…  where kube-scheduler would place each pod
      [--exhaustive] [--explain POD]             check every node; per-node verdicts and scores
      [--fail-node NODE | --drain NODE]          what if a node fails or is drained
      [--scale KIND/NAME=N]                      what if a workload is scaled
      [--nodes-needed [--max-nodes N]]           how many more nodes let every pod fit

Options:
  -h, --help       show this help
  -v, --version    show the version

Messages follow LC_ALL / LC_MESSAGES / LANG (ko… → Korean).`,
    ko: `사용법: kube-guide <명령> [옵션]

명령:
  lint [--format text|json|sarif] [--preset P] [--rule ID=심각도]… [--cluster 파일] 경로…
                                               매니페스트와 Dockerfile을 함께 검사 (프리셋:
                                               minimal, recommended, strict; 심각도: off…error;
                                               파일: requests를 비교할 노드)
  simulate [--cluster 파일] [--json] 매니페스트…  kube-scheduler가 각 파드를 어디에 배치할지
      [--exhaustive] [--explain 파드]             모든 노드 확인; 노드별 판정과 점수
      [--fail-node 노드 | --drain 노드]           노드가 고장 나거나 드레인되면
      [--scale 종류/이름=개수]                    워크로드의 replicas를 바꾸면
      [--nodes-needed [--max-nodes N]]           노드가 몇 개 더 있어야 모두 배치되는지

옵션:
  -h, --help       이 도움말
  -v, --version    버전

메시지 언어는 LC_ALL / LC_MESSAGES / LANG을 따른다(ko… → 한국어).`,
  },
  'cli.unknownCommand': {
    en: 'kube-guide: unknown command "{command}" (see kube-guide --help)',
    ko: 'kube-guide: 알 수 없는 명령 "{command}" (kube-guide --help 참고)',
  },
  'cli.unknownOption': {
    en: 'kube-guide: unknown option "{option}" (see kube-guide --help)',
    ko: 'kube-guide: 알 수 없는 옵션 "{option}" (kube-guide --help 참고)',
  },
  'cli.missingCommand': {
    en: 'kube-guide: no command given (see kube-guide --help)',
    ko: 'kube-guide: 명령이 없습니다 (kube-guide --help 참고)',
  },
  'cli.internalError': {
    en: 'kube-guide: internal error: {message} (please report it)',
    ko: 'kube-guide: 내부 오류: {message} (제보해 주세요)',
  },
  'cli.pathNotFound': { en: 'kube-guide: {path}: no such file or folder', ko: 'kube-guide: {path}: 그런 파일이나 폴더가 없습니다' },
  'cli.unreadable': { en: 'kube-guide: {path}: cannot be read', ko: 'kube-guide: {path}: 읽을 수 없습니다' },
  'cli.badFormat': {
    en: 'kube-guide: --format must be text, json or sarif (got "{format}")',
    ko: 'kube-guide: --format은 text, json, sarif 중 하나여야 합니다 ("{format}")',
  },
  'cli.lint.noPaths': { en: 'kube-guide lint: give at least one file or folder', ko: 'kube-guide lint: 파일이나 폴더를 하나 이상 주세요' },
  'cli.lint.summary': {
    en: '{errors} errors, {warnings} warnings, {infos} notes in {files} files',
    ko: '파일 {files}개: 오류 {errors}개, 경고 {warnings}개, 참고 {infos}개',
  },
});
