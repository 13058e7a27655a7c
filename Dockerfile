# Build: the same command as the README, without cgo.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o /out/madoguchi ./cmd/madoguchi

# Run: a minimal image as a non-root user, SQLite under /data.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/madoguchi /usr/local/bin/madoguchi
ENV MADOGUCHI_HTTP_ADDR=0.0.0.0:8080 \
    MADOGUCHI_DATA_DIR=/data
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8080
USER nonroot:nonroot
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["/usr/local/bin/madoguchi", "healthcheck", "--url", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["madoguchi"]
CMD ["serve"]
