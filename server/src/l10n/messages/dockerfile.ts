import { defineMessages } from '../define';

/**
 * Dockerfile messages. `dockerfile.builder.*` are dockerfile-utils' message templates (English as
 * the library writes them, a test keeps them in step) with their Korean; `{0}`, `{1}` are the
 * library's placeholders. The rest are our rules, quick fixes, hover and completion labels.
 */
export default defineMessages({
  // dockerfile-utils' builder errors (what `docker build` itself rejects).
  'dockerfile.builder.baseNameEmpty': { en: 'base name ({0}) should not be blank', ko: '베이스 이미지 이름({0})이 비어 있으면 안 된다' },
  'dockerfile.builder.directiveCasing': { en: 'Parser directives should be written in lowercase letters', ko: '파서 지시어(parser directive)는 소문자로 써야 한다' },
  'dockerfile.builder.directiveEscapeDuplicated': { en: 'only one escape parser directive can be used', ko: 'escape 파서 지시어는 하나만 쓸 수 있다' },
  'dockerfile.builder.directiveEscapeInvalid': { en: "invalid ESCAPE '{0}'. Must be ` or \\", ko: "잘못된 ESCAPE '{0}': ` 또는 \\ 이어야 한다" },
  'dockerfile.builder.noSourceImage': { en: 'No source image provided with `FROM`', ko: '`FROM`으로 지정한 베이스 이미지가 없다' },
  'dockerfile.builder.emptyContinuationLine': { en: 'Empty continuation line', ko: '줄 이어쓰기(\\) 뒤에 빈 줄이 있다' },
  'dockerfile.builder.fromRequiresOneOrThreeArguments': { en: 'FROM requires either one or three arguments', ko: 'FROM에는 인수가 하나 또는 셋(이미지 AS 이름)이어야 한다' },
  'dockerfile.builder.invalidAs': { en: 'Second argument should be AS', ko: '두 번째 인수는 AS여야 한다' },
  'dockerfile.builder.invalidPort': { en: 'Invalid containerPort: {0}', ko: '잘못된 컨테이너 포트: {0}' },
  'dockerfile.builder.invalidProtocol': { en: 'Invalid proto: {0}', ko: '잘못된 프로토콜: {0} (tcp, udp, sctp 중 하나)' },
  'dockerfile.builder.invalidReferenceFormat': { en: 'invalid reference format', ko: '이미지 참조 형식이 잘못되었다' },
  'dockerfile.builder.invalidStopSignal': { en: 'Invalid signal: {0}', ko: '잘못된 시그널: {0}' },
  'dockerfile.builder.invalidSyntax': { en: 'parsing "{0}": invalid syntax', ko: '"{0}" 해석 실패: 잘못된 문법' },
  'dockerfile.builder.invalidDestination': {
    en: 'When using {0} with more than one source file, the destination must be a directory and end with a / or a \\',
    ko: '{0}에 원본 파일이 여럿이면 대상은 디렉터리여야 하고 / 또는 \\ 로 끝나야 한다',
  },
  'dockerfile.builder.syntaxMissingEquals': {
    en: 'Syntax error - can\'t find = in "{0}". Must be of the form: name=value',
    ko: '문법 오류: "{0}"에 =가 없다. name=value 형식이어야 한다',
  },
  'dockerfile.builder.syntaxMissingNames': { en: '{0} names cannot be blank', ko: '{0} 이름은 비어 있을 수 없다' },
  'dockerfile.builder.syntaxMissingSingleQuote': {
    en: 'failed to process "{0}": unexpected end of statement while looking for matching single-quote',
    ko: '"{0}" 처리 실패: 짝이 맞는 작은따옴표를 찾기 전에 문장이 끝났다',
  },
  'dockerfile.builder.syntaxMissingDoubleQuote': {
    en: 'failed to process "{0}": unexpected end of statement while looking for matching double-quote',
    ko: '"{0}" 처리 실패: 짝이 맞는 큰따옴표를 찾기 전에 문장이 끝났다',
  },
  'dockerfile.builder.duplicateBuildStageName': { en: 'duplicate name {0}', ko: '스테이지 이름 {0}이(가) 중복되었다' },
  'dockerfile.builder.invalidBuildStageName': {
    en: 'invalid name for build stage: "{0}", name can\'t start with a number or contain symbols',
    ko: '빌드 스테이지 이름이 잘못되었다: "{0}" (숫자로 시작하거나 기호를 포함할 수 없다)',
  },
  'dockerfile.builder.flagAtLeastOne': { en: '{0} must be at least 1 (not {1})', ko: '{0}은(는) 1 이상이어야 한다 ({1}이(가) 아니라)' },
  'dockerfile.builder.flagDuplicate': { en: 'Duplicate flag specified: {0}', ko: '플래그가 중복되었다: {0}' },
  'dockerfile.builder.flagInvalidDuration': { en: 'time: invalid duration {0}', ko: '잘못된 시간 값: {0}' },
  'dockerfile.builder.flagInvalidFrom': { en: 'invalid from flag value {0}: invalid reference format', ko: '잘못된 --from 값 {0}: 참조 형식이 잘못되었다' },
  'dockerfile.builder.flagExpectedBooleanValue': { en: 'expecting boolean value for flag {0}, not: {1}', ko: '플래그 {0}에는 true/false가 와야 한다 ({1}이(가) 아니라)' },
  'dockerfile.builder.flagLessThan1ms': { en: 'Interval "{0}" cannot be less than 1ms', ko: '간격 "{0}"은(는) 1ms보다 짧을 수 없다' },
  'dockerfile.builder.flagMissingDuration': { en: 'time: missing unit in duration {0}', ko: '시간 값 {0}에 단위가 없다 (예: 30s)' },
  'dockerfile.builder.flagMissingValue': { en: 'Missing a value on flag: {0}', ko: '플래그에 값이 없다: {0}' },
  'dockerfile.builder.flagUnknown': { en: 'Unknown flag: {0}', ko: '알 수 없는 플래그: {0}' },
  'dockerfile.builder.flagUnknownUnit': { en: 'time: unknown unit {0} in duration {1}', ko: '시간 값 {1}의 단위 {0}을(를) 알 수 없다' },
  'dockerfile.builder.instructionExtraArgument': { en: 'Instruction has an extra argument', ko: '명령어에 인수가 하나 더 있다' },
  'dockerfile.builder.instructionMissingArgument': { en: 'Instruction has no arguments', ko: '명령어에 인수가 없다' },
  'dockerfile.builder.instructionMultiple': {
    en: 'There can only be one {0} instruction in a Dockerfile or build stage. Only the last one will have an effect.',
    ko: 'Dockerfile이나 빌드 스테이지에는 {0} 명령어가 하나만 있을 수 있다. 마지막 것만 효과가 있다.',
  },
  'dockerfile.builder.instructionRequiresOneArgument': { en: '{0} requires exactly one argument', ko: '{0}에는 인수가 정확히 하나 있어야 한다' },
  'dockerfile.builder.instructionRequiresAtLeastOneArgument': { en: '{0} requires at least one argument', ko: '{0}에는 인수가 하나 이상 있어야 한다' },
  'dockerfile.builder.instructionRequiresAtLeastTwoArguments': { en: '{0} requires at least two arguments', ko: '{0}에는 인수가 둘 이상 있어야 한다' },
  'dockerfile.builder.instructionRequiresTwoArguments': { en: '{0} must have two arguments', ko: '{0}에는 인수가 둘 있어야 한다 (이름과 값)' },
  'dockerfile.builder.instructionUnnecessaryArgument': { en: '{0} takes no arguments', ko: '{0}은(는) 인수를 받지 않는다' },
  'dockerfile.builder.instructionUnknown': { en: 'Unknown instruction: {0}', ko: '알 수 없는 명령어: {0}' },
  'dockerfile.builder.instructionCasing': { en: 'Instructions should be written in uppercase letters', ko: '명령어는 대문자로 쓰는 것이 관례다' },
  'dockerfile.builder.instructionJSONInSingleQuotes': {
    en: 'Instruction written as a JSON array but is using single quotes instead of double quotes',
    ko: 'JSON 배열로 썼지만 큰따옴표 대신 작은따옴표를 썼다 (셸 형식으로 처리된다)',
  },
  'dockerfile.builder.variableModifierUnsupported': {
    en: 'failed to process "{0}": unsupported modifier ({1}) in substitution',
    ko: '"{0}" 처리 실패: 치환에서 지원하지 않는 수식자({1})',
  },
  'dockerfile.builder.onbuildChainingDisallowed': { en: 'Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed', ko: '`ONBUILD ONBUILD`처럼 ONBUILD를 이어 쓸 수 없다' },
  'dockerfile.builder.onbuildTriggerDisallowed': { en: '{0} isn\'t allowed as an ONBUILD trigger', ko: '{0}은(는) ONBUILD 트리거로 쓸 수 없다' },
  'dockerfile.builder.shellJsonForm': { en: 'SHELL requires the arguments to be in JSON form', ko: 'SHELL의 인수는 JSON 형식이어야 한다' },
  'dockerfile.builder.shellRequiresOne': { en: 'SHELL requires at least one argument', ko: 'SHELL에는 인수가 하나 이상 있어야 한다' },
  'dockerfile.builder.deprecatedMaintainer': { en: 'MAINTAINER has been deprecated', ko: 'MAINTAINER는 더 이상 쓰지 않는다' },
  'dockerfile.builder.healthcheckCmdArgumentMissing': { en: 'Missing command after HEALTHCHECK CMD', ko: 'HEALTHCHECK CMD 뒤에 명령이 없다' },
  'dockerfile.builder.healthcheckTypeUnknown': { en: 'Unknown type"{0}" in HEALTHCHECK (try CMD)', ko: 'HEALTHCHECK의 알 수 없는 종류 "{0}" (CMD를 쓸 것)' },
  'dockerfile.builder.workdirPathNotAbsolute': { en: 'WORKDIR paths should be absolute', ko: 'WORKDIR 경로는 절대 경로여야 한다' },

  // Principles of chapter 1 of the notes, appended to the findings that teach them.
  'dockerfile.principle.oneProcess': { en: 'notes 1.1: one process per container', ko: '노트 1.1: 1 컨테이너당 1 프로세스' },
  'dockerfile.principle.immutable': { en: 'notes 1.1: immutable images', ko: '노트 1.1: 변경 불가능한 인프라 이미지' },
  'dockerfile.principle.lightweight': { en: 'notes 1.1: lightweight images', ko: '노트 1.1: 경량의 도커 이미지' },
  'dockerfile.principle.multiStage': { en: 'notes 1.1: multi-stage builds', ko: '노트 1.1: 멀티 스테이지 빌드' },
  'dockerfile.principle.nonRoot': { en: 'notes 1.1: run as a user other than root', ko: '노트 1.1: 실행 계정은 root 이외의 사용자' },
  'dockerfile.principle.registry': { en: 'notes 1.1: registries and tags', ko: '노트 1.1: 도커 레지스트리와 태그' },
  'dockerfile.equivalents': { en: 'same as {list}', ko: '{list}와 같은 검사' },

  // Rules.
  'dockerfile.untaggedImage': {
    en: 'Base image `{image}` has no tag: it means `{image}:latest`, which moves. Pin a version (`{image}:<version>`) or a digest.',
    ko: '베이스 이미지 `{image}`에 태그가 없다: `{image}:latest`와 같고, latest는 바뀐다. 버전(`{image}:<버전>`)이나 다이제스트로 고정할 것.',
  },
  'dockerfile.latestTag': {
    en: '`{image}` uses the `latest` tag, which moves: the same Dockerfile builds a different image tomorrow. Pin a version or a digest.',
    ko: '`{image}`는 `latest` 태그를 쓴다. latest는 바뀌므로 같은 Dockerfile이 내일은 다른 이미지를 만든다. 버전이나 다이제스트로 고정할 것.',
  },
  'dockerfile.missingUser': {
    en: 'The final stage sets no USER, so the container runs as root. Add a `USER` line with a non-root user.',
    ko: '마지막 스테이지에 USER가 없어 컨테이너가 root로 실행된다. root가 아닌 사용자로 `USER`를 지정할 것.',
  },
  'dockerfile.rootUser': {
    en: 'The last USER of the final stage is `{user}`: the container runs as root. Switch to a non-root user after the steps that need root.',
    ko: '마지막 스테이지의 마지막 USER가 `{user}`라서 컨테이너가 root로 실행된다. root가 필요한 단계 뒤에 root가 아닌 사용자로 바꿀 것.',
  },
  'dockerfile.sudo': {
    en: '`sudo` in RUN: build steps already run as the current USER, and sudo keeps a privilege tool in the image. Use `USER root` for the steps that need it, then switch back.',
    ko: 'RUN 안의 `sudo`: 빌드 단계는 이미 현재 USER로 실행되고, sudo는 권한 도구를 이미지에 남긴다. 필요한 단계만 `USER root`로 실행하고 다시 바꿀 것.',
  },
  'dockerfile.heavyBaseImage': {
    en: '`{image}` is a large base image (notes: large — ubuntu, centos, UBI). Prefer a light one: {suggestions}; scratch for a static binary.',
    ko: '`{image}`는 큰 베이스 이미지다 (노트: 크다 — ubuntu, centos, UBI). 가벼운 이미지를 쓸 것: {suggestions}. 정적 바이너리라면 scratch.',
  },
  'dockerfile.toolchainFinalStage': {
    en: 'The final image is built FROM the toolchain image `{image}` and compiles in it, so the compiler ships with the app. Use a multi-stage build: compile in a `{image} AS build` stage, then `COPY --from=build` the result into {suggestions}.',
    ko: '최종 이미지가 툴체인 이미지 `{image}`에서 빌드되고 그 안에서 컴파일하므로 컴파일러가 앱과 함께 배포된다. 멀티 스테이지 빌드를 쓸 것: `{image} AS build` 스테이지에서 컴파일하고 결과만 `COPY --from=build`로 {suggestions}에 복사.',
  },
  'dockerfile.copyFromUnknownStage': {
    en: '`--from={stage}` names no stage of this Dockerfile, so the build pulls an image called `{stage}`. Stages: {stages}.',
    ko: '`--from={stage}`는 이 Dockerfile의 스테이지가 아니어서 빌드가 `{stage}`라는 이미지를 받아 온다. 스테이지: {stages}.',
  },
  'dockerfile.copyFromSelf': {
    en: '`--from={stage}` is the stage this COPY is in: a stage cannot copy from itself (circular dependency).',
    ko: '`--from={stage}`는 이 COPY가 속한 스테이지다. 스테이지는 자기 자신에게서 복사할 수 없다 (순환 의존).',
  },
  'dockerfile.copyFromLater': {
    en: '`--from={stage}` is defined after this stage: a stage must be defined before the stage that copies from it.',
    ko: '`--from={stage}`는 이 스테이지보다 뒤에 정의되었다. 복사해 오는 스테이지는 먼저 정의되어야 한다.',
  },
  'dockerfile.multipleInstructions': {
    en: 'Only the last {instruction} of a stage takes effect; this one is ignored.',
    ko: '한 스테이지에서는 마지막 {instruction}만 효과가 있다. 이 줄은 무시된다.',
  },
  'dockerfile.shellFormCmd': {
    en: '{instruction} in shell form runs under `/bin/sh -c`: the shell is PID 1 and your process does not get SIGTERM, so `docker stop` waits and kills it. Use the exec form: {instruction} ["executable", "arg"].',
    ko: '셸 형식의 {instruction}는 `/bin/sh -c`로 실행되어 셸이 PID 1이 되고 프로세스는 SIGTERM을 받지 못한다 (`docker stop`이 기다리다 강제 종료). exec 형식을 쓸 것: {instruction} ["실행파일", "인수"].',
  },
  'dockerfile.backgroundProcess': {
    en: '`&` starts a background process in {instruction}: a container should run one process. Run the other one in its own container.',
    ko: '{instruction}의 `&`는 백그라운드 프로세스를 띄운다. 컨테이너 하나에는 프로세스 하나를 실행할 것. 다른 프로세스는 별도 컨테이너로.',
  },
  'dockerfile.processManager': {
    en: '`{program}` starts and supervises several processes: a container should run one process, and the orchestrator restarts it. Run one process per container.',
    ko: '`{program}`는 여러 프로세스를 띄우고 관리한다. 컨테이너 하나에는 프로세스 하나를 실행하고, 재시작은 오케스트레이터에 맡길 것.',
  },
  'dockerfile.addInsteadOfCopy': {
    en: 'ADD of local files: use COPY. ADD also fetches URLs and unpacks archives, which makes what it does depend on the source.',
    ko: '로컬 파일의 ADD: COPY를 쓸 것. ADD는 URL을 받아 오고 압축을 풀기도 해서 원본에 따라 동작이 달라진다.',
  },
  'dockerfile.addUrlChecksum': {
    en: 'ADD downloads `{url}` without `--checksum`: if the file at that URL changes, the image silently changes. Add `--checksum=sha256:<digest>`.',
    ko: 'ADD가 `{url}`을(를) `--checksum` 없이 받는다. URL의 파일이 바뀌면 이미지도 모르게 바뀐다. `--checksum=sha256:<다이제스트>`를 붙일 것.',
  },
  'dockerfile.aptGetYes': {
    en: '`apt-get install` without `-y` asks for confirmation, which a build cannot answer: it aborts.',
    ko: '`-y` 없는 `apt-get install`은 확인을 묻는데 빌드는 답할 수 없어 중단된다.',
  },
  'dockerfile.aptNoInstallRecommends': {
    en: '`apt-get install` without `--no-install-recommends` also installs recommended packages you did not ask for.',
    ko: '`--no-install-recommends` 없는 `apt-get install`은 요청하지 않은 추천 패키지까지 설치한다.',
  },
  'dockerfile.aptListsCleanup': {
    en: '`apt-get update` leaves its package lists in the image layer. End the same RUN with `rm -rf /var/lib/apt/lists/*` (or mount a cache).',
    ko: '`apt-get update`의 패키지 목록이 이미지 레이어에 남는다. 같은 RUN 끝에 `rm -rf /var/lib/apt/lists/*`를 붙일 것 (또는 캐시 마운트).',
  },
  'dockerfile.cdInsteadOfWorkdir': {
    en: '`cd` in RUN only lasts for this RUN. Use WORKDIR to set the directory for the following instructions.',
    ko: 'RUN 안의 `cd`는 그 RUN에서만 유효하다. 이후 명령어의 디렉터리는 WORKDIR로 지정할 것.',
  },
  'dockerfile.relativeWorkdir': {
    en: 'Relative WORKDIR `{path}` depends on the base image\'s working directory. Use an absolute path.',
    ko: '상대 경로 WORKDIR `{path}`는 베이스 이미지의 작업 디렉터리에 따라 달라진다. 절대 경로를 쓸 것.',
  },
  'dockerfile.exposeRange': {
    en: 'Port {port} is outside 0–65535: the build fails.',
    ko: '포트 {port}는 0–65535 범위 밖이라 빌드가 실패한다.',
  },
  'dockerfile.secretName': {
    en: '{instruction} `{name}` looks like a secret: its value stays in the image history. Use a build secret (`RUN --mount=type=secret,id={id}`).',
    ko: '{instruction} `{name}`은(는) 비밀 값처럼 보인다. 값이 이미지 이력에 남는다. 빌드 시크릿(`RUN --mount=type=secret,id={id}`)을 쓸 것.',
  },
  'dockerfile.legacyKeyValue': {
    en: 'Legacy `{instruction} {name} value` form: write `{instruction} {name}=value`.',
    ko: '예전 형식 `{instruction} {name} 값`: `{instruction} {name}=값`으로 쓸 것.',
  },
  'dockerfile.maintainer': {
    en: 'MAINTAINER is deprecated: use `LABEL org.opencontainers.image.authors=…`.',
    ko: 'MAINTAINER는 더 이상 쓰지 않는다: `LABEL org.opencontainers.image.authors=…`를 쓸 것.',
  },
  'dockerfile.duplicateStageName': {
    en: 'Stage name `{name}` is already used on line {line} (names ignore case); `--from={name}` means only the last one.',
    ko: '스테이지 이름 `{name}`은(는) {line}번째 줄에서 이미 쓰였다 (대소문자 구분 없음). `--from={name}`은 마지막 것만 가리킨다.',
  },
  'dockerfile.instructionCasingUpper': {
    en: '`{written}`: the other instructions are in upper case; write them all the same way.',
    ko: '`{written}`: 다른 명령어는 대문자로 썼다. 모두 같은 방식으로 쓸 것.',
  },
  'dockerfile.instructionCasingLower': {
    en: '`{written}`: the other instructions are in lower case; write them all the same way.',
    ko: '`{written}`: 다른 명령어는 소문자로 썼다. 모두 같은 방식으로 쓸 것.',
  },

  // One line per rule, for docs and settings.
  'dockerfile.rule.untaggedImage': { en: 'Base image without a tag or digest', ko: '태그나 다이제스트가 없는 베이스 이미지' },
  'dockerfile.rule.latestTag': { en: 'Base image with the `latest` tag', ko: '`latest` 태그를 쓴 베이스 이미지' },
  'dockerfile.rule.missingUser': { en: 'No USER in the final stage (runs as root)', ko: '마지막 스테이지에 USER가 없음 (root로 실행)' },
  'dockerfile.rule.rootUser': { en: 'Last USER of the final stage is root', ko: '마지막 스테이지의 마지막 USER가 root' },
  'dockerfile.rule.sudo': { en: '`sudo` in RUN', ko: 'RUN 안의 `sudo`' },
  'dockerfile.rule.heavyBaseImage': { en: 'Large base image for the final image', ko: '최종 이미지의 큰 베이스 이미지' },
  'dockerfile.rule.toolchainFinalStage': { en: 'Compiler image as the final stage of a build: use a multi-stage build', ko: '빌드하는 Dockerfile의 마지막 스테이지가 컴파일러 이미지: 멀티 스테이지 빌드를 쓸 것' },
  'dockerfile.rule.copyFromUnknownStage': { en: '`COPY --from` names no earlier stage', ko: '`COPY --from`이 앞선 스테이지를 가리키지 않음' },
  'dockerfile.rule.multipleCmd': { en: 'Several CMD in one stage', ko: '한 스테이지에 CMD가 여럿' },
  'dockerfile.rule.multipleEntrypoint': { en: 'Several ENTRYPOINT in one stage', ko: '한 스테이지에 ENTRYPOINT가 여럿' },
  'dockerfile.rule.multipleHealthcheck': { en: 'Several HEALTHCHECK in one stage', ko: '한 스테이지에 HEALTHCHECK가 여럿' },
  'dockerfile.rule.shellFormCmd': { en: 'CMD or ENTRYPOINT in shell form (PID 1 and signals)', ko: '셸 형식의 CMD나 ENTRYPOINT (PID 1과 시그널)' },
  'dockerfile.rule.multipleProcesses': { en: 'Background `&` or a process manager in CMD/ENTRYPOINT', ko: 'CMD/ENTRYPOINT의 백그라운드 `&`나 프로세스 관리자' },
  'dockerfile.rule.addInsteadOfCopy': { en: 'ADD where COPY does', ko: 'COPY로 충분한 곳의 ADD' },
  'dockerfile.rule.addUrlChecksum': { en: '`ADD <url>` without `--checksum`', ko: '`--checksum` 없는 `ADD <url>`' },
  'dockerfile.rule.aptGetYes': { en: '`apt-get install` without `-y`', ko: '`-y` 없는 `apt-get install`' },
  'dockerfile.rule.aptNoInstallRecommends': { en: '`apt-get install` without `--no-install-recommends`', ko: '`--no-install-recommends` 없는 `apt-get install`' },
  'dockerfile.rule.aptListsCleanup': { en: '`apt-get update` without removing its lists', ko: '목록을 지우지 않는 `apt-get update`' },
  'dockerfile.rule.cdInsteadOfWorkdir': { en: '`cd` in RUN instead of WORKDIR', ko: 'WORKDIR 대신 RUN 안의 `cd`' },
  'dockerfile.rule.relativeWorkdir': { en: 'Relative WORKDIR', ko: '상대 경로 WORKDIR' },
  'dockerfile.rule.exposePortRange': { en: 'EXPOSE outside 0–65535', ko: '0–65535 범위 밖의 EXPOSE' },
  'dockerfile.rule.secretInArgEnv': { en: 'Secret-looking ARG or ENV name', ko: '비밀 값처럼 보이는 ARG나 ENV 이름' },
  'dockerfile.rule.legacyKeyValue': { en: 'Legacy `ENV key value` form', ko: '예전 `ENV key value` 형식' },
  'dockerfile.rule.maintainer': { en: 'Deprecated MAINTAINER', ko: '더 이상 쓰지 않는 MAINTAINER' },
  'dockerfile.rule.duplicateStageName': { en: 'Two stages with one name', ko: '이름이 같은 두 스테이지' },
  'dockerfile.rule.instructionCasing': { en: 'Instruction casing differs from the others', ko: '명령어의 대소문자가 다른 것과 다름' },
  'dockerfile.rule.builder': { en: 'What `docker build` itself rejects (dockerfile-utils)', ko: '`docker build`가 거부하는 오류 (dockerfile-utils)' },

  // Quick fixes.
  'dockerfile.fix.execForm': { en: 'Convert to exec form', ko: 'exec 형식으로 바꾸기' },
  'dockerfile.fix.addToCopy': { en: 'Replace ADD with COPY', ko: 'ADD를 COPY로 바꾸기' },
  'dockerfile.fix.addYes': { en: 'Add -y', ko: '-y 붙이기' },
  'dockerfile.fix.addNoInstallRecommends': { en: 'Add --no-install-recommends', ko: '--no-install-recommends 붙이기' },
  'dockerfile.fix.cleanAptLists': { en: 'Remove the apt lists in this RUN', ko: '이 RUN에서 apt 목록 지우기' },
  'dockerfile.fix.addUser': { en: 'Add `USER {user}`', ko: '`USER {user}` 추가하기' },
  'dockerfile.fix.maintainerToLabel': { en: 'Replace MAINTAINER with LABEL org.opencontainers.image.authors', ko: 'MAINTAINER를 LABEL org.opencontainers.image.authors로 바꾸기' },
  'dockerfile.fix.legacyKeyValue': { en: 'Use {instruction} key=value', ko: '{instruction} key=value로 바꾸기' },
  'dockerfile.fix.workdirAbsolute': { en: 'Make the path absolute: {path}', ko: '절대 경로로 바꾸기: {path}' },
  'dockerfile.fix.casing': { en: 'Write {keyword}', ko: '{keyword}로 쓰기' },
  'dockerfile.fix.disableLine': { en: 'Disable {id} for this instruction', ko: '이 명령어에서 {id} 끄기' },

  // Hover.
  'dockerfile.hover.instruction': { en: 'Dockerfile instruction', ko: 'Dockerfile 명령어' },
  'dockerfile.hover.flag': { en: 'Flag of {instruction}', ko: '{instruction}의 플래그' },
  'dockerfile.hover.mountOption': { en: 'Option of `--mount`', ko: '`--mount`의 옵션' },
  'dockerfile.hover.image': { en: 'Base image', ko: '베이스 이미지' },
  'dockerfile.hover.imageParts': { en: 'Registry: {registry} · Repository: `{path}` · Tag: {tag} · Digest: {digest}', ko: '레지스트리: {registry} · 저장소: `{path}` · 태그: {tag} · 다이제스트: {digest}' },
  'dockerfile.hover.none': { en: 'none', ko: '없음' },
  'dockerfile.hover.dockerHub': { en: 'Docker Hub', ko: 'Docker Hub' },
  'dockerfile.hover.size.minimal': { en: 'Size class: minimal (scratch: no shell, hard to debug)', ko: '크기: 최소 (scratch: 셸이 없어 디버그가 어렵다)' },
  'dockerfile.hover.size.small': { en: 'Size class: small (alpine, distroless)', ko: '크기: 작다 (alpine, distroless)' },
  'dockerfile.hover.size.large': { en: 'Size class: large (ubuntu, centos, UBI, full language images)', ko: '크기: 크다 (ubuntu, centos, UBI, 전체 언어 이미지)' },
  'dockerfile.hover.lighter': { en: 'Lighter: {list}', ko: '더 가벼운 이미지: {list}' },
  'dockerfile.hover.stage': { en: 'Build stage `{name}` (stage {index}), FROM `{image}`', ko: '빌드 스테이지 `{name}` ({index}번째), FROM `{image}`' },
  'dockerfile.hover.stageRef': { en: 'Copies from build stage `{name}`, defined on line {line}', ko: '{line}번째 줄에 정의된 빌드 스테이지 `{name}`에서 복사한다' },
  'dockerfile.hover.variable': { en: '{kind} `{name}` = `{value}` (line {line})', ko: '{kind} `{name}` = `{value}` ({line}번째 줄)' },
  'dockerfile.hover.variableNoValue': { en: '{kind} `{name}`, no default (line {line})', ko: '{kind} `{name}`, 기본값 없음 ({line}번째 줄)' },
  'dockerfile.hover.variablePredefined': { en: 'Predefined build argument `{name}`', ko: '미리 정의된 빌드 인수 `{name}`' },
  'dockerfile.hover.directive': { en: 'Parser directive', ko: '파서 지시어' },
  'dockerfile.hover.reference': { en: 'Dockerfile reference', ko: 'Dockerfile 레퍼런스' },

  // Completion.
  'dockerfile.completion.stage': { en: 'Build stage, line {line}', ko: '빌드 스테이지, {line}번째 줄' },
  'dockerfile.completion.variable': { en: '{kind}, line {line}', ko: '{kind}, {line}번째 줄' },
  'dockerfile.completion.predefined': { en: 'Predefined build argument', ko: '미리 정의된 빌드 인수' },
  'dockerfile.completion.size.minimal': { en: 'minimal image', ko: '최소 이미지' },
  'dockerfile.completion.size.small': { en: 'small image', ko: '작은 이미지' },
  'dockerfile.completion.size.large': { en: 'large image', ko: '큰 이미지' },
  'dockerfile.completion.use.runtime': { en: 'for running the app', ko: '앱 실행용' },
  'dockerfile.completion.use.build': { en: 'for a build stage', ko: '빌드 스테이지용' },
  'dockerfile.completion.use.os': { en: 'general-purpose OS', ko: '범용 OS' },
});
