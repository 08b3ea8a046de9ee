import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/apt-get-yes', () => {
  ruleTable('dockerfile/apt-get-yes', [
    {
      name: 'fires on apt-get install and adds -y',
      text: 'FROM debian:12\nRUN apt-get update && [[apt-get install]] curl\n',
      fixed: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    },
    { name: 'fires with other options before install', text: 'FROM debian:12\nRUN [[apt-get -o Dpkg::Use-Pty=0 install]] curl\n' },
    { name: 'fires behind sudo and env', text: 'FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive [[apt-get install]] --no-install-recommends curl\n' },
    { name: 'fires in a heredoc script', text: 'FROM debian:12\nRUN <<EOF\napt-get update\n[[apt-get install]] curl\nEOF\n' },
    { name: 'fires on apt too', text: 'FROM debian:12\nRUN [[apt install]] curl\n' },
    { name: 'is quiet with -y, --yes, -qq, -qy', text: 'FROM debian:12\nRUN apt-get install -y a && apt-get --yes install b && apt-get -qq install c && apt-get install -qy d && apt-get --assume-yes install e\n' },
    { name: 'is quiet with the Assume-Yes option', text: 'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install a\n' },
    { name: 'is quiet when yes answers the prompt', text: 'FROM debian:12\nRUN yes | apt-get install curl\n' },
    { name: 'is quiet on update and other subcommands', text: 'FROM debian:12\nRUN apt-get update && apt-get clean\n' },
    { name: 'is quiet on apt-get in a string', text: 'FROM debian:12\nRUN echo "apt-get install x"\n' },
  ]);
});
