import core from './messages/core';
import cli from './messages/cli';
import yaml from './messages/yaml';
import notes from './messages/notes';

/** Every area's messages; a key may appear in one table only (a test checks). */
export const tables = { core, cli, yaml, notes };

export const catalog = {
  ...core,
  ...cli,
  ...yaml,
  ...notes,
};

export type MessageKey = keyof typeof catalog;
