/** Every Dockerfile rule, in the order findings are reported. A test checks each has tests, docs and messages. */
import { addInsteadOfCopy } from './add-instead-of-copy';
import { addUrlChecksum } from './add-url-checksum';
import { aptGetYes } from './apt-get-yes';
import { aptListsCleanup } from './apt-lists-cleanup';
import { aptNoInstallRecommends } from './apt-no-install-recommends';
import { cdInsteadOfWorkdir } from './cd-instead-of-workdir';
import { copyFromUnknownStage } from './copy-from-unknown-stage';
import { duplicateStageName } from './duplicate-stage-name';
import { exposePortRange } from './expose-port-range';
import { heavyBaseImage } from './heavy-base-image';
import { instructionCasing } from './instruction-casing';
import { latestTag } from './latest-tag';
import { legacyKeyValue } from './legacy-key-value';
import { maintainer } from './maintainer';
import { missingUser } from './missing-user';
import { multipleCmd } from './multiple-cmd';
import { multipleEntrypoint } from './multiple-entrypoint';
import { multipleHealthcheck } from './multiple-healthcheck';
import { multipleProcesses } from './multiple-processes';
import { relativeWorkdir } from './relative-workdir';
import { rootUser } from './root-user';
import type { DockerfileRule } from './rule';
import { secretInArgEnv } from './secret-in-arg-env';
import { shellFormCmd } from './shell-form-cmd';
import { sudo } from './sudo';
import { toolchainFinalStage } from './toolchain-final-stage';
import { untaggedImage } from './untagged-image';

export const DOCKERFILE_RULES: readonly DockerfileRule[] = [
  untaggedImage,
  latestTag,
  heavyBaseImage,
  toolchainFinalStage,
  missingUser,
  rootUser,
  sudo,
  copyFromUnknownStage,
  duplicateStageName,
  multipleCmd,
  multipleEntrypoint,
  multipleHealthcheck,
  shellFormCmd,
  multipleProcesses,
  addInsteadOfCopy,
  addUrlChecksum,
  aptGetYes,
  aptNoInstallRecommends,
  aptListsCleanup,
  cdInsteadOfWorkdir,
  relativeWorkdir,
  exposePortRange,
  secretInArgEnv,
  legacyKeyValue,
  maintainer,
  instructionCasing,
];

export type { DockerfileRule, Finding, Fix, Principle, RuleSeverity } from './rule';
