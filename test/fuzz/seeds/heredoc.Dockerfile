# syntax=docker/dockerfile:1
# escape=\
ARG BASE=golang:1.22-alpine
FROM ${BASE} AS build
ENV CGO_ENABLED=0 GOFLAGS="-trimpath"
WORKDIR /src
RUN --mount=type=cache,target=/root/.cache/go-build,sharing=locked \
    --mount=type=bind,source=.,target=/src <<EOF
set -e
go build -o /out/app ./cmd/app
EOF
COPY <<-'CONF' /etc/app.conf
	key = value
CONF
FROM scratch
COPY --from=build --chown=65532:65532 /out/app /app
USER 65532
EXPOSE 8080/tcp 9090
HEALTHCHECK --interval=30s --timeout=3s CMD ["/app", "health"]
ENTRYPOINT ["/app"]
