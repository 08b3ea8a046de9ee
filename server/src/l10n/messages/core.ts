import { defineMessages } from '../define';

export default defineMessages({
  'yaml.syntax': { en: 'YAML syntax error: {message}', ko: 'YAML 문법 오류: {message}' },
  'yaml.warning': { en: 'YAML: {message}', ko: 'YAML: {message}' },
  'hover.apiVersion.title': { en: 'apiVersion', ko: 'apiVersion' },
  'hover.apiVersion.body': {
    en: 'The versioned schema of this object: `group/version`, or just `version` for the core group (`v1`). The API server uses it, with `kind`, to pick the schema it validates the manifest against.',
    ko: '이 오브젝트의 버전이 있는 스키마: `그룹/버전`, 코어 그룹이면 `버전`만(`v1`). API 서버는 `kind`와 함께 이 값으로 매니페스트를 검증할 스키마를 고른다.',
  },
  'hover.kind.title': { en: 'kind', ko: 'kind' },
  'hover.kind.body': {
    en: 'The REST resource this object represents (`Pod`, `Deployment`, `Service`, …). With `apiVersion` it names the type of the manifest.',
    ko: '이 오브젝트가 나타내는 REST 리소스(`Pod`, `Deployment`, `Service` 등). `apiVersion`과 함께 매니페스트의 타입을 정한다.',
  },
  'hover.thisDocument': { en: 'This document: `{apiVersion}` `{kind}`', ko: '이 문서: `{apiVersion}` `{kind}`' },
  'server.tooLarge': {
    en: 'Kube Guide: {file} is too large ({size}); only syntax is checked.',
    ko: 'Kube Guide: {file} 파일이 너무 큽니다({size}). 문법만 검사합니다.',
  },
});
