import core from './messages/core';
import cli from './messages/cli';
import yaml from './messages/yaml';
import notes from './messages/notes';
import k8s from './messages/k8s';
import scheduler from './messages/scheduler';
import dockerfile from './messages/dockerfile';
import simulation from './messages/simulation';
import rules from './messages/rules';
import robustness from './messages/robustness';

/** Every area's messages; a key may appear in one table only (a test checks). */
export const tables = { core, cli, yaml, notes, k8s, scheduler, dockerfile, simulation, rules, robustness };

export const catalog = {
  ...core,
  ...cli,
  ...yaml,
  ...notes,
  ...k8s,
  ...scheduler,
  ...dockerfile,
  ...simulation,
  ...rules,
  ...robustness,
};

export type MessageKey = keyof typeof catalog;
