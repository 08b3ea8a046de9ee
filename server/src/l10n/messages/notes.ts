import { defineMessages } from '../define';

/** The study notes' frame in hover (the notes' own text is quoted as written). */
export default defineMessages({
  'notes.heading': { en: 'Study notes', ko: '공부 노트' },
  'notes.open': { en: 'Open in the notes', ko: '노트에서 보기' },
  'notes.source': { en: 'Source', ko: '출처' },
  'notes.loaded': {
    en: 'Kube Guide: notes loaded from {file} ({count} sections explain fields).',
    ko: 'Kube Guide: {file}에서 노트를 읽었습니다(필드를 설명하는 섹션 {count}개).',
  },
  'notes.unreadable': {
    en: 'Kube Guide: cannot read the notes file {file}: {reason}',
    ko: 'Kube Guide: 노트 파일 {file}을(를) 읽을 수 없습니다: {reason}',
  },
  'notes.problem': {
    en: 'Kube Guide: {file}:{line}: {message}',
    ko: 'Kube Guide: {file}:{line}: {message}',
  },
});
