import { defineMessages } from '../define';

/**
 * The `yaml` parser's error codes in Korean. English keeps the parser's own (more specific)
 * message; Korean uses these, one per code.
 */
export default defineMessages({
  'yaml.code.ALIAS_CYCLE': { en: 'An alias refers to a node that contains it', ko: '별칭(alias)이 자신을 포함하는 노드를 가리킨다' },
  'yaml.code.TOO_DEEP': { en: 'Collections are nested too deep; the deeper ones are not read', ko: '컬렉션이 너무 깊게 중첩되었다. 더 깊은 부분은 읽지 않는다' },
  'yaml.code.BAD_MERGE': { en: 'Merge sources must be maps or aliases of maps', ko: '병합(`<<`)할 수 있는 것은 맵이나 맵의 별칭뿐이다' },
  'yaml.code.ALIAS_PROPS': { en: 'Alias nodes cannot have a tag or anchor', ko: '별칭(alias) 노드에는 태그나 앵커를 붙일 수 없다' },
  'yaml.code.BAD_ALIAS': { en: 'Invalid alias', ko: '잘못된 별칭(alias)' },
  'yaml.code.BAD_DIRECTIVE': { en: 'Invalid directive', ko: '잘못된 지시어(directive)' },
  'yaml.code.BAD_DQ_ESCAPE': { en: 'Invalid escape in a double-quoted string', ko: '큰따옴표 문자열 안의 잘못된 이스케이프' },
  'yaml.code.BAD_INDENT': { en: 'Bad indentation', ko: '들여쓰기가 잘못되었다' },
  'yaml.code.BAD_PROP_ORDER': { en: 'Anchors and tags must come before the value', ko: '앵커와 태그는 값 앞에 와야 한다' },
  'yaml.code.BAD_SCALAR_START': { en: 'A plain value cannot start with this character', ko: '따옴표 없는 값은 이 문자로 시작할 수 없다' },
  'yaml.code.BLOCK_AS_IMPLICIT_KEY': { en: 'Nested mappings are not allowed in compact mappings', ko: '한 줄 매핑 안에 중첩 매핑을 쓸 수 없다 (`a: b: c`)' },
  'yaml.code.BLOCK_IN_FLOW': { en: 'Block collections are not allowed inside flow collections', ko: '흐름 컬렉션([ ], { }) 안에 블록 컬렉션을 쓸 수 없다' },
  'yaml.code.DUPLICATE_KEY': { en: 'Map keys must be unique', ko: '맵의 키가 중복되었다' },
  'yaml.code.IMPOSSIBLE': { en: 'Internal parser error', ko: '파서 내부 오류' },
  'yaml.code.KEY_OVER_1024_CHARS': { en: 'An implicit key is longer than 1024 characters', ko: '암묵적 키가 1024자를 넘는다' },
  'yaml.code.MISSING_CHAR': { en: 'A closing character is missing', ko: '닫는 문자(따옴표나 괄호)가 없다' },
  'yaml.code.MULTILINE_IMPLICIT_KEY': { en: 'Implicit keys must be on a single line', ko: '암묵적 키는 한 줄에 있어야 한다' },
  'yaml.code.MULTIPLE_ANCHORS': { en: 'A node can have at most one anchor', ko: '노드에는 앵커를 하나만 붙일 수 있다' },
  'yaml.code.MULTIPLE_DOCS': { en: 'Several documents where one is expected', ko: '문서가 하나여야 하는 곳에 여러 문서가 있다' },
  'yaml.code.MULTIPLE_TAGS': { en: 'A node can have at most one tag', ko: '노드에는 태그를 하나만 붙일 수 있다' },
  'yaml.code.NON_STRING_KEY': { en: 'Keys must be strings', ko: '키는 문자열이어야 한다' },
  'yaml.code.RESOURCE_EXHAUSTION': { en: 'Too many alias expansions (an alias bomb?)', ko: '별칭 확장이 너무 많다 (alias bomb?)' },
  'yaml.code.TAB_AS_INDENT': { en: 'Tabs are not allowed as indentation', ko: '들여쓰기에 탭을 쓸 수 없다 (공백을 쓸 것)' },
  'yaml.code.TAG_RESOLVE_FAILED': { en: 'Unresolved tag', ko: '알 수 없는 태그' },
  'yaml.code.UNEXPECTED_TOKEN': { en: 'Unexpected token', ko: '예상하지 못한 토큰' },
  'yaml.code.BAD_COLLECTION_TYPE': { en: 'Wrong collection type for this tag', ko: '태그와 컬렉션 종류가 맞지 않는다' },
});
