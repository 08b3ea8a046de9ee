import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/toolchain-final-stage', () => {
  ruleTable('dockerfile/toolchain-final-stage', [
    {
      name: 'fires on the book\'s single-stage Go build',
      text: 'FROM [[golang:1.14.1-alpine3.11]]\nCOPY ./main.go ./\nRUN go build -o ./go-app ./main.go\nUSER nobody\nENTRYPOINT ["./go-app"]\n',
      message: '`scratch`',
    },
    { name: 'fires on maven packaging', text: 'FROM [[maven:3.9-eclipse-temurin-21]]\nCOPY . .\nRUN mvn -B package\n' },
    { name: 'fires on make in gcc', text: 'FROM [[gcc:14]]\nRUN make -j4\n' },
    { name: 'fires on a build in a heredoc', text: 'FROM [[rust:1.82]]\nRUN <<EOF\ncargo build --release\nEOF\n' },
    { name: 'fires on the .NET SDK', text: 'FROM [[mcr.microsoft.com/dotnet/sdk:8.0]]\nRUN dotnet publish -c Release\n' },
    { name: 'is quiet on the book\'s multi-stage build', text: 'FROM golang:1.14.1-alpine3.11 as builder\nCOPY ./main.go ./\nRUN go build -o /go-app ./main.go\nFROM alpine:3.11\nCOPY --from=builder /go-app .\nENTRYPOINT ["./go-app"]\n' },
    { name: 'is quiet on a toolchain image that builds nothing', text: 'FROM golang:1.23\nRUN go version\n' },
    { name: 'is quiet on a JRE', text: 'FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nRUN javac -version || true\n' },
    { name: 'is quiet when the build is in a stage the final image does not use', text: 'FROM golang:1.23 AS build\nRUN go build .\nFROM golang:1.23\nRUN go version\n' },
  ]);
});
