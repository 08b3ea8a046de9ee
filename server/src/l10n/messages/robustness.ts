import { defineMessages } from '../define';

/** Limits on huge files, and the language server's faults as the client reports them. */
export default defineMessages({
  'limits.syntaxOnly': {
    en: 'This file is too large for full analysis ({size}; the limit is {limit}, setting `{setting}`): only its syntax is checked, and completion and hover are off.',
    ko: '이 파일은 전체 분석을 하기에 너무 크다({size}, 한도 {limit}, 설정 `{setting}`). 문법만 검사하고 자동 완성과 호버는 끈다.',
  },
  'limits.nothing': {
    en: 'This file is too large to check ({size}; the limit is {limit}, setting `{setting}`).',
    ko: '이 파일은 검사하기에 너무 크다({size}, 한도 {limit}, 설정 `{setting}`).',
  },
  'limits.syntaxOnlyDockerfile': {
    en: 'This Dockerfile is too large for full analysis ({size}; the limit for Dockerfiles is {limit}, a fifth of setting `{setting}`): only its syntax is checked, and completion and hover are off.',
    ko: '이 Dockerfile은 전체 분석을 하기에 너무 크다({size}, Dockerfile 한도 {limit}, 설정 `{setting}`의 5분의 1). 문법만 검사하고 자동 완성과 호버는 끈다.',
  },
  'limits.nothingDockerfile': {
    en: 'This Dockerfile is too large to check ({size}; the limit for Dockerfiles is {limit}, a fifth of setting `{setting}`).',
    ko: '이 Dockerfile은 검사하기에 너무 크다({size}, Dockerfile 한도 {limit}, 설정 `{setting}`의 5분의 1).',
  },
  'server.tooLargeToCheck': {
    en: 'Kube Guide: {file} is too large ({size}) to check.',
    ko: 'Kube Guide: {file} 파일이 너무 커서({size}) 검사하지 않습니다.',
  },
  'files.notAFile': { en: 'not a regular file', ko: '일반 파일이 아니다' },
  'files.tooLarge': { en: 'larger than {max}', ko: '{max}보다 크다' },
  'cli.notAFile': { en: 'kube-guide: {path}: not a regular file', ko: 'kube-guide: {path}: 일반 파일이 아닙니다' },
  'cli.tooLarge': { en: 'kube-guide: {path}: too large ({size}; at most {max})', ko: 'kube-guide: {path}: 너무 큽니다({size}, 최대 {max})' },
  'simulate.badYaml': {
    en: 'kube-guide: {path}:{line}:{column}: YAML syntax error: {message}{more} (nothing was simulated)',
    ko: 'kube-guide: {path}:{line}:{column}: YAML 문법 오류: {message}{more} (시뮬레이션하지 않았습니다)',
  },
  'simulate.badYamlMore': { en: ' (and {count} more)', ko: ' (그 밖에 {count}개 더)' },
  'scheduler.problem.podLimit': {
    en: 'only the first {max} pods of the manifests are simulated; {left} more were left out',
    ko: '매니페스트의 파드 중 처음 {max}개만 시뮬레이션했다. 나머지 {left}개는 뺐다',
  },
  'scheduler.problem.nodeLimit': {
    en: 'only the first {max} nodes of the cluster are simulated; {left} more were left out',
    ko: '클러스터의 노드 중 처음 {max}개만 시뮬레이션했다. 나머지 {left}개는 뺐다',
  },
  'client.serverRestarted': {
    en: 'The Kube Guide language server stopped unexpectedly and was restarted. The Kube Guide output has the details.',
    ko: 'Kube Guide 언어 서버가 예기치 않게 멈춰서 다시 시작했습니다. 자세한 내용은 Kube Guide 출력에 있습니다.',
  },
  'client.serverGaveUp': {
    en: 'The Kube Guide language server stopped {count} times in {minutes} minutes and is not restarted again. Run "Kube Guide: Restart Language Server" to try again; the Kube Guide output has the details.',
    ko: 'Kube Guide 언어 서버가 {minutes}분 동안 {count}번 멈춰서 더는 다시 시작하지 않습니다. 다시 시도하려면 "Kube Guide: 언어 서버 다시 시작"을 실행하세요. 자세한 내용은 Kube Guide 출력에 있습니다.',
  },
  'client.showOutput': { en: 'Show Output', ko: '출력 보기' },
  'client.restartServer': { en: 'Restart Server', ko: '서버 다시 시작' },
});
