import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/shell-form-cmd', () => {
  ruleTable('dockerfile/shell-form-cmd', [
    { name: 'fires on a shell-form CMD and converts it', text: 'FROM node:22-alpine\nCMD [[node server.js --port 8080]]\n', fixed: 'FROM node:22-alpine\nCMD ["node", "server.js", "--port", "8080"]\n' },
    { name: 'converts quoted words', text: 'FROM nginx:1.27\nENTRYPOINT [[nginx -g "daemon off;"]]\n', fixed: 'FROM nginx:1.27\nENTRYPOINT ["nginx", "-g", "daemon off;"]\n' },
    { name: 'fires without a fix when the command needs a shell', text: 'FROM alpine:3.20\nCMD [[./start.sh && tail -f /dev/null]]\n' },
    { name: 'fires on broken JSON (it is shell form)', text: 'FROM alpine:3.20\nCMD [["node", "server.js"]]\n' },
    { name: 'fires on a continued line', text: 'FROM alpine:3.20\nCMD [[node \\\n  server.js]]\n' },
    { name: 'is quiet on exec form', text: 'FROM alpine:3.20\nCMD ["node", "server.js"]\nENTRYPOINT ["/app"]\n' },
    { name: 'is quiet when the stage sets SHELL', text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD Write-Host hi\n' },
    { name: 'is quiet on RUN', text: 'FROM alpine:3.20\nRUN echo hi\n' },
    { name: 'leaves single-quoted JSON to the builder warning', text: "FROM alpine:3.20\nCMD ['a']\n" },
    { name: 'obeys BuildKit check=skip', text: '# check=skip=JSONArgsRecommended\nFROM alpine:3.20\nCMD node a.js\n' },
    { name: 'obeys BuildKit check=skip=all', text: '# syntax=docker/dockerfile:1\n# check=skip=all\nFROM alpine:3.20\nCMD node a.js\n' },
    { name: 'ignores check=skip below the top (BuildKit reads it only as a directive)', text: 'FROM alpine:3.20\n# check=skip=JSONArgsRecommended\nCMD [[node a.js]]\n' },
  ]);
});
